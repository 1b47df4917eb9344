import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiBody,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { EventFormat, EventStatus, EventType, Limits, enumValues } from '@stadtgespraech/domain';
import {
  CancelEventDto,
  CreateEventDto,
  StaffEventListQueryDto,
  UpdateEventDto,
} from '@stadtgespraech/domain/events';
import type { FastifyReply } from 'fastify';
import { UuidPipe } from '../../common/uuid.pipe.js';
import { ApiProblems } from '../../openapi/api-problems.decorator.js';
import { StaffOnly } from '../staff/staff-access.js';
import { PreviewLinkDto, StaffEventDto, StaffEventPageDto } from './dto/staff-event.dto.js';
import { EventAdminService } from './event-admin.service.js';
import { EVENT_EDITORS, EventIfMatch } from './event-endpoint.js';
import { IfMatchVersion, withVersionTag } from '../../common/if-match.js';
import { CurrentActor, type StaffActor } from '../staff/staff-actor.js';

/** Events as staff see and edit them: drafts included, every field, with versions. */
@ApiTags('staff events')
@Controller('v1/staff/events')
export class EventAdminController {
  constructor(private readonly events: EventAdminService) {}

  @Get()
  @StaffOnly()
  @ApiOperation({
    operationId: 'listStaffEvents',
    summary: 'Events of every status; organisers see those of their organisations',
  })
  @ApiQuery({ name: 'status', required: false, enum: enumValues(EventStatus) })
  @ApiQuery({ name: 'time', required: false, enum: ['upcoming', 'past'] })
  @ApiQuery({ name: 'series', required: false, type: String, description: 'Series slug' })
  @ApiQuery({ name: 'type', required: false, enum: enumValues(EventType) })
  @ApiQuery({ name: 'format', required: false, enum: enumValues(EventFormat) })
  @ApiQuery({
    name: 'q',
    required: false,
    type: String,
    description: 'German full-text search, or part of the title or slug',
  })
  @ApiQuery({ name: 'page', required: false, schema: { type: 'integer', minimum: 1, default: 1 } })
  @ApiQuery({
    name: 'pageSize',
    required: false,
    schema: { type: 'integer', minimum: 1, maximum: Limits.pageSize, default: 20 },
  })
  @ApiOkResponse({ type: StaffEventPageDto })
  @ApiProblems(400)
  list(
    @Query() query: StaffEventListQueryDto,
    @CurrentActor() actor: StaffActor,
  ): Promise<StaffEventPageDto> {
    return this.events.list(query, actor);
  }

