import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { StaffModule } from '../staff/staff.module.js';
import { StaffTopicsController } from './staff-topics.controller.js';
import { StaffTopicsService } from './staff-topics.service.js';
import { TopicEntity } from './topic.entity.js';
import { TopicsController } from './topics.controller.js';
import { TopicsService } from './topics.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([TopicEntity]), StaffModule],
  controllers: [TopicsController, StaffTopicsController],
  providers: [TopicsService, StaffTopicsService],
})
export class TopicsModule {}
