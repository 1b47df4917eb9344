import { Controller, Get, Header, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { SlugPipe } from '../../common/slug.pipe.js';
import { ApiProblems } from '../../openapi/api-problems.decorator.js';
import { CalendarService } from './calendar.service.js';
import { CalendarFeedQueryDto } from './dto/calendar-feed-query.dto.js';
import { PublicCache } from '../../common/public-cache/public-cache.js';

const CALENDAR_TYPE = 'text/calendar; charset=utf-8';
const ICS = { 'text/calendar': { schema: { type: 'string' as const } } };

@ApiTags('calendar')
@Controller('v1')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get('events/:slug/calendar.ics')
  @PublicCache()
  @Header('content-type', CALENDAR_TYPE)
  @Header('cache-control', 'public, max-age=300')
  @ApiOperation({
    operationId: 'getEventCalendar',
    summary: 'One event as an iCalendar file (METHOD:PUBLISH, no attendees, never a join link)',
    description:
      'UID `<event id>@stadtgespraech` for the life of the event, SEQUENCE raised on every change, ' +
      'times in Europe/Berlin with a VTIMEZONE. Cancelled events come with STATUS:CANCELLED.',
  })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'iCalendar file (RFC 5545)', content: ICS })
  @ApiProblems(400, 404)
  async getEventCalendar(
    @Param('slug', SlugPipe) slug: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const file = await this.calendar.eventFile(slug);
    reply.header('content-disposition', `attachment; filename="${slug}.ics"`);
    return file;
  }

  @Get('calendar.ics')
  @PublicCache()
  @Header('content-type', CALENDAR_TYPE)
  @Header('cache-control', 'public, max-age=300')
  @ApiOperation({
    operationId: 'getCalendarFeed',
    summary: 'Upcoming public events as a calendar feed to subscribe to (METHOD:PUBLISH)',
    description: 'All events that have not ended yet, soonest first; filters narrow them down.',
  })
  @ApiQuery({ name: 'series', required: false, type: String, description: 'Series slug' })
  @ApiQuery({ name: 'topic', required: false, type: String, description: 'Topic slug' })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'iCalendar feed (RFC 5545)', content: ICS })
  @ApiProblems(400)
  getCalendarFeed(@Query() query: CalendarFeedQueryDto): Promise<string> {
    return this.calendar.feed(query);
  }
}
