import { Global, Module } from '@nestjs/common';
import { StaffModule } from '../staff/staff.module.js';
import { AuditController } from './audit.controller.js';
import { AuditService } from './audit.service.js';

/** Global: every module that changes data records its staff actions here. */
@Global()
@Module({
  imports: [StaffModule],
  controllers: [AuditController],
  providers: [AuditService],
  exports: [AuditService],
})
export class AuditModule {}
