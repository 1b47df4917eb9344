import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module.js';
import { RegistrationsModule } from '../registrations/registrations.module.js';
import { StaffModule } from '../staff/staff.module.js';
import { EventAdminController } from './event-admin.controller.js';
import { EventAdminService } from './event-admin.service.js';
import { StaffReferencesController } from './staff-references.controller.js';

/** The admin's event editing: create, change, preview, publish, cancel, duplicate. */
@Module({
  imports: [RegistrationsModule, StaffModule, EventsModule],
  controllers: [EventAdminController, StaffReferencesController],
  providers: [EventAdminService],
})
export class EventAdminModule {}
