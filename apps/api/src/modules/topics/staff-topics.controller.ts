import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import {
  ApiBody,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { MergeReferenceDto } from '@stadtgespraech/domain/common';
import { CreateTopicDto, UpdateTopicDto } from '@stadtgespraech/domain/events';
import { StaffRole } from '@stadtgespraech/domain/staff';
import { UuidPipe } from '../../common/uuid.pipe.js';
import { ApiProblems } from '../../openapi/api-problems.decorator.js';
import { StaffOnly } from '../staff/staff-access.js';
import { CurrentActor, type StaffActor } from '../staff/staff-actor.js';
import { StaffTopicDto, StaffTopicListDto } from './dto/staff-topic.dto.js';
import { StaffTopicsService } from './staff-topics.service.js';

// Topics are shared by every organisation: changing them is for administrators.
const ADMINS = { roles: [StaffRole.Administrator] };

/** Managing topics: list with usage, create, rename, merge duplicates, delete unused ones. */
@ApiTags('staff references')
@Controller('v1/staff/topics')
export class StaffTopicsController {
  constructor(private readonly topics: StaffTopicsService) {}

  @Get()
  @StaffOnly()
  @ApiOperation({ operationId: 'listStaffTopics', summary: 'Every topic with its usage, by name' })
  @ApiOkResponse({ type: StaffTopicListDto })
  async list(): Promise<StaffTopicListDto> {
    return { items: await this.topics.list() };
  }

  @Post()
  @StaffOnly(ADMINS)
  @ApiOperation({
    operationId: 'createTopic',
    summary: 'Creates a topic; without a slug one is derived from the name (audited)',
  })
  @ApiBody({ type: CreateTopicDto })
  @ApiCreatedResponse({ type: StaffTopicDto })
  @ApiProblems(400, 409)
  create(@Body() input: CreateTopicDto, @CurrentActor() actor: StaffActor): Promise<StaffTopicDto> {
    return this.topics.create(input, actor);
  }

  @Patch(':id')
  @StaffOnly(ADMINS)
  @ApiOperation({
    operationId: 'updateTopic',
    summary: 'Renames a topic or changes its slug; subscriptions follow the new slug (audited)',
  })
  @ApiBody({ type: UpdateTopicDto })
  @ApiOkResponse({ type: StaffTopicDto })
  @ApiProblems(400, 404, 409)
  update(
    @Param('id', UuidPipe) id: string,
    @Body() input: UpdateTopicDto,
    @CurrentActor() actor: StaffActor,
  ): Promise<StaffTopicDto> {
    return this.topics.update(id, input, actor);
  }

  @Post(':id/merge')
  @HttpCode(200)
  @StaffOnly(ADMINS)
  @ApiOperation({
    operationId: 'mergeTopic',
    summary: 'Merges a duplicate into another topic and deletes it (audited)',
    description:
      'Events tagged with the duplicate get the topic kept (once), newsletter subscriptions that chose it follow, then the duplicate is deleted. Returns the topic kept.',
  })
  @ApiBody({ type: MergeReferenceDto })
  @ApiOkResponse({ type: StaffTopicDto })
  @ApiProblems(400, 404, 409)
  merge(
    @Param('id', UuidPipe) id: string,
    @Body() input: MergeReferenceDto,
    @CurrentActor() actor: StaffActor,
  ): Promise<StaffTopicDto> {
    return this.topics.merge(id, input.into, actor);
  }

  @Delete(':id')
  @HttpCode(204)
  @StaffOnly(ADMINS)
  @ApiOperation({
    operationId: 'deleteTopic',
    summary: 'Deletes a topic no event uses (409 TOPIC.IN_USE otherwise; merge instead)',
  })
  @ApiNoContentResponse()
  @ApiProblems(400, 404, 409)
  async remove(@Param('id', UuidPipe) id: string, @CurrentActor() actor: StaffActor) {
    await this.topics.remove(id, actor);
  }
}
