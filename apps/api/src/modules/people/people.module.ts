import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventContributorEntity } from '../events/event-contributor.entity.js';
import { StaffModule } from '../staff/staff.module.js';
import { PeopleController } from './people.controller.js';
import { PeopleService } from './people.service.js';
import { PersonEntity } from './person.entity.js';
import { StaffPeopleController } from './staff-people.controller.js';
import { StaffPeopleService } from './staff-people.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([PersonEntity, EventContributorEntity]), StaffModule],
  controllers: [PeopleController, StaffPeopleController],
  providers: [PeopleService, StaffPeopleService],
})
export class PeopleModule {}
