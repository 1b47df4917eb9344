import { ApiProperty } from '@nestjs/swagger';
import {
  Bundesland,
  ConsentPurpose,
  EventFormat,
  EventStatus,
  Locale,
  OrganisationType,
  RegistrationStatus,
  Salutation,
  enumValues,
} from '@stadtgespraech/domain';
import type { AnswerValue, CustomQuestion } from '@stadtgespraech/domain';
import { Limits } from '@stadtgespraech/domain/common';
import type { RegistrationState } from '@stadtgespraech/domain/rules';
import { Matches } from 'class-validator';
import { QuestionDto } from '../../events/dto/event.dto.js';
import { TOKEN_PATTERN } from '../registration-tokens.js';

/** The same answer for a new, a repeated and any other accepted registration. */
export class RegistrationAcceptedDto {
  @ApiProperty({ enum: ['accepted'] }) status: 'accepted';
  @ApiProperty({
    example:
      'Bitte bestätigen Sie Ihre E-Mail-Adresse über den Link, den wir Ihnen gesendet haben.',
  })
  message: string;
}

/** Whether an event takes registrations right now and how many seats are free. */
export class EventAvailabilityDto {
  @ApiProperty({
    enum: [
      'none',
      'external',
      'cancelled',
      'not_open_yet',
      'open',
      'full_waitlist',
      'full',
      'closed',
    ],
    description: 'The registration state (domain rule `registrationState`)',
  })
  state: RegistrationState;
  @ApiProperty({ type: Number, nullable: true, description: 'Seats left; null: unlimited' })
  freeSeats: number | null;
  @ApiProperty() waitlistEnabled: boolean;
}

export class ConfirmRegistrationDto {
  @ApiProperty({ description: 'The token from the confirmation link' })
  @Matches(TOKEN_PATTERN, { message: 'token is not a valid link token' })
  token: string;
}

export class RegistrationOutcomeDto {
  @ApiProperty({ enum: enumValues(RegistrationStatus) }) status: RegistrationStatus;
  @ApiProperty({ type: Number, nullable: true, description: '1-based place while waitlisted' })
  waitlistPosition: number | null;
  @ApiProperty({ description: 'Personal self-service page' }) manageUrl: string;
}

export class ConsentRecordDto {
  @ApiProperty({ enum: enumValues(ConsentPurpose) }) purpose: ConsentPurpose;
  @ApiProperty() granted: boolean;
  @ApiProperty({ description: 'The exact text agreed to' }) text: string;
  @ApiProperty() textVersion: string;
  @ApiProperty({ format: 'date-time' }) recordedAt: string;
}

/** The event a personal link belongs to. */
export class RegisteredEventDto {
  @ApiProperty() slug: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiProperty({ enum: enumValues(EventFormat) }) format: EventFormat;
  @ApiProperty({ enum: enumValues(EventStatus) }) status: EventStatus;
}

export class ManagedEventDto extends RegisteredEventDto {
  @ApiProperty({ type: () => [QuestionDto] }) questions: CustomQuestion[];
}

/** What a confirmation link leads to, before anyone confirms (mail scanners only look). */
export class ConfirmationPreviewDto {
  @ApiProperty({
    enum: ['pending', 'expired', 'done'],
    description:
      'pending: waits for confirmation; expired: too late, register again; done: the address is confirmed already',
  })
  state: 'pending' | 'expired' | 'done';
  @ApiProperty({ type: () => RegisteredEventDto }) event: RegisteredEventDto;
}

/** A registration as its owner sees it through the personal link. */
export class ManagedRegistrationDto extends RegistrationOutcomeDto {
  @ApiProperty() email: string;
  @ApiProperty({ enum: enumValues(Salutation), nullable: true }) salutation: Salutation | null;
  @ApiProperty({ type: String, nullable: true }) academicTitle: string | null;
  @ApiProperty() firstName: string;
  @ApiProperty() lastName: string;
  @ApiProperty({ type: String, nullable: true }) organisation: string | null;
  @ApiProperty({ enum: enumValues(OrganisationType), nullable: true })
  organisationType: OrganisationType | null;
  @ApiProperty({ type: String, nullable: true }) function: string | null;
  @ApiProperty({ enum: enumValues(Bundesland), nullable: true }) bundesland: Bundesland | null;
  @ApiProperty({ type: String, nullable: true }) questionForSpeakers: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'Answers by question key',
  })
  answers: Record<string, AnswerValue>;
  @ApiProperty({ enum: enumValues(Locale) }) locale: Locale;
  @ApiProperty({ type: () => [ConsentRecordDto] }) consents: ConsentRecordDto[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) cancelledAt: string | null;
  @ApiProperty({ description: 'Data and answers can still be changed' }) canChange: boolean;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Personal join link, once a seat is confirmed',
  })
  personalJoinLink: string | null;
  @ApiProperty({ type: () => ManagedEventDto }) event: ManagedEventDto;
}

const text = (maxLength: number) => ({ type: ['string', 'null'], maxLength });

/** OpenAPI description of the body, matching CreateRegistrationDto of the domain package. */
export const REGISTRATION_BODY_SCHEMA = {
  type: 'object',
  required: ['email', 'firstName', 'lastName', 'consents'],
  additionalProperties: false,
  properties: {
    email: { type: 'string', format: 'email', maxLength: Limits.email },
    firstName: { type: 'string', maxLength: Limits.name },
    lastName: { type: 'string', maxLength: Limits.name },
    salutation: { type: ['string', 'null'], enum: [...enumValues(Salutation), null] },
    academicTitle: text(Limits.name),
    organisation: text(Limits.shortText),
    organisationType: { type: ['string', 'null'], enum: [...enumValues(OrganisationType), null] },
    function: text(Limits.shortText),
    bundesland: { type: ['string', 'null'], enum: [...enumValues(Bundesland), null] },
    questionForSpeakers: text(Limits.summary),
    answers: {
      type: 'object',
      maxProperties: Limits.questionCount,
      description: 'By question key: text, list of options or true/false',
      additionalProperties: {
        oneOf: [
          { type: 'string' },
          { type: 'array', items: { type: 'string' } },
          { type: 'boolean' },
        ],
      },
    },
    consents: {
      type: 'array',
      description:
        'Each purpose at most once; privacy must be granted. textVersion from GET /api/v1/consent-texts',
      items: {
        type: 'object',
        required: ['purpose', 'granted', 'textVersion'],
        properties: {
          purpose: { type: 'string', enum: enumValues(ConsentPurpose) },
          granted: { type: 'boolean' },
          textVersion: { type: 'string' },
        },
      },
    },
    locale: { type: 'string', enum: enumValues(Locale), default: 'de' },
  },
} as const;
