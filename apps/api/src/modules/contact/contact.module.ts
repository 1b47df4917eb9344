import { Module } from '@nestjs/common';
import { ConsentsModule } from '../consents/consents.module.js';
import { MailModule } from '../mail/mail.module.js';
import { StaffModule } from '../staff/staff.module.js';
import { ContactController } from './contact.controller.js';
import { ContactService } from './contact.service.js';
import { StaffContactRequestsController } from './staff-contact-requests.controller.js';
import { StaffContactRequestsService } from './staff-contact-requests.service.js';

@Module({
  imports: [ConsentsModule, MailModule, StaffModule],
  controllers: [ContactController, StaffContactRequestsController],
  providers: [ContactService, StaffContactRequestsService],
})
export class ContactModule {}
