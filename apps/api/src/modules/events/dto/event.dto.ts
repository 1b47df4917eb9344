import { ApiProperty } from '@nestjs/swagger';
import {
  AgendaItemKind,
  ContributorRole,
  EventFormat,
  EventPhase,
  EventStatus,
  EventType,
  OPTIONAL_CONSENTS,
  QuestionType,
  RegistrationMode,
  enumValues,
  type OptionalConsent,
} from '@stadtgespraech/domain';
import {
  AttachmentDto,
  ImageDto,
  PageMetaDto,
  PostalAddressDto,
} from '../../../common/dto/shared.dto.js';
import { PersonRefDto } from '../../people/dto/person.dto.js';
import { OrganiserDto, SeriesRefDto } from '../../series/dto/series.dto.js';
import { TopicDto } from '../../topics/dto/topic.dto.js';

export class VenueDto {
  @ApiProperty() name: string;
  @ApiProperty({ type: () => PostalAddressDto, nullable: true })
  address: PostalAddressDto | null;
  @ApiProperty({ type: String, nullable: true }) accessibilityNotes: string | null;
}

export class ContributorDto {
  @ApiProperty({ enum: enumValues(ContributorRole) }) role: ContributorRole;
  @ApiProperty({ type: String, nullable: true }) contributionTitle: string | null;
  @ApiProperty({ type: () => PersonRefDto }) person: PersonRefDto;
}

export class AgendaItemDto {
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) endsAt: string | null;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ enum: enumValues(AgendaItemKind) }) kind: AgendaItemKind;
  @ApiProperty({ type: () => [ContributorDto] }) contributors: ContributorDto[];
}

export class QuestionDto {
  @ApiProperty() key: string;
  @ApiProperty({ enum: enumValues(QuestionType) }) type: QuestionType;
  @ApiProperty() label: string;
  @ApiProperty({ type: String, nullable: true }) helpText: string | null;
  @ApiProperty() required: boolean;
  @ApiProperty({ type: [String] }) options: string[];
}

/** Registration facts shown in lists. */
export class RegistrationSummaryDto {
  @ApiProperty({ enum: enumValues(RegistrationMode) }) mode: RegistrationMode;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) opensAt: string | null;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Anmeldeschluss',
  })
  deadline: string | null;
  @ApiProperty({ type: String, nullable: true }) externalUrl: string | null;
}

export class RegistrationInfoDto extends RegistrationSummaryDto {
  @ApiProperty({ type: Number, nullable: true, description: 'Seats; null: unlimited' })
  capacity: number | null;
  @ApiProperty() waitlistEnabled: boolean;
  @ApiProperty() approvalRequired: boolean;
  @ApiProperty({ type: () => [QuestionDto] }) questions: QuestionDto[];
  @ApiProperty({
    enum: [...OPTIONAL_CONSENTS],
    isArray: true,
    description: 'Optional consents the form asks for, besides the privacy notice',
  })
  consents: OptionalConsent[];
}

export class DocumentationDto {
  @ApiProperty({ type: String, nullable: true, description: 'Result report (Markdown)' })
  report: string | null;
  @ApiProperty({ type: () => [AttachmentDto] }) attachments: AttachmentDto[];
  @ApiProperty({ type: () => [ImageDto] }) images: ImageDto[];
  @ApiProperty({ type: String, nullable: true }) recordingUrl: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt: string | null;
}

/** An event as listed. Never contains the join link. */
export class EventSummaryDto {
  @ApiProperty() slug: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true }) subtitle: string | null;
  @ApiProperty({ type: String, nullable: true }) summary: string | null;
  @ApiProperty({ enum: enumValues(EventType) }) type: EventType;
  @ApiProperty({ enum: enumValues(EventFormat) }) format: EventFormat;
  @ApiProperty({ enum: enumValues(EventStatus) }) status: EventStatus;
  @ApiProperty({ enum: enumValues(EventPhase), description: 'Relative to the time of the request' })
  phase: EventPhase;
  @ApiProperty({ description: 'Announced date without details yet' }) isTeaser: boolean;
  @ApiProperty({ description: 'Demo content' }) isDemo: boolean;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiProperty({ type: () => VenueDto, nullable: true }) venue: VenueDto | null;
  @ApiProperty({ type: String, nullable: true }) onlinePlatform: string | null;
  @ApiProperty({ type: () => SeriesRefDto, nullable: true }) series: SeriesRefDto | null;
  @ApiProperty({ type: () => [TopicDto] }) topics: TopicDto[];
  @ApiProperty({ type: () => [OrganiserDto] }) organisers: OrganiserDto[];
  @ApiProperty({
    type: () => [ContributorDto],
    description: 'Speakers and moderators of the event',
  })
  contributors: ContributorDto[];
  @ApiProperty({ type: () => ImageDto, nullable: true }) coverImage: ImageDto | null;
  @ApiProperty({ type: () => RegistrationSummaryDto }) registration: RegistrationSummaryDto;
  @ApiProperty() hasDocumentation: boolean;
}

export class EventDetailDto extends EventSummaryDto {
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Plain text with blank lines between paragraphs',
  })
  description: string | null;
  @ApiProperty({ type: [String], description: '"Folgende Fragen werden besprochen"' })
  discussionQuestions: string[];
  @ApiProperty({ type: () => [AgendaItemDto] }) agenda: AgendaItemDto[];
  @ApiProperty({ type: () => RegistrationInfoDto }) declare registration: RegistrationInfoDto;
  @ApiProperty({ type: () => DocumentationDto, nullable: true })
  documentation: DocumentationDto | null;
}

export class EventPageDto extends PageMetaDto {
  @ApiProperty({ type: () => [EventSummaryDto] }) items: EventSummaryDto[];
}
