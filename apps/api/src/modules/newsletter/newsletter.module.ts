import { Module } from '@nestjs/common';
import { ConsentsModule } from '../consents/consents.module.js';
import { MailModule } from '../mail/mail.module.js';
import { StaffModule } from '../staff/staff.module.js';
import { NewsletterController } from './newsletter.controller.js';
import { NewsletterService } from './newsletter.service.js';
import { StaffNewsletterController } from './staff/staff-newsletter.controller.js';
import { StaffNewsletterService } from './staff/staff-newsletter.service.js';

@Module({
  imports: [ConsentsModule, MailModule, StaffModule],
  controllers: [NewsletterController, StaffNewsletterController],
  providers: [NewsletterService, StaffNewsletterService],
  exports: [NewsletterService],
})
export class NewsletterModule {}
