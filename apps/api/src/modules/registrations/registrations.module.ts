import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConsentsModule } from '../consents/consents.module.js';
import { EventEntity } from '../events/event.entity.js';
import { MailModule } from '../mail/mail.module.js';
import { JoinService } from './join.service.js';
import { RegistrationLinks } from './registration-links.js';
import { RegistrationMails } from './registration-mails.js';
import { RegistrationEntity } from './registration.entity.js';
import { RegistrationsController } from './registrations.controller.js';
import { RegistrationsRepository } from './registrations.repository.js';
import { RegistrationsService } from './registrations.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([EventEntity, RegistrationEntity]),
    ConsentsModule,
    MailModule,
  ],
  controllers: [RegistrationsController],
  providers: [
    RegistrationsRepository,
    RegistrationsService,
    RegistrationLinks,
    RegistrationMails,
    JoinService,
  ],
  exports: [RegistrationsService, RegistrationsRepository, RegistrationMails, RegistrationLinks],
})
export class RegistrationsModule {}
