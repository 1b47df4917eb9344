import { Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { SpeakerQuestionsQueryDto } from '@stadtgespraech/domain/registrations';
import { UuidPipe } from '../../../common/uuid.pipe.js';
import { ApiProblems } from '../../../openapi/api-problems.decorator.js';
import { StaffOnly } from '../../staff/staff-access.js';
import { CurrentActor, type StaffActor } from '../../staff/staff-actor.js';
import { SpeakerQuestionsDto } from '../dto/speaker-questions.dto.js';
import {
  RegistrationDocumentsService,
  type PrintedDocument,
} from './registration-documents.service.js';

const PDF_FILE = { description: 'The PDF file', schema: { type: 'string', format: 'binary' } };

const download = ({ pdf, filename }: PrintedDocument): StreamableFile =>
  new StreamableFile(pdf, {
    type: 'application/pdf',
    disposition: `attachment; filename="${filename}"`,
  });

/** Printed documents about participants: attendance list, certificates, speakers' questions. */
@ApiTags('staff registrations')
@Controller('v1/staff')
export class RegistrationDocumentsController {
  constructor(private readonly documents: RegistrationDocumentsService) {}

  @Get('events/:id/attendance-list')
  @StaffOnly()
  @ApiOperation({
    operationId: 'attendanceListPdf',
    summary: 'The attendance list of the confirmed participants as a PDF (audited)',
    description:
      'By last name, with check-in times; events on site get a signature column. German.',
  })
  @ApiProduces('application/pdf')
  @ApiOkResponse(PDF_FILE)
  @ApiProblems(400, 404)
  async attendanceList(
    @Param('id', UuidPipe) id: string,
    @CurrentActor() actor: StaffActor,
  ): Promise<StreamableFile> {
    return download(await this.documents.attendanceList(id, actor));
  }

  @Get('events/:id/certificates')
  @StaffOnly()
  @ApiOperation({
    operationId: 'certificatesPdf',
    summary: 'Certificates of attendance of everyone checked in, one page each (audited)',
  })
  @ApiProduces('application/pdf')
  @ApiOkResponse(PDF_FILE)
  @ApiProblems(400, 404)
  async certificates(
    @Param('id', UuidPipe) id: string,
    @CurrentActor() actor: StaffActor,
  ): Promise<StreamableFile> {
    return download(await this.documents.certificates(id, actor));
  }

  @Get('registrations/:id/certificate')
  @StaffOnly()
  @ApiOperation({
    operationId: 'certificatePdf',
    summary: "One participant's certificate of attendance, in their language",
  })
  @ApiProduces('application/pdf')
  @ApiOkResponse(PDF_FILE)
  @ApiProblems(400, 404, 409)
  async certificate(
    @Param('id', UuidPipe) id: string,
    @CurrentActor() actor: StaffActor,
  ): Promise<StreamableFile> {
    return download(await this.documents.certificate(id, actor));
  }

  @Get('events/:id/speaker-questions')
  @StaffOnly()
  @ApiOperation({
    operationId: 'speakerQuestions',
    summary: 'The questions confirmed participants sent in for the speakers, oldest first',
    description: 'Names only with names=true (then audited as a bulk read).',
  })
  @ApiQuery({ name: 'names', required: false, enum: ['true', 'false'] })
  @ApiOkResponse({ type: SpeakerQuestionsDto })
  @ApiProblems(400, 404)
  questions(
    @Param('id', UuidPipe) id: string,
    @Query() query: SpeakerQuestionsQueryDto,
    @CurrentActor() actor: StaffActor,
  ): Promise<SpeakerQuestionsDto> {
    return this.documents.questions(id, query, actor);
  }
}
