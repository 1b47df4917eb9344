import { Module } from '@nestjs/common';
import { RegistrationsModule } from '../registrations/registrations.module.js';
import { StaffModule } from '../staff/staff.module.js';
import { PersonalDataRepository } from './personal-data.repository.js';
import { PrivacyController } from './privacy.controller.js';
import { PrivacyService } from './privacy.service.js';

/** Access reports and erasure for one e-mail address (GDPR Art. 15 and 17). */
@Module({
  imports: [RegistrationsModule, StaffModule],
  controllers: [PrivacyController],
  providers: [PrivacyService, PersonalDataRepository],
})
export class PrivacyModule {}
