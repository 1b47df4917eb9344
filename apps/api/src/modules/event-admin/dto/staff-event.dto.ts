import { ApiProperty } from '@nestjs/swagger';
import {
  AgendaIssueCode,
  AgendaItemKind,
  ContributorRole,
  EventFormat,
  EventStatus,
  EventType,
  OrganiserRole,
  OPTIONAL_CONSENTS,
  PublishBlocker,
  RegistrationMode,
  enumValues,
  type OptionalConsent,
} from '@stadtgespraech/domain';
import { ImageDto, PageMetaDto } from '../../../common/dto/shared.dto.js';
import { DocumentationDto, QuestionDto, VenueDto } from '../../events/dto/event.dto.js';

export class StaffOrganiserLinkDto {
  @ApiProperty({ format: 'uuid' }) organisationId: string;
  @ApiProperty({ enum: enumValues(OrganiserRole) }) role: OrganiserRole;
  @ApiProperty({ description: 'Name of the organisation, for display' }) name: string;
}

export class StaffContributorLinkDto {
  @ApiProperty({ format: 'uuid' }) personId: string;
  @ApiProperty({ enum: enumValues(ContributorRole) }) role: ContributorRole;
  @ApiProperty({ type: String, nullable: true }) contributionTitle: string | null;
  @ApiProperty({ description: 'Name of the person, for display' }) name: string;
}

export class StaffAgendaItemDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) endsAt: string | null;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ enum: enumValues(AgendaItemKind) }) kind: AgendaItemKind;
  @ApiProperty({ type: () => [StaffContributorLinkDto] }) contributors: StaffContributorLinkDto[];
}

export class StaffRegistrationSettingsDto {
  @ApiProperty({ enum: enumValues(RegistrationMode) }) mode: RegistrationMode;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) opensAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) deadline: string | null;
  @ApiProperty({ type: Number, nullable: true }) capacity: number | null;
  @ApiProperty() waitlistEnabled: boolean;
  @ApiProperty() approvalRequired: boolean;
  @ApiProperty({ type: String, nullable: true }) externalUrl: string | null;
  @ApiProperty({ type: () => [QuestionDto] }) questions: QuestionDto[];
  @ApiProperty({ enum: [...OPTIONAL_CONSENTS], isArray: true }) consents: OptionalConsent[];
}

export class AgendaIssueDto {
  @ApiProperty({ enum: enumValues(AgendaIssueCode) }) code: AgendaIssueCode;
  @ApiProperty({ description: 'Position of the agenda item' }) index: number;
  @ApiProperty({ required: false, description: 'For overlaps: the other item' })
  otherIndex?: number;
  @ApiProperty({ enum: ['error', 'warning'] }) severity: 'error' | 'warning';
}

/** How many registrations an event has in each status. */
export class RegistrationCountsDto {
  @ApiProperty() pendingConfirmation: number;
  @ApiProperty() confirmed: number;
  @ApiProperty() waitlisted: number;
  @ApiProperty() awaitingApproval: number;
  @ApiProperty() cancelled: number;
  @ApiProperty() rejected: number;
  @ApiProperty({ description: 'Confirmed registrations marked as present' }) attended: number;
}

/** The documentation as staff see it: also when the registrants were told. */
export class StaffDocumentationDto extends DocumentationDto {
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When the follow-up mail went to the registrants (once per event)',
  })
  notifiedAt: string | null;
}

/** An event as staff edit it: every field, with ids, the join link and its version. */
export class StaffEventDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true }) subtitle: string | null;
  @ApiProperty({ type: String, nullable: true }) summary: string | null;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ enum: enumValues(EventType) }) type: EventType;
  @ApiProperty({ enum: enumValues(EventFormat) }) format: EventFormat;
  @ApiProperty({ enum: enumValues(EventStatus) }) status: EventStatus;
  @ApiProperty() isTeaser: boolean;
  @ApiProperty() isDemo: boolean;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiProperty({ type: () => VenueDto, nullable: true }) venue: VenueDto | null;
  @ApiProperty({ type: String, nullable: true }) onlinePlatform: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Secret meeting link' })
  joinUrl: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) seriesId: string | null;
  @ApiProperty({ type: () => [StaffOrganiserLinkDto] }) organisers: StaffOrganiserLinkDto[];
  @ApiProperty({ type: [String] }) topicIds: string[];
  @ApiProperty({ type: [String] }) discussionQuestions: string[];
  @ApiProperty({ type: () => [StaffContributorLinkDto] }) contributors: StaffContributorLinkDto[];
  @ApiProperty({ type: () => [StaffAgendaItemDto] }) agenda: StaffAgendaItemDto[];
  @ApiProperty({ type: () => ImageDto, nullable: true }) coverImage: ImageDto | null;
  @ApiProperty({ type: () => StaffRegistrationSettingsDto })
  registration: StaffRegistrationSettingsDto;
  @ApiProperty({ type: () => StaffDocumentationDto, nullable: true })
  documentation: StaffDocumentationDto | null;
  @ApiProperty({ description: "Days after the end when the registrations' personal data go" })
  retentionDays: number;
  @ApiProperty({ format: 'date-time', description: 'When the retention job anonymises them' })
  anonymisationDueAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  registrationsAnonymisedAt: string | null;
  @ApiProperty({ description: 'Send it back in If-Match when changing the event (also the ETag)' })
  version: number;
  @ApiProperty({ type: () => RegistrationCountsDto }) registrations: RegistrationCountsDto;
  @ApiProperty({ type: () => [AgendaIssueDto] }) agendaIssues: AgendaIssueDto[];
  @ApiProperty({
    enum: enumValues(PublishBlocker),
    isArray: true,
    description: 'What stops publishing; empty when the event may go public',
  })
  publishBlockers: PublishBlocker[];
  @ApiProperty({ description: 'Whether the current staff member may change it' })
  editable: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'Its portal page; null for drafts' })
  portalUrl: string | null;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

/** A row of the staff's event list. */
export class StaffEventListItemDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: enumValues(EventType) }) type: EventType;
  @ApiProperty({ enum: enumValues(EventFormat) }) format: EventFormat;
  @ApiProperty({ enum: enumValues(EventStatus) }) status: EventStatus;
  @ApiProperty() isTeaser: boolean;
  @ApiProperty() isDemo: boolean;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiProperty({ type: String, nullable: true }) seriesTitle: string | null;
  @ApiProperty({ type: Number, nullable: true }) capacity: number | null;
  @ApiProperty({ enum: enumValues(RegistrationMode) }) registrationMode: RegistrationMode;
  @ApiProperty() confirmed: number;
  @ApiProperty() waitlisted: number;
  @ApiProperty() editable: boolean;
}

export class StaffEventPageDto extends PageMetaDto {
  @ApiProperty({ type: () => [StaffEventListItemDto] }) items: StaffEventListItemDto[];
}

/** A signed, expiring address of the portal's preview of an event. */
export class PreviewLinkDto {
  @ApiProperty({ description: 'Portal page /vorschau/<token>; works for anyone who has it' })
  url: string;
  @ApiProperty({ format: 'date-time', description: 'When the link stops working' })
  expiresAt: string;
}
