import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { StaffModule } from '../staff/staff.module.js';
import { OrganisationEntity } from './organisation.entity.js';
import { OrganisationsController } from './organisations.controller.js';
import { OrganisationsService } from './organisations.service.js';
import { StaffOrganisationsController } from './staff-organisations.controller.js';
import { StaffOrganisationsService } from './staff-organisations.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([OrganisationEntity]), StaffModule],
  controllers: [OrganisationsController, StaffOrganisationsController],
  providers: [OrganisationsService, StaffOrganisationsService],
})
export class OrganisationsModule {}
