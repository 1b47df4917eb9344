import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { StaffRole } from '@stadtgespraech/domain/staff';
import { UuidPipe } from '../../../common/uuid.pipe.js';
import { ApiProblems } from '../../../openapi/api-problems.decorator.js';
import { StaffOnly } from '../../staff/staff-access.js';
import { CurrentActor, type StaffActor } from '../../staff/staff-actor.js';
import { RetentionService } from './retention.service.js';

export class AnonymisationResultDto {
  @ApiProperty({ format: 'uuid' }) eventId: string;
  @ApiProperty({ description: 'Registrations anonymised by this call' }) registrations: number;
  @ApiProperty({ format: 'date-time' }) anonymisedAt: string;
}

/** Privacy: anonymising an event's registrations before their retention runs out. */
@ApiTags('staff registrations')
@Controller('v1/staff/events/:id/anonymise')
export class RetentionController {
  constructor(private readonly retention: RetentionService) {}

  @Post()
  @HttpCode(200)
  @StaffOnly({ roles: [StaffRole.Administrator, StaffRole.Organiser] })
  @ApiOperation({
    operationId: 'anonymiseEventRegistrations',
    summary: "Removes the personal data of the event's registrations now; keeps the counts",
    description:
      'Only once the event is over (409 PRIVACY.EVENT_NOT_OVER). Names, addresses, organisation, function, free-text answers, the question for the speakers and the personal links go; status, attendance, organisation type, Bundesland, choice answers and consent records stay. Cannot be undone.',
  })
  @ApiOkResponse({ type: AnonymisationResultDto })
  @ApiProblems(400, 403, 404, 409)
  anonymise(
    @Param('id', UuidPipe) id: string,
    @CurrentActor() actor: StaffActor,
  ): Promise<AnonymisationResultDto> {
    return this.retention.anonymiseNow(id, actor);
  }
}
