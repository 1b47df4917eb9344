import { Body, Controller, Param, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { MergeReferenceDto } from '@stadtgespraech/domain/common';
import { CreateSeriesDto, UpdateSeriesDto } from '@stadtgespraech/domain/events';
import type { FastifyReply } from 'fastify';
import { IfMatchVersion, withVersionTag } from '../../common/if-match.js';
import { UuidPipe } from '../../common/uuid.pipe.js';
import { ReferenceEndpoint } from '../references/reference-endpoints.js';
import { CurrentActor, type StaffActor } from '../staff/staff-actor.js';
import { StaffSeriesDto, StaffSeriesListDto } from './dto/staff-series.dto.js';
import { StaffSeriesService } from './staff-series.service.js';

/** Managing series: organisers those of their organisations, administrators every series. */
@ApiTags('staff references')
@Controller('v1/staff/series')
export class StaffSeriesController {
  constructor(private readonly series: StaffSeriesService) {}

  @ReferenceEndpoint.list(StaffSeriesListDto, {
    operationId: 'listStaffSeries',
    summary: 'Every series with its usage, by title',
  })
  async list(@CurrentActor() actor: StaffActor): Promise<StaffSeriesListDto> {
    return { items: await this.series.list(actor) };
  }

  @ReferenceEndpoint.get(StaffSeriesDto, {
    operationId: 'getStaffSeries',
    summary: 'One series, with its ETag',
  })
  async get(
    @Param('id', UuidPipe) id: string,
    @CurrentActor() actor: StaffActor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StaffSeriesDto> {
    return withVersionTag(reply, await this.series.get(id, actor));
  }

  @ReferenceEndpoint.create(CreateSeriesDto, StaffSeriesDto, {
    operationId: 'createSeries',
    summary: 'Creates a series; organisers must name one of their organisations (audited)',
  })
  async create(
    @Body() input: CreateSeriesDto,
    @CurrentActor() actor: StaffActor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StaffSeriesDto> {
    return withVersionTag(reply, await this.series.create(input, actor));
  }

  @ReferenceEndpoint.update(UpdateSeriesDto, StaffSeriesDto, {
    operationId: 'updateSeries',
    summary: 'Changes a series; subscriptions follow a new slug (audited)',
  })
  async update(
    @Param('id', UuidPipe) id: string,
    @IfMatchVersion('SERIES') version: number,
    @Body() input: UpdateSeriesDto,
    @CurrentActor() actor: StaffActor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StaffSeriesDto> {
    return withVersionTag(reply, await this.series.update(id, version, input, actor));
  }

  @ReferenceEndpoint.merge(StaffSeriesDto, {
    operationId: 'mergeSeries',
    summary: 'Merges a duplicate into another series and deletes it (audited)',
    description:
      'The events of the duplicate move to the series kept (their versions rise), newsletter subscriptions follow, then the duplicate is deleted. Returns the series kept.',
  })
  async merge(
    @Param('id', UuidPipe) id: string,
    @Body() input: MergeReferenceDto,
    @CurrentActor() actor: StaffActor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StaffSeriesDto> {
    return withVersionTag(reply, await this.series.merge(id, input.into, actor));
  }

  @ReferenceEndpoint.remove({
    operationId: 'deleteSeries',
    summary: 'Deletes a series without events (409 SERIES.IN_USE otherwise; merge instead)',
  })
  async remove(@Param('id', UuidPipe) id: string, @CurrentActor() actor: StaffActor) {
    await this.series.remove(id, actor);
  }
}
