import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  Min,
} from 'class-validator';
import {
  IsEnumValue,
  IsHttpUrl,
  IsNotBefore,
  IsOmittable,
  IsRequiredText,
  IsSlug,
  IsText,
  IsTimestamp,
  IsUniqueBy,
  NestedArray,
  NestedObject,
} from '../../common/dto/decorators.js';
import { ImageRefDto } from '../../common/dto/image-ref.dto.js';
import { Limits } from '../../common/limits.js';
import { MAX_RETENTION_DAYS } from '../../rules/retention.js';
import { EventFormat, EventStatus, EventType, type Event } from '../event.js';
import { AgendaItemInputDto } from './agenda-item-input.dto.js';
import { ContributorLinkDto } from './contributor-link.dto.js';
import { OrganiserLinkDto } from './organiser-link.dto.js';
import { RegistrationSettingsDto } from './registration-settings.dto.js';
import { VenueDto } from './venue.dto.js';

/**
 * Creates an event. Only title, type, format and times are required, so an announced date
 * ("teaser") can be entered before its details are known. Without a slug, the API derives one.
 */
export class CreateEventDto implements Partial<
  Omit<Event, 'venue' | 'contributors' | 'agenda' | 'registration' | 'documentation'>
> {
  @IsOmittable()
  @IsSlug()
  slug?: string;

  @IsRequiredText(Limits.title)
  title!: string;

  @IsOptional()
  @IsText(Limits.subtitle)
  subtitle?: string | null;

  @IsOptional()
  @IsText(Limits.summary)
  summary?: string | null;

  /** Markdown. */
  @IsOptional()
  @IsText(Limits.description)
  description?: string | null;

  @IsEnumValue(EventType)
  type!: EventType;

  @IsEnumValue(EventFormat)
  format!: EventFormat;

  /** Absent: draft. */
  @IsOptional()
  @IsEnumValue(EventStatus)
  status?: EventStatus;

  @IsOptional()
  @IsBoolean()
  isTeaser?: boolean;

  @IsTimestamp()
  startsAt!: string;

  @IsTimestamp()
  @IsNotBefore('startsAt')
  endsAt!: string;

  @IsOptional()
  @NestedObject(() => VenueDto)
  venue?: VenueDto | null;

  /** E.g. "Webex". */
  @IsOptional()
  @IsText(Limits.name)
  onlinePlatform?: string | null;

  /** The meeting URL. Secret: stored, never returned in a public response. */
  @IsOptional()
  @IsHttpUrl()
  joinUrl?: string | null;

  @IsOptional()
  @IsUUID()
  seriesId?: string | null;

  @IsOptional()
  @NestedArray(() => OrganiserLinkDto, Limits.listItems)
  @IsUniqueBy(
    (o: OrganiserLinkDto | null) => o?.organisationId,
    'an organisation may appear only once',
  )
  organisers?: OrganiserLinkDto[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(Limits.listItems)
  @ArrayUnique()
  @IsUUID(undefined, { each: true })
  topicIds?: string[];

  /** "Folgende Fragen werden dabei besprochen: …" */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(Limits.listItems)
  @IsRequiredText(Limits.subtitle, { each: true })
  discussionQuestions?: string[];

  @IsOptional()
  @NestedArray(() => ContributorLinkDto, Limits.listItems)
  contributors?: ContributorLinkDto[];

  @IsOptional()
  @NestedArray(() => AgendaItemInputDto, Limits.agendaItems)
  agenda?: AgendaItemInputDto[];

  @IsOptional()
  @NestedObject(() => ImageRefDto)
  coverImage?: ImageRefDto | null;

  /** Absent: no registration needed. */
  @IsOptional()
  @NestedObject(() => RegistrationSettingsDto)
  registration?: RegistrationSettingsDto;

  /**
   * Days after the end when the registrations' personal data are anonymised; absent:
   * `DEFAULT_RETENTION_DAYS`.
   */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_RETENTION_DAYS)
  retentionDays?: number;
}
