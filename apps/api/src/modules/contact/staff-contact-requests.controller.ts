import { Body, Controller, Get, Param, Patch, Query } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ChangeContactRequestStatusDto } from '@stadtgespraech/domain/communication';
import { StaffRole } from '@stadtgespraech/domain/staff';
import { UuidPipe } from '../../common/uuid.pipe.js';
import { ApiProblems } from '../../openapi/api-problems.decorator.js';
import { StaffOnly } from '../staff/staff-access.js';
import { CurrentActor, type StaffActor } from '../staff/staff-actor.js';
import {
  ContactInboxPageDto,
  ContactInboxQueryDto,
  StaffContactRequestDto,
} from './dto/staff-contact-request.dto.js';
import { StaffContactRequestsService } from './staff-contact-requests.service.js';

/** The inbox of the contact form: read by every role, moved on by administrators and organisers. */
@ApiTags('staff contact')
@Controller('v1/staff/contact-requests')
export class StaffContactRequestsController {
  constructor(private readonly inbox: StaffContactRequestsService) {}

  @Get()
  @StaffOnly()
  @ApiOperation({
    operationId: 'listContactRequests',
    summary: 'Contact requests of one status, newest first, 50 a page, with the counts per status',
  })
  @ApiOkResponse({ type: ContactInboxPageDto })
  @ApiProblems(400)
  page(
    @Query() query: ContactInboxQueryDto,
    @CurrentActor() actor: StaffActor,
  ): Promise<ContactInboxPageDto> {
    return this.inbox.page(query, actor);
  }

  @Patch(':id')
  @StaffOnly({ roles: [StaffRole.Administrator, StaffRole.Organiser] })
  @ApiOperation({
    operationId: 'changeContactRequestStatus',
    summary: 'Marks a contact request as new, answered or closed (audited)',
  })
  @ApiBody({ type: ChangeContactRequestStatusDto })
  @ApiOkResponse({ type: StaffContactRequestDto })
  @ApiProblems(400, 404)
  changeStatus(
    @Param('id', UuidPipe) id: string,
    @Body() input: ChangeContactRequestStatusDto,
    @CurrentActor() actor: StaffActor,
  ): Promise<StaffContactRequestDto> {
    return this.inbox.changeStatus(id, input.status, actor);
  }
}
