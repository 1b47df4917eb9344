import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module.js';
import { RegistrationsModule } from '../registrations/registrations.module.js';
import { StaffModule } from '../staff/staff.module.js';
import { EventDocumentationController } from './documentation/event-documentation.controller.js';
import { EventDocumentationService } from './documentation/event-documentation.service.js';
import { EventAdminController } from './event-admin.controller.js';
import { EventAdminService } from './event-admin.service.js';
import { StaffReferencesController } from './staff-references.controller.js';

/** The admin's event editing: create, change, preview, publish, cancel, duplicate, documentation. */
@Module({
  imports: [RegistrationsModule, StaffModule, EventsModule],
  controllers: [EventAdminController, EventDocumentationController, StaffReferencesController],
  providers: [EventAdminService, EventDocumentationService],
})
export class EventAdminModule {}
