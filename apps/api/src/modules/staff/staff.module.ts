import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module.js';
import { SettingsModule } from '../settings/settings.module.js';
import { StaffAccountsController } from './accounts/staff-accounts.controller.js';
import { StaffAccountsService } from './accounts/staff-accounts.service.js';
import { StaffLinksController } from './links/staff-links.controller.js';
import { StaffLinksService } from './links/staff-links.service.js';
import { StaffSettingsController } from './settings/staff-settings.controller.js';
import { StaffSettingsService } from './settings/staff-settings.service.js';
import { StaffGuard } from './staff-access.js';
import { StaffAuthService } from './staff-auth.service.js';
import { StaffSessionController } from './staff-session.controller.js';

@Module({
  imports: [MailModule, SettingsModule],
  controllers: [
    StaffSessionController,
    StaffLinksController,
    StaffAccountsController,
    StaffSettingsController,
  ],
  providers: [
    StaffAuthService,
    StaffGuard,
    StaffLinksService,
    StaffAccountsService,
    StaffSettingsService,
  ],
  exports: [StaffAuthService, StaffGuard],
})
export class StaffModule {}
