import { Body, Controller, HttpCode, Post, StreamableFile } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { PersonalDataRequestDto, StaffRole } from '@stadtgespraech/domain/staff';
import { ApiProblems } from '../../openapi/api-problems.decorator.js';
import { StaffOnly } from '../staff/staff-access.js';
import { CurrentActor, type StaffActor } from '../staff/staff-actor.js';
import { ErasureResultDto, PersonalDataReportDto } from './dto/personal-data.dto.js';
import { PrivacyService } from './privacy.service.js';

const ADMINS = { roles: [StaffRole.Administrator] };

/**
 * Requests of data subjects, for administrators. POST with the address in the body: an address
 * in a URL would end up in logs and browser histories.
 */
@ApiTags('staff privacy')
@Controller('v1/staff/privacy')
export class PrivacyController {
  constructor(private readonly privacy: PrivacyService) {}

  @Post('access')
  @HttpCode(200)
  @StaffOnly(ADMINS)
  @ApiOperation({
    operationId: 'personalDataReport',
    summary: 'Everything stored about one e-mail address (GDPR Art. 15), as JSON (audited)',
    description:
      'Registrations with answers and consents, the log of mails sent, newsletter subscriptions, contact requests, entries as contact person of an organisation, a staff account, and counts of unsent mails and audit entries naming the address. Anonymised registrations carry no address and are not found.',
  })
  @ApiBody({ type: PersonalDataRequestDto })
  @ApiOkResponse({ type: PersonalDataReportDto })
  @ApiProblems(400)
  report(
    @Body() input: PersonalDataRequestDto,
    @CurrentActor() actor: StaffActor,
  ): Promise<PersonalDataReportDto> {
    return this.privacy.report(input.email, actor);
  }

  @Post('access/pdf')
  @HttpCode(200)
  @StaffOnly(ADMINS)
  @ApiOperation({
    operationId: 'personalDataReportPdf',
    summary: 'The same report as a readable PDF in German, to send to the person (audited)',
  })
  @ApiBody({ type: PersonalDataRequestDto })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The PDF file', schema: { type: 'string', format: 'binary' } })
  @ApiProblems(400)
  async reportPdf(
    @Body() input: PersonalDataRequestDto,
    @CurrentActor() actor: StaffActor,
  ): Promise<StreamableFile> {
    return new StreamableFile(await this.privacy.reportPdf(input.email, actor), {
      type: 'application/pdf',
      disposition: 'attachment; filename="auskunft.pdf"',
    });
  }

  @Post('erase')
  @HttpCode(200)
  @StaffOnly(ADMINS)
  @ApiOperation({
    operationId: 'erasePersonalData',
    summary: 'Erases one e-mail address everywhere (GDPR Art. 17); cannot be undone (audited)',
    description:
      'In one transaction: registrations are anonymised as retention does (open registrations of coming events are cancelled first and the waiting list moves up, without a mail to the address), newsletter subscriptions, contact requests and contact-person entries are deleted, the address is removed from the log of sent mails and unsent mails to it leave the outbox. A staff account with the address is kept (disable it in staff management); the append-only audit log is kept and names the address only by its SHA-256 in the entry of this erasure. Erasing an address with nothing stored changes nothing.',
  })
  @ApiBody({ type: PersonalDataRequestDto })
  @ApiOkResponse({ type: ErasureResultDto })
  @ApiProblems(400)
  erase(
    @Body() input: PersonalDataRequestDto,
    @CurrentActor() actor: StaffActor,
  ): Promise<ErasureResultDto> {
    return this.privacy.erase(input.email, actor);
  }
}
