import { Module } from '@nestjs/common';
import { RegistrationsModule } from '../registrations/registrations.module.js';
import { StaffModule } from '../staff/staff.module.js';
import { RegistrationAdminService } from './registration-admin.service.js';
import { RegistrationRecordsRepository } from './registration-records.repository.js';
import { RegistrationTableRepository } from './registration-table.repository.js';
import { StaffRegistrationsController } from './staff-registrations.controller.js';

/** The admin's registrations: table, detail, adding by hand, status changes, check-in. */
@Module({
  imports: [RegistrationsModule, StaffModule],
  controllers: [StaffRegistrationsController],
  providers: [RegistrationAdminService, RegistrationRecordsRepository, RegistrationTableRepository],
})
export class RegistrationAdminModule {}
