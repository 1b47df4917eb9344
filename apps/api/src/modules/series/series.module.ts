import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventEntity } from '../events/event.entity.js';
import { StaffModule } from '../staff/staff.module.js';
import { SeriesController } from './series.controller.js';
import { SeriesEntity } from './series.entity.js';
import { SeriesService } from './series.service.js';
import { StaffSeriesController } from './staff-series.controller.js';
import { StaffSeriesService } from './staff-series.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([SeriesEntity, EventEntity]), StaffModule],
  controllers: [SeriesController, StaffSeriesController],
  providers: [SeriesService, StaffSeriesService],
})
export class SeriesModule {}
