import { Module } from '@nestjs/common';
import { RegistrationsModule } from '../registrations/registrations.module.js';
import { StaffModule } from '../staff/staff.module.js';
import { EventAdminController } from './event-admin.controller.js';
import { EventAdminService } from './event-admin.service.js';

/** The admin's event editing: create, change, publish, cancel, duplicate. */
@Module({
  imports: [RegistrationsModule, StaffModule],
  controllers: [EventAdminController],
  providers: [EventAdminService],
})
export class EventAdminModule {}
