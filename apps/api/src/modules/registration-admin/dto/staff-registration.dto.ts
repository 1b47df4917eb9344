import { ApiProperty } from '@nestjs/swagger';
import {
  Bundesland,
  Locale,
  OrganisationType,
  RegistrationSource,
  RegistrationStatus,
  Salutation,
  STAFF_SETTABLE_STATUSES,
  enumValues,
  type AnswerValue,
  type StaffSettableStatus,
} from '@stadtgespraech/domain';
import { RegistrationCountsDto } from '../../event-admin/dto/staff-event.dto.js';
import { QuestionDto } from '../../events/dto/event.dto.js';
import { ConsentRecordDto } from '../../registrations/dto/registration.dto.js';

const ANSWERS = {
  type: 'object',
  additionalProperties: true,
  description: 'Answers by question key',
} as const;

/** A row of the staff's registration table. */
export class StaffRegistrationRowDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: enumValues(RegistrationStatus) }) status: RegistrationStatus;
  @ApiProperty({ enum: enumValues(RegistrationSource) }) source: RegistrationSource;
  @ApiProperty() email: string;
  @ApiProperty({ type: String, nullable: true }) academicTitle: string | null;
  @ApiProperty() firstName: string;
  @ApiProperty() lastName: string;
  @ApiProperty({ type: String, nullable: true }) organisation: string | null;
  @ApiProperty({ enum: enumValues(OrganisationType), nullable: true })
  organisationType: OrganisationType | null;
  @ApiProperty({ type: String, nullable: true }) function: string | null;
  @ApiProperty({ enum: enumValues(Bundesland), nullable: true }) bundesland: Bundesland | null;
  @ApiProperty({ type: String, nullable: true }) questionForSpeakers: string | null;
  @ApiProperty(ANSWERS) answers: Record<string, AnswerValue>;
  @ApiProperty({ type: Number, nullable: true, description: '1-based place while waitlisted' })
  waitlistPosition: number | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) attendedAt: string | null;
}

/** One page of the registration table; follow `nextCursor` for the next. */
export class StaffRegistrationPageDto {
  @ApiProperty({ type: () => [StaffRegistrationRowDto] }) items: StaffRegistrationRowDto[];
  @ApiProperty({ type: String, nullable: true, description: 'null on the last page' })
  nextCursor: string | null;
  @ApiProperty({ description: 'Registrations matching the filters, on all pages' }) total: number;
  @ApiProperty({ type: () => RegistrationCountsDto, description: 'Of the event, unfiltered' })
  counts: RegistrationCountsDto;
}

/** A mail to the registrant: sent, or still waiting in the outbox. */
export class RegistrationMailDto {
  @ApiProperty({ description: 'Mail template, e.g. registration-confirmed' }) template: string;
  @ApiProperty({ enum: ['queued', 'sent'] }) state: 'queued' | 'sent';
  @ApiProperty({ format: 'date-time', description: 'When sent, or when queued' }) at: string;
}

/** A staff action on the registration, from the audit log. */
export class RegistrationHistoryEntryDto {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ description: 'e.g. registration.status' }) action: string;
  @ApiProperty({ type: String, nullable: true }) by: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true })
  after: Record<string, unknown> | null;
}

/** The event a registration belongs to, with what the detail view needs to label answers. */
export class StaffRegistrationEventDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ type: () => [QuestionDto] }) questions: QuestionDto[];
}

/** Everything stored about one registration, for staff. */
export class StaffRegistrationDto extends StaffRegistrationRowDto {
  @ApiProperty({ enum: enumValues(Salutation), nullable: true }) salutation: Salutation | null;
  @ApiProperty({ enum: enumValues(Locale) }) locale: Locale;
  @ApiProperty({ type: () => [ConsentRecordDto] }) consents: ConsentRecordDto[];
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Address confirmed',
  })
  queuedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) cancelledAt: string | null;
  @ApiProperty({
    enum: [...STAFF_SETTABLE_STATUSES],
    isArray: true,
    description: 'Statuses staff may change it to now; empty for read-only staff',
  })
  allowedStatuses: StaffSettableStatus[];
  @ApiProperty({ description: 'Whether the current staff member may change it' })
  editable: boolean;
  @ApiProperty({ type: () => [RegistrationMailDto] }) mails: RegistrationMailDto[];
  @ApiProperty({ type: () => [RegistrationHistoryEntryDto] })
  history: RegistrationHistoryEntryDto[];
  @ApiProperty({ type: () => StaffRegistrationEventDto }) event: StaffRegistrationEventDto;
  @ApiProperty({ description: 'Send it back in If-Match when editing the data' })
  version: number;
}

/** The check-in state of one registration. */
export class AttendanceDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) attendedAt: string | null;
}
