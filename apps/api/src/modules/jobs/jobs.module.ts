import { Global, Module } from '@nestjs/common';
import { JobQueue } from './job-queue.service.js';

/** One pg-boss instance per process, started at bootstrap and stopped gracefully on shutdown. */
@Global()
@Module({
  providers: [JobQueue],
  exports: [JobQueue],
})
export class JobsModule {}
