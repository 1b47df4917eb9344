import { agendaIssues, anonymisationDueAt, publishBlockers } from '@stadtgespraech/domain/rules';
import { toImageDto } from '../../common/dto/map-shared.js';
import {
  byPosition,
  toDocumentationDto,
  toQuestionDto,
  toVenueDto,
} from '../events/event.mapper.js';
import type { AgendaItemContributorEntity } from '../events/agenda-item-contributor.entity.js';
import type { EventContributorEntity } from '../events/event-contributor.entity.js';
import type { EventEntity } from '../events/event.entity.js';
import { displayName } from '../people/person.mapper.js';
import { portalLink } from '../../common/portal-link.js';
import type {
  RegistrationCountsDto,
  StaffContributorLinkDto,
  StaffEventDto,
} from './dto/staff-event.dto.js';

const toContributorLink = (
  link: EventContributorEntity | AgendaItemContributorEntity,
): StaffContributorLinkDto => ({
  personId: link.personId,
  role: link.role,
  contributionTitle: link.contributionTitle,
  name: displayName(link.person),
});

/** What the event's checks say: agenda timing and what still stops publishing. */
export function eventChecks(event: EventEntity) {
  const issues = agendaIssues(
    event,
    byPosition(event.agenda).map((item) => ({ startsAt: item.startsAt, endsAt: item.endsAt })),
  );
  const blockers = publishBlockers({
    format: event.format,
    isTeaser: event.isTeaser,
    venue: event.venue,
    onlinePlatform: event.onlinePlatform,
    organisers: event.organisers ?? [],
    registration: { mode: event.registrationMode, externalUrl: event.externalRegistrationUrl },
    agendaHasErrors: issues.some((issue) => issue.severity === 'error'),
  });
  return { issues, blockers };
}

/**
 * The staff's view of an event (loaded with organisers, people, agenda, topics and join link);
 * with `portalBaseUrl`, public events link to their portal page.
 */
export function toStaffEvent(
  event: EventEntity,
  registrations: RegistrationCountsDto,
  editable: boolean,
  portalBaseUrl: string | null = null,
): StaffEventDto {
  const { issues, blockers } = eventChecks(event);
  return {
    id: event.id,
    slug: event.slug,
    title: event.title,
    subtitle: event.subtitle,
    summary: event.summary,
    description: event.description,
    type: event.type,
    format: event.format,
    status: event.status,
    isTeaser: event.isTeaser,
    isDemo: event.isDemo,
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt.toISOString(),
    venue: toVenueDto(event.venue),
    onlinePlatform: event.onlinePlatform,
    joinUrl: event.joinUrl ?? null,
    seriesId: event.seriesId,
    organisers: byPosition(event.organisers).map((link) => ({
      organisationId: link.organisationId,
      role: link.role,
      name: link.organisation.name,
    })),
    topicIds: (event.topics ?? []).map((topic) => topic.id).sort(),
    discussionQuestions: event.discussionQuestions,
    contributors: byPosition(event.contributors).map(toContributorLink),
    agenda: byPosition(event.agenda).map((item) => ({
      id: item.id,
      startsAt: item.startsAt.toISOString(),
      endsAt: item.endsAt?.toISOString() ?? null,
      title: item.title,
      description: item.description,
      kind: item.kind,
      contributors: byPosition(item.contributors).map(toContributorLink),
    })),
    coverImage: toImageDto(event.coverImage),
    registration: {
      mode: event.registrationMode,
      opensAt: event.registrationOpensAt?.toISOString() ?? null,
      deadline: event.registrationDeadline?.toISOString() ?? null,
      capacity: event.capacity,
      waitlistEnabled: event.waitlistEnabled,
      approvalRequired: event.approvalRequired,
      externalUrl: event.externalRegistrationUrl,
      questions: event.registrationQuestions.map(toQuestionDto),
      consents: event.registrationConsents,
    },
    documentation: event.documentation
      ? {
          ...toDocumentationDto(event.documentation),
          notifiedAt: event.documentation.notifiedAt ?? null,
        }
      : null,
    retentionDays: event.retentionDays,
    anonymisationDueAt: anonymisationDueAt(event.endsAt, event.retentionDays).toISOString(),
    registrationsAnonymisedAt: event.registrationsAnonymisedAt?.toISOString() ?? null,
    version: event.version,
    registrations,
    agendaIssues: issues,
    publishBlockers: blockers,
    editable,
    portalUrl:
      portalBaseUrl && event.status !== 'draft'
        ? portalLink(portalBaseUrl, `/veranstaltungen/${event.slug}`)
        : null,
    updatedAt: event.updatedAt.toISOString(),
  };
}
