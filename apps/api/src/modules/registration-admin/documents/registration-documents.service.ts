import { Injectable } from '@nestjs/common';
import {
  AttendanceFilter,
  RegistrationStatus,
  berlinWallClock,
  mayCertifyAttendance,
  slugify,
  type Locale,
  type SpeakerQuestionsQueryDto,
} from '@stadtgespraech/domain';
import { DataSource } from 'typeorm';
import type { PdfDocument } from '../../../common/pdf/pdf-document.js';
import { ProblemException } from '../../../common/problem.js';
import { AuditService } from '../../audit/audit.service.js';
import type { StaffActor } from '../../staff/staff-actor.js';
import type { SpeakerQuestionsDto } from '../dto/speaker-questions.dto.js';
import { EventReach } from '../event-reach.js';
import { RegistrationRecordsRepository } from '../registration-records.repository.js';
import { RegistrationTableRepository } from '../registration-table.repository.js';
import { attendanceListPdf } from './attendance-list-pdf.js';
import { certificatesPdf } from './certificate-pdf.js';
import { EventSheetRepository, type EventSheet } from './event-sheet.repository.js';
import { SpeakerQuestionsRepository } from './speaker-questions.repository.js';

/** A printed document and the name it is downloaded under. */
export interface PrintedDocument {
  pdf: PdfDocument;
  filename: string;
}

/** What staff print about an event's participants: lists, certificates, questions. */
@Injectable()
export class RegistrationDocumentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly reach: EventReach,
    private readonly sheets: EventSheetRepository,
    private readonly table: RegistrationTableRepository,
    private readonly records: RegistrationRecordsRepository,
    private readonly speakerQuestions: SpeakerQuestionsRepository,
  ) {}

  /** The attendance list of the confirmed participants; a bulk read, so audited. */
  async attendanceList(eventId: string, actor: StaffActor): Promise<PrintedDocument> {
    const event = await this.reachableSheet(eventId, actor);
    await this.recordBulkRead('registration.attendance-list', eventId, actor);
    const participants = this.table.exportRows(eventId, { status: RegistrationStatus.Confirmed });
    return {
      pdf: attendanceListPdf(event, participants, new Date()),
      filename: `teilnahmeliste-${datePart(event)}.pdf`,
    };
  }

  /** One certificate page per participant who was checked in; audited. */
  async certificates(eventId: string, actor: StaffActor): Promise<PrintedDocument> {
    const event = await this.reachableSheet(eventId, actor);
    await this.recordBulkRead('registration.certificates', eventId, actor);
    const attendees = this.table.exportRows(eventId, {
      status: RegistrationStatus.Confirmed,
      attended: AttendanceFilter.Yes,
    });
    return {
      pdf: certificatesPdf(event, attendees, new Date()),
      filename: `teilnahmebescheinigungen-${datePart(event)}.pdf`,
    };
  }

  /** The certificate of one participant, in their language; 409 unless checked in. */
  async certificate(registrationId: string, actor: StaffActor): Promise<PrintedDocument> {
    const manager = this.dataSource.manager;
    const registration = await this.records.find(manager, registrationId);
    await this.reach.check(manager, registration.eventId, actor, { absentAs: 'ID' });
    if (!mayCertifyAttendance(registration))
      throw new ProblemException('REGISTRATION.NOT_ATTENDED');
    const event = await this.sheets.sheet(manager, registration.eventId);
    const locale = registration.locale as Locale;
    return {
      pdf: certificatesPdf(event, single(registration), new Date(), locale),
      filename: `teilnahmebescheinigung-${slugify(registration.lastName, 40) || 'teilnahme'}-${datePart(event)}.pdf`,
    };
  }

  /** The questions for the speakers; with names only when asked, and then audited. */
  async questions(
    eventId: string,
    query: SpeakerQuestionsQueryDto,
    actor: StaffActor,
  ): Promise<SpeakerQuestionsDto> {
    const manager = this.dataSource.manager;
    await this.reach.check(manager, eventId, actor);
    // Only the title is needed here, not the whole printed sheet.
    const event = await this.records.event(manager, eventId);
    const withNames = query.names === 'true';
    if (withNames) await this.recordBulkRead('registration.speaker-questions', eventId, actor);
    return {
      eventId,
      eventTitle: event.title,
      items: await this.speakerQuestions.questions(manager, eventId, withNames),
    };
  }

  private async reachableSheet(eventId: string, actor: StaffActor): Promise<EventSheet> {
    const manager = this.dataSource.manager;
    await this.reach.check(manager, eventId, actor);
    return this.sheets.sheet(manager, eventId);
  }

  private recordBulkRead(action: string, eventId: string, actor: StaffActor): Promise<void> {
    return this.audit.record({
      account: actor.staff.account,
      action,
      subject: { type: 'event', id: eventId },
      clientIp: actor.clientIp,
    });
  }
}

const datePart = (event: EventSheet): string => berlinWallClock(event.startsAt).date;

async function* single<T>(item: T): AsyncGenerator<T> {
  yield item;
}
