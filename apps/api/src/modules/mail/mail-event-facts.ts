import { OrganiserRole } from '@stadtgespraech/domain';
import type { Locale } from '@stadtgespraech/domain/common';
import { portalLink } from '../../common/portal-link.js';
import type { EventEntity } from '../events/event.entity.js';
import type { EventOrganiserEntity } from '../events/event-organiser.entity.js';
import type { OrganisationEntity } from '../organisations/organisation.entity.js';
import type { SeriesEntity } from '../series/series.entity.js';
import type { MailEventFacts } from './mail.types.js';
import { PLATFORM_NAME } from './templates/phrases.js';

/** "A", "A und B", "A, B und C". */
const germanList = (names: string[]): string =>
  names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} und ${names[names.length - 1]}`;

/** What mails need of an event (a full `EventEntity` fits): its facts, series and organisers. */
export type MailEvent = Pick<
  EventEntity,
  | 'id'
  | 'slug'
  | 'title'
  | 'subtitle'
  | 'summary'
  | 'startsAt'
  | 'endsAt'
  | 'format'
  | 'status'
  | 'venue'
  | 'onlinePlatform'
  | 'calendarSequence'
> & {
  series?: Pick<SeriesEntity, 'title' | 'contactEmail'> | null;
  organisers?: (Pick<EventOrganiserEntity, 'role' | 'position'> & {
    organisation: Pick<OrganisationEntity, 'name' | 'shortName' | 'email'>;
  })[];
};

/**
 * The facts of an event that mails and calendar files show. Load `organisers.organisation` and
 * `series` with the event for the organiser's name and the contact address; without them the
 * mail names the platform and the first host's address is unknown.
 */
export function toMailEventFacts(
  event: MailEvent,
  portalUrl: string,
  locale: Locale = 'de',
): MailEventFacts {
  const organisers = [...(event.organisers ?? [])]
    .filter((link) => link.role !== OrganiserRole.Partner && link.organisation)
    .sort((a, b) => a.position - b.position)
    .map((link) => link.organisation);
  return {
    id: event.id,
    slug: event.slug,
    title: event.title,
    subtitle: event.subtitle,
    summary: event.summary,
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt.toISOString(),
    format: event.format,
    status: event.status,
    venue: event.venue,
    onlinePlatform: event.onlinePlatform,
    url: portalLink(portalUrl, `/veranstaltungen/${event.slug}`, locale),
    calendarSequence: event.calendarSequence,
    organiserName:
      germanList(organisers.map((o) => o.shortName?.trim() || o.name)) ||
      event.series?.title ||
      PLATFORM_NAME,
    contactEmail: event.series?.contactEmail ?? organisers.find((o) => o.email)?.email ?? null,
  };
}
