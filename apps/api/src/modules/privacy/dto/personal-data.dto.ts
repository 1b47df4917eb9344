import { ApiProperty, OmitType } from '@nestjs/swagger';
import { enumValues } from '@stadtgespraech/domain';
import { StaffAccountStatus, StaffRole } from '@stadtgespraech/domain/staff';
import { StaffRegistrationDto } from '../../registration-admin/dto/staff-registration.dto.js';

/** The event a registration or a mail belongs to. */
export class PersonalDataEventDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
}

/** One answer to a question of the registration form, as the person gave it. */
export class PersonalAnswerDto {
  @ApiProperty() key: string;
  @ApiProperty({ description: 'The question as the form asked it (the key, if it is gone)' })
  question: string;
  @ApiProperty({ description: 'The answer as text: choices joined with commas, ja/nein' })
  answer: string;
}

/** A registration with everything stored about the person; tokens and hashes stay inside. */
export class PersonalRegistrationDto extends OmitType(StaffRegistrationDto, [
  'answers',
  'waitlistPosition',
  'allowedStatuses',
  'editable',
  'mails',
  'history',
  'event',
  'version',
] as const) {
  @ApiProperty({ type: () => PersonalDataEventDto }) event: PersonalDataEventDto;
  @ApiProperty({ type: () => [PersonalAnswerDto] }) answers: PersonalAnswerDto[];
}

/** A mail sent to the address, from the log of sent mails (the text itself is not kept). */
export class PersonalMailDto {
  @ApiProperty({ example: 'registration-confirmed' }) template: string;
  @ApiProperty({ format: 'date-time' }) sentAt: string;
  @ApiProperty({ type: () => PersonalDataEventDto, nullable: true })
  event: PersonalDataEventDto | null;
}

export class PersonalSubscriptionDto {
  @ApiProperty({ enum: ['pending', 'confirmed'] }) status: string;
  @ApiProperty() email: string;
  @ApiProperty({ type: [String], description: 'Series slugs chosen; empty: all' })
  series: string[];
  @ApiProperty({ type: [String], description: 'Topic slugs chosen; empty: all' })
  topics: string[];
  @ApiProperty({ enum: ['de', 'en'] }) locale: string;
  @ApiProperty({ description: 'The consent text agreed to' }) consentText: string;
  @ApiProperty() consentVersion: string;
  @ApiProperty({ format: 'date-time' }) consentedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) confirmedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class PersonalContactRequestDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty() email: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) organisation: string | null;
  @ApiProperty() subject: string;
  @ApiProperty() message: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The organisation written to; null: the operator',
  })
  recipient: string | null;
  @ApiProperty({ enum: ['new', 'answered', 'closed'] }) status: string;
  @ApiProperty() consentText: string;
  @ApiProperty() consentVersion: string;
}

/** The address as a contact person of an organisation (shown on the portal). */
export class PersonalContactPersonDto {
  @ApiProperty() organisation: string;
  @ApiProperty() organisationSlug: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) function: string | null;
  @ApiProperty() email: string;
  @ApiProperty({ type: String, nullable: true }) phone: string | null;
}

/** A staff account with the address; managed in staff management, not erased with it. */
export class PersonalStaffAccountDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: enumValues(StaffRole) }) role: StaffRole;
  @ApiProperty({ enum: enumValues(StaffAccountStatus) }) status: StaffAccountStatus;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastLoginAt: string | null;
}

/** Everything the platform stores about one e-mail address (GDPR Art. 15). */
export class PersonalDataReportDto {
  @ApiProperty({ description: 'The address asked about, as compared (lower case)' })
  email: string;
  @ApiProperty({ format: 'date-time' }) generatedAt: string;
  @ApiProperty({ type: () => [PersonalRegistrationDto] })
  registrations: PersonalRegistrationDto[];
  @ApiProperty({ type: () => [PersonalMailDto] }) mails: PersonalMailDto[];
  @ApiProperty({ type: () => [PersonalSubscriptionDto] })
  newsletterSubscriptions: PersonalSubscriptionDto[];
  @ApiProperty({ type: () => [PersonalContactRequestDto] })
  contactRequests: PersonalContactRequestDto[];
  @ApiProperty({ type: () => [PersonalContactPersonDto] })
  contactPersons: PersonalContactPersonDto[];
  @ApiProperty({ type: () => PersonalStaffAccountDto, nullable: true })
  staffAccount: PersonalStaffAccountDto | null;
  @ApiProperty({ description: 'Mails to the address waiting in the outbox' })
  queuedMails: number;
  @ApiProperty({
    description:
      'Entries of the audit log that name the address (append-only; kept for accountability)',
  })
  auditEntries: number;
}

/** What erasing an address did (GDPR Art. 17). */
export class ErasureResultDto {
  @ApiProperty({ description: 'Registrations whose personal data were removed' })
  registrationsAnonymised: number;
  @ApiProperty({ description: 'Of them, open registrations of coming events cancelled first' })
  registrationsCancelled: number;
  @ApiProperty() newsletterSubscriptions: number;
  @ApiProperty() contactRequests: number;
  @ApiProperty() contactPersons: number;
  @ApiProperty({ description: 'Entries of the log of sent mails whose address was removed' })
  mails: number;
  @ApiProperty({ description: 'Unsent mails to the address taken out of the outbox' })
  queuedMails: number;
  @ApiProperty({ description: 'A staff account with the address exists; it is not erased' })
  staffAccountKept: boolean;
  @ApiProperty({ description: 'Audit entries naming the address, kept (append-only)' })
  auditEntriesKept: number;
}
