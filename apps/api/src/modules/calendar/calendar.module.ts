import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module.js';
import { CalendarController } from './calendar.controller.js';
import { CalendarService } from './calendar.service.js';

/** Public calendar files and feeds; the builders in calendar-files.ts also serve the mails. */
@Module({
  imports: [EventsModule],
  controllers: [CalendarController],
  providers: [CalendarService],
})
export class CalendarModule {}
