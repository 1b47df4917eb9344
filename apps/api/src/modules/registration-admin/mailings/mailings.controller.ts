import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBody,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ComposeMailingDto } from '@stadtgespraech/domain/registrations';
import { StaffRole } from '@stadtgespraech/domain/staff';
import { UuidPipe } from '../../../common/uuid.pipe.js';
import { ApiProblems } from '../../../openapi/api-problems.decorator.js';
import { StaffOnly } from '../../staff/staff-access.js';
import { CurrentActor, type StaffActor } from '../../staff/staff-actor.js';
import { MailingDto, MailingPreviewDto, TestMailingDto } from './dto/mailing.dto.js';
import { MailingsService } from './mailings.service.js';

const EDITORS = [StaffRole.Administrator, StaffRole.Organiser];
const PLACEHOLDERS =
  'Placeholders in subject and text: {{vorname}}, {{nachname}}, {{name}}, {{organisation}}, {{veranstaltung}}, {{termin}}.';

/** Mails staff write to an event's registrants: preview, test, send, and the log. */
@ApiTags('staff mailings')
@Controller('v1/staff/events/:id/mailings')
export class MailingsController {
  constructor(private readonly mailings: MailingsService) {}

  @Get()
  @StaffOnly()
  @ApiOperation({
    operationId: 'listMailings',
    summary: "The event's mailings, newest first, with how many mails went out so far",
  })
  @ApiOkResponse({ type: [MailingDto] })
  @ApiProblems(400, 404)
  list(
    @Param('id', UuidPipe) id: string,
    @CurrentActor() actor: StaffActor,
  ): Promise<MailingDto[]> {
    return this.mailings.list(id, actor);
  }

  @Post('preview')
  @HttpCode(200)
  @StaffOnly({ roles: EDITORS })
  @ApiOperation({
    operationId: 'previewMailing',
    summary: 'How many a mailing reaches and how it reads, filled for the first recipient',
    description: PLACEHOLDERS,
  })
  @ApiBody({ type: ComposeMailingDto })
  @ApiOkResponse({ type: MailingPreviewDto })
  @ApiProblems(400, 403, 404)
  preview(
    @Param('id', UuidPipe) id: string,
    @Body() input: ComposeMailingDto,
    @CurrentActor() actor: StaffActor,
  ): Promise<MailingPreviewDto> {
    return this.mailings.preview(id, input, actor);
  }

  @Post('test')
  @HttpCode(202)
  @StaffOnly({ roles: EDITORS })
  @ApiOperation({
    operationId: 'testMailing',
    summary: "Sends the mailing (each language version) to the staff member's own address",
    description: 'Filled for the first recipient, with links that open no registration.',
  })
  @ApiBody({ type: ComposeMailingDto })
  @ApiAcceptedResponse({ type: TestMailingDto })
  @ApiProblems(400, 403, 404)
  test(
    @Param('id', UuidPipe) id: string,
    @Body() input: ComposeMailingDto,
    @CurrentActor() actor: StaffActor,
  ): Promise<TestMailingDto> {
    return this.mailings.test(id, input, actor);
  }

  @Post()
  @StaffOnly({ roles: EDITORS })
  @ApiOperation({
    operationId: 'sendMailing',
    summary: 'Sends a mail to the registrants of the segment through the outbox, and logs it',
    description: `Reaches confirmed, waitlisted and awaiting registrants (or the chosen status) matching the segment's filters; registrants who chose English get the English version when one is given. Audited. ${PLACEHOLDERS}`,
  })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description:
      'Send one per composed mail: a repeated request (a double click) sends nothing twice',
  })
  @ApiBody({ type: ComposeMailingDto })
  @ApiCreatedResponse({ type: MailingDto })
  @ApiProblems(400, 403, 404, 409, 422)
  send(
    @Param('id', UuidPipe) id: string,
    @Body() input: ComposeMailingDto,
    @CurrentActor() actor: StaffActor,
  ): Promise<MailingDto> {
    return this.mailings.send(id, input, actor);
  }
}
