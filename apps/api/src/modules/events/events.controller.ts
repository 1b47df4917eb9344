import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { EventFormat, EventType, Limits, enumValues } from '@stadtgespraech/domain';
import { EventListQueryDto } from '@stadtgespraech/domain/events';
import { SlugPipe } from '../../common/slug.pipe.js';
import { ApiProblems } from '../../openapi/api-problems.decorator.js';
import { EventDetailDto, EventPageDto } from './dto/event.dto.js';
import { EventsService } from './events.service.js';
import { PublicCache } from '../../common/public-cache/public-cache.js';

@ApiTags('events')
@Controller('v1/events')
export class EventsController {
  constructor(private readonly events: EventsService) {}

  @Get()
  @PublicCache()
  @ApiOperation({
    operationId: 'listEvents',
    summary: 'Published events with filters and German full-text search',
    description: 'Upcoming events come soonest first, past events newest first.',
  })
  @ApiQuery({
    name: 'time',
    required: false,
    enum: ['upcoming', 'past'],
    description: 'upcoming: not ended yet',
  })
  @ApiQuery({ name: 'series', required: false, type: String, description: 'Series slug' })
  @ApiQuery({ name: 'topic', required: false, type: String, description: 'Topic slug' })
  @ApiQuery({
    name: 'organisation',
    required: false,
    type: String,
    description: 'Slug of an organiser',
  })
  @ApiQuery({ name: 'type', required: false, enum: enumValues(EventType) })
  @ApiQuery({ name: 'format', required: false, enum: enumValues(EventFormat) })
  @ApiQuery({
    name: 'from',
    required: false,
    type: String,
    description: 'Start on or after (ISO 8601 date or date-time; dates in Europe/Berlin)',
  })
  @ApiQuery({
    name: 'to',
    required: false,
    type: String,
    description: 'Start on or before (ISO 8601 date or date-time; a date includes its day)',
  })
  @ApiQuery({
    name: 'q',
    required: false,
    type: String,
    description: 'German full-text search (web search syntax)',
  })
  @ApiQuery({ name: 'page', required: false, schema: { type: 'integer', minimum: 1, default: 1 } })
  @ApiQuery({
    name: 'pageSize',
    required: false,
    schema: { type: 'integer', minimum: 1, maximum: Limits.pageSize, default: 20 },
  })
  @ApiOkResponse({ type: EventPageDto })
  @ApiProblems(400)
  list(@Query() query: EventListQueryDto): Promise<EventPageDto> {
    return this.events.list(query);
  }

  @Get(':slug')
  @PublicCache()
  @ApiOperation({
    operationId: 'getEvent',
    summary: 'One published or cancelled event with agenda and documentation',
  })
  @ApiOkResponse({ type: EventDetailDto })
  @ApiProblems(400, 404)
  get(@Param('slug', SlugPipe) slug: string): Promise<EventDetailDto> {
    return this.events.getBySlug(slug);
  }
}
