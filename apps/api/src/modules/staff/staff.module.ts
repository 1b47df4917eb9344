import { Module } from '@nestjs/common';
import { StaffGuard } from './staff-access.js';
import { StaffAccountsController } from './staff-accounts.controller.js';
import { StaffAuthService } from './staff-auth.service.js';
import { StaffSessionController } from './staff-session.controller.js';

@Module({
  controllers: [StaffSessionController, StaffAccountsController],
  providers: [StaffAuthService, StaffGuard],
  exports: [StaffAuthService, StaffGuard],
})
export class StaffModule {}
