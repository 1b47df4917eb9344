import { EventFormat, OrganiserRole, RegistrationMode } from '../events/event.js';

/** Why an event cannot be published yet. */
export const PublishBlocker = {
  /** Every public event names who hosts it. */
  NoHost: 'no_host',
  /** In-person and hybrid events need a venue. */
  NoVenue: 'no_venue',
  /** Online and hybrid events name their platform (the join link itself stays secret). */
  NoOnlinePlatform: 'no_online_platform',
  /** Registration elsewhere needs the address of the other site. */
  NoExternalUrl: 'no_external_url',
  /** The agenda has items outside the event. */
  AgendaOutsideEvent: 'agenda_outside_event',
} as const;
export type PublishBlocker = (typeof PublishBlocker)[keyof typeof PublishBlocker];

/** What `publishBlockers` looks at. */
export interface PublishCandidate {
  format: EventFormat;
  isTeaser: boolean;
  venue: { name: string } | null;
  onlinePlatform: string | null;
  organisers: readonly { role: OrganiserRole }[];
  registration: { mode: RegistrationMode; externalUrl: string | null };
  /** Whether `agendaIssues` found errors. */
  agendaHasErrors: boolean;
}

/**
 * What stops an event from being published; empty when it may go public. A teaser (an announced
 * date without details) only needs its host.
 */
export function publishBlockers(event: PublishCandidate): PublishBlocker[] {
  const blockers: PublishBlocker[] = [];
  if (!event.organisers.some((o) => o.role === OrganiserRole.Host))
    blockers.push(PublishBlocker.NoHost);
  if (event.isTeaser) return blockers;
  if (event.format !== EventFormat.Online && !event.venue) blockers.push(PublishBlocker.NoVenue);
  if (event.format !== EventFormat.InPerson && !event.onlinePlatform?.trim())
    blockers.push(PublishBlocker.NoOnlinePlatform);
  if (event.registration.mode === RegistrationMode.External && !event.registration.externalUrl)
    blockers.push(PublishBlocker.NoExternalUrl);
  if (event.agendaHasErrors) blockers.push(PublishBlocker.AgendaOutsideEvent);
  return blockers;
}
