import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { UuidPipe } from '../../../common/uuid.pipe.js';
import { ApiProblems } from '../../../openapi/api-problems.decorator.js';
import { StaffOnly } from '../../staff/staff-access.js';
import { CurrentActor, type StaffActor } from '../../staff/staff-actor.js';
import { RegistrationTimelineDto, StatisticsDto } from './statistics.dto.js';
import { StatisticsService } from './statistics.service.js';

/** The dashboard's figures; every role, each over the events it may see. */
@ApiTags('staff statistics')
@Controller('v1/staff/statistics')
export class StatisticsController {
  constructor(private readonly statistics: StatisticsService) {}

  @Get()
  @StaffOnly()
  @ApiOperation({
    operationId: 'getStatistics',
    summary:
      'Fill levels of coming events, rates of past ones, participants by type and Land, series compared',
  })
  @ApiOkResponse({ type: StatisticsDto })
  overview(@CurrentActor() actor: StaffActor): Promise<StatisticsDto> {
    return this.statistics.overview(actor);
  }

  @Get('events/:id/timeline')
  @StaffOnly()
  @ApiOperation({
    operationId: 'getRegistrationTimeline',
    summary: 'Registrations of one event by Berlin day, with the running total',
  })
  @ApiOkResponse({ type: RegistrationTimelineDto })
  @ApiProblems(400, 404)
  timeline(
    @Param('id', UuidPipe) id: string,
    @CurrentActor() actor: StaffActor,
  ): Promise<RegistrationTimelineDto> {
    return this.statistics.timeline(id, actor);
  }
}
