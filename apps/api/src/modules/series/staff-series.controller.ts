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
import { MergeReferenceDto } from '@stadtgespraech/domain/common';
import { CreateSeriesDto, UpdateSeriesDto } from '@stadtgespraech/domain/events';
import { StaffRole } from '@stadtgespraech/domain/staff';
import type { FastifyReply } from 'fastify';
import { IfMatchVersion, setVersionTag } from '../../common/if-match.js';
import { UuidPipe } from '../../common/uuid.pipe.js';
import { ApiProblems } from '../../openapi/api-problems.decorator.js';
import { StaffOnly } from '../staff/staff-access.js';
import { CurrentActor, type StaffActor } from '../staff/staff-actor.js';
import { StaffSeriesDto, StaffSeriesListDto } from './dto/staff-series.dto.js';
import { StaffSeriesService } from './staff-series.service.js';

const EDITORS = { roles: [StaffRole.Administrator, StaffRole.Organiser] };
const ADMINS = { roles: [StaffRole.Administrator] };

function tagged(reply: FastifyReply, series: StaffSeriesDto): StaffSeriesDto {
  setVersionTag(reply, series.version);
  return series;
}

/** Managing series: organisers those of their organisations, administrators every series. */
@ApiTags('staff references')
@Controller('v1/staff/series')
export class StaffSeriesController {
  constructor(private readonly series: StaffSeriesService) {}

  @Get()
  @StaffOnly()
  @ApiOperation({
    operationId: 'listStaffSeries',
    summary: 'Every series with its usage, by title',
  })
  @ApiOkResponse({ type: StaffSeriesListDto })
  async list(@CurrentActor() actor: StaffActor): Promise<StaffSeriesListDto> {
    return { items: await this.series.list(actor) };
  }

  @Get(':id')
  @StaffOnly()
  @ApiOperation({ operationId: 'getStaffSeries', summary: 'One series, with its ETag' })
  @ApiOkResponse({ type: StaffSeriesDto })
  @ApiProblems(400, 404)
  async get(
    @Param('id', UuidPipe) id: string,
    @CurrentActor() actor: StaffActor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StaffSeriesDto> {
    return tagged(reply, await this.series.get(id, actor));
  }

  @Post()
  @StaffOnly(EDITORS)
  @ApiOperation({
    operationId: 'createSeries',
    summary: 'Creates a series; organisers must name one of their organisations (audited)',
  })
  @ApiBody({ type: CreateSeriesDto })
  @ApiCreatedResponse({ type: StaffSeriesDto })
  @ApiProblems(400, 403, 409, 422)
  async create(
    @Body() input: CreateSeriesDto,
    @CurrentActor() actor: StaffActor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StaffSeriesDto> {
    return tagged(reply, await this.series.create(input, actor));
  }

  @Patch(':id')
  @StaffOnly(EDITORS)
  @ApiHeader({
    name: 'If-Match',
    required: true,
    description: 'The ETag (version) of the series as loaded; a stale one is refused with 412',
  })
  @ApiOperation({
    operationId: 'updateSeries',
    summary: 'Changes a series; subscriptions follow a new slug (audited)',
  })
  @ApiBody({ type: UpdateSeriesDto })
  @ApiOkResponse({ type: StaffSeriesDto })
  @ApiProblems(400, 403, 404, 409, 412, 422, 428)
  async update(
    @Param('id', UuidPipe) id: string,
    @IfMatchVersion('SERIES') version: number,
    @Body() input: UpdateSeriesDto,
    @CurrentActor() actor: StaffActor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StaffSeriesDto> {
    return tagged(reply, await this.series.update(id, version, input, actor));
  }

  @Post(':id/merge')
  @HttpCode(200)
  @StaffOnly(ADMINS)
  @ApiOperation({
    operationId: 'mergeSeries',
    summary: 'Merges a duplicate into another series and deletes it (audited)',
    description:
      'The events of the duplicate move to the series kept (their versions rise), newsletter subscriptions follow, then the duplicate is deleted. Returns the series kept.',
  })
  @ApiBody({ type: MergeReferenceDto })
  @ApiOkResponse({ type: StaffSeriesDto })
  @ApiProblems(400, 404, 409)
  async merge(
    @Param('id', UuidPipe) id: string,
    @Body() input: MergeReferenceDto,
    @CurrentActor() actor: StaffActor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StaffSeriesDto> {
    return tagged(reply, await this.series.merge(id, input.into, actor));
  }

  @Delete(':id')
  @HttpCode(204)
  @StaffOnly(ADMINS)
  @ApiOperation({
    operationId: 'deleteSeries',
    summary: 'Deletes a series without events (409 SERIES.IN_USE otherwise; merge instead)',
  })
  @ApiNoContentResponse()
  @ApiProblems(400, 404, 409)
  async remove(@Param('id', UuidPipe) id: string, @CurrentActor() actor: StaffActor) {
    await this.series.remove(id, actor);
  }
}
