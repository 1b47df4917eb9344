import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Put,
  Query,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiBody,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import {
  AttendanceFilter,
  Bundesland,
  ExportFormat,
  MAX_REGISTRATION_PAGE,
  OrganisationType,
  RegistrationSort,
  RegistrationStatus,
  SortDirection,
  enumValues,
} from '@stadtgespraech/domain';
import {
  AddRegistrationDto,
  ChangeRegistrationStatusDto,
  EditRegistrationDto,
  ExportRegistrationsQueryDto,
  SetAttendanceDto,
  StaffRegistrationListQueryDto,
} from '@stadtgespraech/domain/registrations';
import { StaffRole } from '@stadtgespraech/domain/staff';
import { IfMatchVersion } from '../../common/if-match.js';
import { UuidPipe } from '../../common/uuid.pipe.js';
import { ApiProblems } from '../../openapi/api-problems.decorator.js';
import { StaffOnly } from '../staff/staff-access.js';
import { CurrentActor, type StaffActor } from '../staff/staff-actor.js';
import {
  AttendanceDto,
  StaffRegistrationDto,
  StaffRegistrationPageDto,
} from './dto/staff-registration.dto.js';
import { RegistrationAdminService } from './registration-admin.service.js';

const EDITORS = [StaffRole.Administrator, StaffRole.Organiser];

/** Registrations as staff manage them; organisers reach those of their organisations' events. */
@ApiTags('staff registrations')
@Controller('v1/staff')
export class StaffRegistrationsController {
  constructor(private readonly registrations: RegistrationAdminService) {}

  @Get('events/:id/registrations')
  @StaffOnly()
  @ApiOperation({
    operationId: 'listEventRegistrations',
    summary: 'The registrations of an event: filters, search, sorting and keyset paging',
  })
  @ApiQuery({ name: 'status', required: false, enum: enumValues(RegistrationStatus) })
  @ApiQuery({ name: 'organisationType', required: false, enum: enumValues(OrganisationType) })
  @ApiQuery({ name: 'bundesland', required: false, enum: enumValues(Bundesland) })
  @ApiQuery({ name: 'attended', required: false, enum: enumValues(AttendanceFilter) })
  @ApiQuery({
    name: 'answer',
    required: false,
    type: String,
    description: 'question_key:value; a list of options matches when it includes the value',
  })
  @ApiQuery({
    name: 'q',
    required: false,
    type: String,
    description: 'Part of a name, e-mail address or organisation',
  })
  @ApiQuery({ name: 'sort', required: false, enum: enumValues(RegistrationSort) })
  @ApiQuery({ name: 'direction', required: false, enum: enumValues(SortDirection) })
  @ApiQuery({
    name: 'cursor',
    required: false,
    type: String,
    description: 'nextCursor of the page before',
  })
  @ApiQuery({
    name: 'limit',
    required: false,
    schema: { type: 'integer', minimum: 1, maximum: MAX_REGISTRATION_PAGE, default: 50 },
  })
  @ApiOkResponse({ type: StaffRegistrationPageDto })
  @ApiProblems(400, 404)
  list(
    @Param('id', UuidPipe) id: string,
    @Query() query: StaffRegistrationListQueryDto,
    @CurrentActor() actor: StaffActor,
  ): Promise<StaffRegistrationPageDto> {
    return this.registrations.list(id, query, actor);
  }

