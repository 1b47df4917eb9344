import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventContributorEntity } from '../events/event-contributor.entity.js';
import { PeopleController } from './people.controller.js';
import { PeopleService } from './people.service.js';
import { PersonEntity } from './person.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([PersonEntity, EventContributorEntity])],
  controllers: [PeopleController],
  providers: [PeopleService],
})
export class PeopleModule {}
