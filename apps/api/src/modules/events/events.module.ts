import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventEntity } from './event.entity.js';
import { EventsController } from './events.controller.js';
import { EventsRepository } from './events.repository.js';
import { EventsService } from './events.service.js';
import { EventPreviewService } from './preview/event-preview.service.js';
import { PreviewController } from './preview/preview.controller.js';

@Module({
  imports: [TypeOrmModule.forFeature([EventEntity])],
  controllers: [EventsController, PreviewController],
  providers: [EventsRepository, EventsService, EventPreviewService],
  exports: [EventsRepository, EventPreviewService],
})
export class EventsModule {}
