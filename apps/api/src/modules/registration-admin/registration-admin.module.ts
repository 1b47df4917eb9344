import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module.js';
import { MailModule } from '../mail/mail.module.js';
import { RegistrationsModule } from '../registrations/registrations.module.js';
import { StaffModule } from '../staff/staff.module.js';
import { RegistrationDocumentsController } from './documents/registration-documents.controller.js';
import { RegistrationDocumentsService } from './documents/registration-documents.service.js';
import { EventSheetRepository } from './documents/event-sheet.repository.js';
import { SpeakerQuestionsRepository } from './documents/speaker-questions.repository.js';
import { EventReach } from './event-reach.js';
import { MailingsController } from './mailings/mailings.controller.js';
import { MailingsService } from './mailings/mailings.service.js';
import { RegistrationAdminService } from './registration-admin.service.js';
import { RegistrationRecordsRepository } from './registration-records.repository.js';
import { RegistrationTableRepository } from './registration-table.repository.js';
import { RetentionController } from './retention/retention.controller.js';
import { RetentionService } from './retention/retention.service.js';
import { StaffRegistrationsController } from './staff-registrations.controller.js';
import { StatisticsController } from './statistics/statistics.controller.js';
import { StatisticsService } from './statistics/statistics.service.js';

/**
 * The admin's registrations: table, detail, adding by hand, status changes, check-in, documents,
 * mailings, retention, statistics.
 */
@Module({
  imports: [RegistrationsModule, StaffModule, MailModule, EventsModule],
  controllers: [
    StaffRegistrationsController,
    RegistrationDocumentsController,
    MailingsController,
    RetentionController,
    StatisticsController,
  ],
  providers: [
    RegistrationAdminService,
    RegistrationRecordsRepository,
    RegistrationTableRepository,
    EventReach,
    RegistrationDocumentsService,
    EventSheetRepository,
    SpeakerQuestionsRepository,
    MailingsService,
    RetentionService,
    StatisticsService,
  ],
  exports: [RetentionService],
})
export class RegistrationAdminModule {}
