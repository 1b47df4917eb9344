import { ApiProperty } from '@nestjs/swagger';
import {
  AttendanceFilter,
  Bundesland,
  Locale,
  MAILABLE_STATUSES,
  OrganisationType,
  enumValues,
  type MailableStatus,
} from '@stadtgespraech/domain';

/** Which registrants a mailing reached. */
export class MailingSegmentResponseDto {
  @ApiProperty({ enum: [...MAILABLE_STATUSES], required: false }) status?: MailableStatus;
  @ApiProperty({ enum: enumValues(AttendanceFilter), required: false })
  attended?: AttendanceFilter;
  @ApiProperty({ enum: enumValues(OrganisationType), required: false })
  organisationType?: OrganisationType;
  @ApiProperty({ enum: enumValues(Bundesland), required: false }) bundesland?: Bundesland;
  @ApiProperty({ required: false, description: 'question_key:value' }) answer?: string;
}

export class MailingTextResponseDto {
  @ApiProperty() subject: string;
  @ApiProperty() body: string;
}

/** A mailing as the log shows it: the texts as written, the segment, and how far sending got. */
export class MailingDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() subject: string;
  @ApiProperty({ description: 'As written, with placeholders such as {{vorname}}' }) body: string;
  @ApiProperty({ type: () => MailingTextResponseDto, nullable: true })
  english: MailingTextResponseDto | null;
  @ApiProperty({ type: () => MailingSegmentResponseDto }) segment: MailingSegmentResponseDto;
  @ApiProperty({ description: 'Mails queued when it was sent' }) recipientCount: number;
  @ApiProperty({ description: 'Mails the SMTP server has accepted so far' }) sentCount: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, nullable: true, description: 'Who sent it' })
  createdBy: string | null;
}

/** One language version of a mailing, rendered as a recipient would get it. */
export class MailSampleDto {
  @ApiProperty({ enum: enumValues(Locale) }) locale: Locale;
  @ApiProperty({ description: 'Whose data fill the placeholders (the first recipient by name)' })
  recipientName: string;
  @ApiProperty() subject: string;
  @ApiProperty({ description: 'The plain-text part' }) text: string;
  @ApiProperty({ description: 'The HTML part, a complete document' }) html: string;
}

/** What a mailing would do: how many it reaches, and how it reads. */
export class MailingPreviewDto {
  @ApiProperty() recipientCount: number;
  @ApiProperty({ type: () => [MailSampleDto], description: 'German, then English if written' })
  samples: MailSampleDto[];
}

/** Where test mails went. */
export class TestMailingDto {
  @ApiProperty({ description: "The staff member's own address" }) to: string;
  @ApiProperty({ description: 'One per language version' }) count: number;
}
