import { Module } from '@nestjs/common';
import { ConsentsModule } from '../consents/consents.module.js';
import { MailModule } from '../mail/mail.module.js';
import { ContactController } from './contact.controller.js';
import { ContactService } from './contact.service.js';

@Module({
  imports: [ConsentsModule, MailModule],
  controllers: [ContactController],
  providers: [ContactService],
})
export class ContactModule {}
