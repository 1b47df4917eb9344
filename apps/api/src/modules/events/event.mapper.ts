import type { CustomQuestion, EventDocumentation, Venue } from '@stadtgespraech/domain';
import { eventPhase } from '@stadtgespraech/domain/rules';
import { toAddressDto, toAttachmentDto, toImageDto } from '../../common/dto/map-shared.js';
import { toOrganisationRef } from '../organisations/organisation.mapper.js';
import { toPersonRef } from '../people/person.mapper.js';
import type { AgendaItemContributorEntity } from './agenda-item-contributor.entity.js';
import type {
  ContributorDto,
  DocumentationDto,
  EventDetailDto,
  EventSummaryDto,
  QuestionDto,
  VenueDto,
} from './dto/event.dto.js';
import type { EventContributorEntity } from './event-contributor.entity.js';
import type { EventEntity } from './event.entity.js';

/** Links and items in the order staff gave them. */
export const byPosition = <T extends { position: number }>(items: T[] | undefined) =>
  [...(items ?? [])].sort((a, b) => a.position - b.position);

const toContributor = (
  link: EventContributorEntity | AgendaItemContributorEntity,
): ContributorDto => ({
  role: link.role,
  contributionTitle: link.contributionTitle,
  person: toPersonRef(link.person),
});

/** The venue as the API shows it. */
export const toVenueDto = (venue: Venue | null): VenueDto | null =>
  venue
    ? {
        name: venue.name,
        address: toAddressDto(venue.address),
        accessibilityNotes: venue.accessibilityNotes ?? null,
      }
    : null;

/** A custom registration question as the API shows it. */
export const toQuestionDto = (q: CustomQuestion): QuestionDto => ({
  key: q.key,
  type: q.type,
  label: q.label,
  helpText: q.helpText ?? null,
  required: q.required,
  options: q.options ?? [],
});

/** The documentation of an event as the API shows it. */
export const toDocumentationDto = (documentation: EventDocumentation): DocumentationDto => ({
  report: documentation.report ?? null,
  attachments: (documentation.attachments ?? []).map(toAttachmentDto),
  images: (documentation.images ?? []).map((image) => toImageDto(image)!),
  recordingUrl: documentation.recordingUrl ?? null,
  publishedAt: documentation.publishedAt ?? null,
});

/** The public list view of an event; the join link is not even loaded. */
export function toEventSummary(event: EventEntity, now: Date): EventSummaryDto {
  return {
    slug: event.slug,
    title: event.title,
    subtitle: event.subtitle,
    summary: event.summary,
    type: event.type,
    format: event.format,
    status: event.status,
    phase: eventPhase(event, now),
    isTeaser: event.isTeaser,
    isDemo: event.isDemo,
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt.toISOString(),
    venue: toVenueDto(event.venue),
    onlinePlatform: event.onlinePlatform,
    series: event.series ? { slug: event.series.slug, title: event.series.title } : null,
    topics: [...(event.topics ?? [])]
      .sort((a, b) => a.name.localeCompare(b.name, 'de'))
      .map(({ slug, name }) => ({ slug, name })),
    organisers: byPosition(event.organisers).map((link) => ({
      ...toOrganisationRef(link.organisation),
      role: link.role,
    })),
    contributors: byPosition(event.contributors).map(toContributor),
    coverImage: toImageDto(event.coverImage),
    registration: {
      mode: event.registrationMode,
      opensAt: event.registrationOpensAt?.toISOString() ?? null,
      deadline: event.registrationDeadline?.toISOString() ?? null,
      externalUrl: event.externalRegistrationUrl,
    },
    hasDocumentation: Boolean(event.documentation?.publishedAt),
  };
}

export function toEventDetail(event: EventEntity, now: Date): EventDetailDto {
  const summary = toEventSummary(event, now);
  const documentation = event.documentation?.publishedAt ? event.documentation : null;
  return {
    ...summary,
    description: event.description,
    discussionQuestions: event.discussionQuestions,
    agenda: byPosition(event.agenda).map((item) => ({
      startsAt: item.startsAt.toISOString(),
      endsAt: item.endsAt?.toISOString() ?? null,
      title: item.title,
      description: item.description,
      kind: item.kind,
      contributors: byPosition(item.contributors).map(toContributor),
    })),
    registration: {
      ...summary.registration,
      capacity: event.capacity,
      waitlistEnabled: event.waitlistEnabled,
      approvalRequired: event.approvalRequired,
      questions: event.registrationQuestions.map(toQuestionDto),
      consents: event.registrationConsents,
    },
    documentation: documentation ? toDocumentationDto(documentation) : null,
  };
}
