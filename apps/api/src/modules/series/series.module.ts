import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventEntity } from '../events/event.entity.js';
import { SeriesController } from './series.controller.js';
import { SeriesEntity } from './series.entity.js';
import { SeriesService } from './series.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([SeriesEntity, EventEntity])],
  controllers: [SeriesController],
  providers: [SeriesService],
})
export class SeriesModule {}