  @Get(':id')
  @StaffOnly()
  @ApiOperation({ operationId: 'getStaffEvent', summary: 'One event with every field' })
  @ApiOkResponse({ type: StaffEventDto })
  @ApiProblems(400, 404)
  async get(
    @Param('id', UuidPipe) id: string,
    @CurrentActor() actor: StaffActor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StaffEventDto> {
    return withVersionTag(reply, await this.events.get(id, actor));
  }

  @Post()
  @StaffOnly({ roles: EVENT_EDITORS })
  @ApiOperation({
    operationId: 'createEvent',
    summary: 'Creates an event (a draft unless status is published)',
  })
  @ApiBody({ type: CreateEventDto })
  @ApiCreatedResponse({ type: StaffEventDto })
  @ApiProblems(400, 409, 422)
  async create(
    @Body() input: CreateEventDto,
    @CurrentActor() actor: StaffActor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StaffEventDto> {
    return withVersionTag(reply, await this.events.create(input, actor));
  }

  @Patch(':id')
  @StaffOnly({ roles: EVENT_EDITORS })
  @EventIfMatch
  @ApiOperation({
    operationId: 'updateEvent',
    summary: 'Changes an event; lists given replace the old ones',
    description:
      'Changing date, time, format, venue or platform of a published event tells its registrants (with an updated calendar entry); more seats promote the waiting list.',
  })
  @ApiBody({ type: UpdateEventDto })
  @ApiOkResponse({ type: StaffEventDto })
  @ApiProblems(400, 404, 409, 412, 422, 428)
  async update(
    @Param('id', UuidPipe) id: string,
    @IfMatchVersion() version: number,
    @Body() input: UpdateEventDto,
    @CurrentActor() actor: StaffActor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StaffEventDto> {
    return withVersionTag(reply, await this.events.update(id, version, input, actor));
  }

  @Post(':id/publish')
  @HttpCode(200)
  @StaffOnly({ roles: EVENT_EDITORS })
  @EventIfMatch
  @ApiOperation({ operationId: 'publishEvent', summary: 'Puts a complete draft on the portal' })
  @ApiOkResponse({ type: StaffEventDto })
  @ApiProblems(400, 404, 409, 412, 422, 428)
  async publish(
    @Param('id', UuidPipe) id: string,
    @IfMatchVersion() version: number,
    @CurrentActor() actor: StaffActor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StaffEventDto> {
    return withVersionTag(reply, await this.events.publish(id, version, actor));
  }

  @Post(':id/unpublish')
  @HttpCode(200)
  @StaffOnly({ roles: EVENT_EDITORS })
  @EventIfMatch
  @ApiOperation({
    operationId: 'unpublishEvent',
    summary: 'Takes a published event off the portal (back to draft); registrations stay',
  })
  @ApiOkResponse({ type: StaffEventDto })
  @ApiProblems(400, 404, 409, 412, 428)
  async unpublish(
    @Param('id', UuidPipe) id: string,
    @IfMatchVersion() version: number,
    @CurrentActor() actor: StaffActor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StaffEventDto> {
    return withVersionTag(reply, await this.events.unpublish(id, version, actor));
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @StaffOnly({ roles: EVENT_EDITORS })
  @EventIfMatch
  @ApiOperation({
    operationId: 'cancelEvent',
    summary: 'Cancels a published event; everyone registered gets a mail with METHOD:CANCEL',
  })
  @ApiBody({ type: CancelEventDto })
  @ApiOkResponse({ type: StaffEventDto })
  @ApiProblems(400, 404, 409, 412, 428)
  async cancel(
    @Param('id', UuidPipe) id: string,
    @IfMatchVersion() version: number,
    @Body() input: CancelEventDto,
    @CurrentActor() actor: StaffActor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StaffEventDto> {
    return withVersionTag(reply, await this.events.cancel(id, version, input, actor));
  }

  @Post(':id/preview-link')
  @HttpCode(200)
  @StaffOnly()
  @ApiOperation({
    operationId: 'createEventPreviewLink',
    summary: "A signed link to the portal's preview of the event, drafts included",
    description:
      'Valid for seven days for anyone who has it (for co-organisers and speakers to proofread); not indexed, not cached.',
  })
  @ApiOkResponse({ type: PreviewLinkDto })
  @ApiProblems(400, 404)
  previewLink(
    @Param('id', UuidPipe) id: string,
    @CurrentActor() actor: StaffActor,
  ): Promise<PreviewLinkDto> {
    return this.events.previewLink(id, actor);
  }

  @Post(':id/duplicate')
  @StaffOnly({ roles: EVENT_EDITORS })
  @ApiOperation({
    operationId: 'duplicateEvent',
    summary: 'A new draft copied from the event, without registrations and meeting link',
  })
  @ApiCreatedResponse({ type: StaffEventDto })
  @ApiProblems(400, 404)
  async duplicate(
    @Param('id', UuidPipe) id: string,
    @CurrentActor() actor: StaffActor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StaffEventDto> {
    return withVersionTag(reply, await this.events.duplicate(id, actor));
  }

  @Delete(':id')
  @HttpCode(204)
  @StaffOnly({ roles: EVENT_EDITORS })
  @EventIfMatch
  @ApiOperation({ operationId: 'deleteEvent', summary: 'Deletes a draft without registrations' })
  @ApiNoContentResponse()
  @ApiProblems(400, 404, 409, 412, 428)
  async remove(
    @Param('id', UuidPipe) id: string,
    @IfMatchVersion() version: number,
    @CurrentActor() actor: StaffActor,
  ): Promise<void> {
    await this.events.remove(id, version, actor);
  }
}
