import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Res } from '@nestjs/common';
import {
  ApiBody,
  ApiCreatedResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CreateNewsPostDto, UpdateNewsPostDto } from '@stadtgespraech/domain/communication';
import { StaffRole } from '@stadtgespraech/domain/staff';
import type { FastifyReply } from 'fastify';
import { IfMatchVersion, withVersionTag } from '../../common/if-match.js';
import { UuidPipe } from '../../common/uuid.pipe.js';
import { ApiProblems } from '../../openapi/api-problems.decorator.js';
import { StaffOnly } from '../staff/staff-access.js';
import { CurrentActor, type StaffActor } from '../staff/staff-actor.js';
import { StaffNewsListDto, StaffNewsPostDto } from './dto/staff-news.dto.js';
import { StaffNewsService } from './staff-news.service.js';

// The network speaks in its news: writing them is for administrators; every role reads.
const ADMINS = { roles: [StaffRole.Administrator] };

/** Writing news posts: drafts, scheduled publication, taking a post back, deleting it. */
@ApiTags('staff news')
@Controller('v1/staff/news')
export class StaffNewsController {
  constructor(private readonly news: StaffNewsService) {}

  @Get()
  @StaffOnly()
  @ApiOperation({
    operationId: 'listStaffNews',
    summary: 'Every news post without its text: drafts, scheduled, then published (newest first)',
  })
  @ApiOkResponse({ type: StaffNewsListDto })
  async list(): Promise<StaffNewsListDto> {
    return { items: await this.news.list() };
  }

  @Get(':id')
  @StaffOnly()
  @ApiOperation({ operationId: 'getStaffNewsPost', summary: 'One news post, with its ETag' })
  @ApiOkResponse({ type: StaffNewsPostDto })
  @ApiProblems(400, 404)
  async get(
    @Param('id', UuidPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StaffNewsPostDto> {
    return withVersionTag(reply, await this.news.get(id));
  }

  @Post()
  @StaffOnly(ADMINS)
  @ApiOperation({
    operationId: 'createNewsPost',
    summary: 'Writes a news post: a draft, scheduled or published by `publishedAt` (audited)',
  })
  @ApiBody({ type: CreateNewsPostDto })
  @ApiCreatedResponse({ type: StaffNewsPostDto })
  @ApiProblems(400, 403, 409, 422)
  async create(
    @Body() input: CreateNewsPostDto,
    @CurrentActor() actor: StaffActor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StaffNewsPostDto> {
    return withVersionTag(reply, await this.news.create(input, actor));
  }

  @Patch(':id')
  @StaffOnly(ADMINS)
  @ApiHeader({
    name: 'If-Match',
    required: true,
    description: 'The ETag (version) as loaded; a stale one is refused with 412',
  })
  @ApiOperation({
    operationId: 'updateNewsPost',
    summary: 'Changes a news post; `publishedAt: null` takes it back to a draft (audited)',
  })
  @ApiBody({ type: UpdateNewsPostDto })
  @ApiOkResponse({ type: StaffNewsPostDto })
  @ApiProblems(400, 403, 404, 409, 412, 422, 428)
  async update(
    @Param('id', UuidPipe) id: string,
    @IfMatchVersion('NEWS') version: number,
    @Body() input: UpdateNewsPostDto,
    @CurrentActor() actor: StaffActor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StaffNewsPostDto> {
    return withVersionTag(reply, await this.news.update(id, version, input, actor));
  }

  @Delete(':id')
  @HttpCode(204)
  @StaffOnly(ADMINS)
  @ApiOperation({ operationId: 'deleteNewsPost', summary: 'Deletes a news post (audited)' })
  @ApiNoContentResponse()
  @ApiProblems(400, 403, 404)
  async remove(@Param('id', UuidPipe) id: string, @CurrentActor() actor: StaffActor) {
    await this.news.remove(id, actor);
  }
}
