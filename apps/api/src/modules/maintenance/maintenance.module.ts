import { Module } from '@nestjs/common';
import { NewsletterModule } from '../newsletter/newsletter.module.js';
import { RegistrationAdminModule } from '../registration-admin/registration-admin.module.js';
import { RegistrationsModule } from '../registrations/registrations.module.js';
import { StaffModule } from '../staff/staff.module.js';
import { MaintenanceJobs } from './maintenance.jobs.js';

@Module({
  imports: [RegistrationsModule, NewsletterModule, StaffModule, RegistrationAdminModule],
  providers: [MaintenanceJobs],
})
export class MaintenanceModule {}
