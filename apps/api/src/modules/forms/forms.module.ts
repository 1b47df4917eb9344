import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { FormProtectionInterceptor } from '../../common/abuse/form-protection.js';
import { IdempotencyInterceptor } from '../../common/idempotency/idempotency.interceptor.js';
import { RateLimitInterceptor } from '../../common/rate-limit/rate-limit.interceptor.js';
import { FormsController } from './forms.controller.js';

/** Protections of every public write: rate limit, then bot traps, then idempotent replay. */
@Module({
  controllers: [FormsController],
  providers: [
    { provide: APP_INTERCEPTOR, useClass: RateLimitInterceptor },
    { provide: APP_INTERCEPTOR, useClass: FormProtectionInterceptor },
    { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
  ],
})
export class FormsModule {}