  @Get('events/:id/registrations/export')
  @StaffOnly()
  @ApiOperation({
    operationId: 'exportRegistrations',
    summary:
      'The registrations as a CSV (UTF-8, semicolons) or Excel file, streamed; filters as in the table',
    description:
      'columns: comma-separated fields and answer.<question key>, in the order wanted; all when absent. Audited as a bulk read.',
  })
  @ApiQuery({ name: 'format', required: false, enum: enumValues(ExportFormat) })
  @ApiQuery({ name: 'columns', required: false, type: String })
  @ApiQuery({ name: 'status', required: false, enum: enumValues(RegistrationStatus) })
  @ApiQuery({ name: 'organisationType', required: false, enum: enumValues(OrganisationType) })
  @ApiQuery({ name: 'bundesland', required: false, enum: enumValues(Bundesland) })
  @ApiQuery({ name: 'attended', required: false, enum: enumValues(AttendanceFilter) })
  @ApiQuery({ name: 'answer', required: false, type: String })
  @ApiQuery({ name: 'q', required: false, type: String })
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: 'The file', schema: { type: 'string', format: 'binary' } })
  @ApiProblems(400, 404)
  async export(
    @Param('id', UuidPipe) id: string,
    @Query() query: ExportRegistrationsQueryDto,
    @CurrentActor() actor: StaffActor,
  ): Promise<StreamableFile> {
    const file = await this.registrations.export(id, query, actor);
    return new StreamableFile(file.stream, {
      type: file.contentType,
      disposition: `attachment; filename="${file.filename}"`,
    });
  }

  @Post('events/:id/registrations')
  @StaffOnly({ roles: EDITORS })
  @ApiOperation({
    operationId: 'addRegistration',
    summary:
      'Adds a registration by hand (no double opt-in); the seats decide unless a status is given',
  })
  @ApiBody({ type: AddRegistrationDto })
  @ApiCreatedResponse({ type: StaffRegistrationDto })
  @ApiProblems(400, 404, 409, 422)
  add(
    @Param('id', UuidPipe) id: string,
    @Body() input: AddRegistrationDto,
    @CurrentActor() actor: StaffActor,
  ): Promise<StaffRegistrationDto> {
    return this.registrations.add(id, input, actor);
  }

  @Get('registrations/:id')
  @StaffOnly()
  @ApiOperation({
    operationId: 'getRegistration',
    summary: 'One registration with answers, consent record, mails and staff history',
  })
  @ApiOkResponse({ type: StaffRegistrationDto })
  @ApiProblems(400, 404)
  get(
    @Param('id', UuidPipe) id: string,
    @CurrentActor() actor: StaffActor,
  ): Promise<StaffRegistrationDto> {
    return this.registrations.get(id, actor);
  }

  @Patch('registrations/:id')
  @StaffOnly({ roles: EDITORS })
  @ApiOperation({
    operationId: 'editRegistration',
    summary: "Corrects a registration's data and answers (no mail); fields left out stay",
  })
  @ApiHeader({
    name: 'If-Match',
    required: true,
    description: 'The version of the registration as loaded; a stale one is refused with 412',
  })
  @ApiBody({ type: EditRegistrationDto })
  @ApiOkResponse({ type: StaffRegistrationDto })
  @ApiProblems(400, 404, 409, 412, 422, 428)
  edit(
    @Param('id', UuidPipe) id: string,
    @IfMatchVersion('REGISTRATION') version: number,
    @Body() input: EditRegistrationDto,
    @CurrentActor() actor: StaffActor,
  ): Promise<StaffRegistrationDto> {
    return this.registrations.edit(id, version, input, actor);
  }

  @Post('registrations/:id/status')
  @HttpCode(200)
  @StaffOnly({ roles: EDITORS })
  @ApiOperation({
    operationId: 'changeRegistrationStatus',
    summary: 'Confirms, approves, moves to or from the waiting list, rejects or cancels',
    description:
      'The registrant is told by mail unless notify is false; cancelling a seat promotes the waiting list. Asking for the current status changes nothing.',
  })
  @ApiBody({ type: ChangeRegistrationStatusDto })
  @ApiOkResponse({ type: StaffRegistrationDto })
  @ApiProblems(400, 404, 409)
  changeStatus(
    @Param('id', UuidPipe) id: string,
    @Body() input: ChangeRegistrationStatusDto,
    @CurrentActor() actor: StaffActor,
  ): Promise<StaffRegistrationDto> {
    return this.registrations.changeStatus(id, input, actor);
  }

  @Put('registrations/:id/attendance')
  @StaffOnly({ roles: EDITORS })
  @ApiOperation({
    operationId: 'setAttendance',
    summary: 'Check-in: marks a confirmed participant as present, or undoes it',
  })
  @ApiBody({ type: SetAttendanceDto })
  @ApiOkResponse({ type: AttendanceDto })
  @ApiProblems(400, 404, 409)
  setAttendance(
    @Param('id', UuidPipe) id: string,
    @Body() input: SetAttendanceDto,
    @CurrentActor() actor: StaffActor,
  ): Promise<AttendanceDto> {
    return this.registrations.setAttendance(id, input, actor);
  }
}
