import type { Attachment, ImageRef, IsoDateTime, PostalAddress, Uuid } from '../common/types.js';
import type { CustomQuestion, OptionalConsent } from '../registrations/registration.js';

/** What kind of event it is. */
export const EventType = {
  WebTalk: 'web_talk',
  NetworkMeeting: 'network_meeting',
  Workshop: 'workshop',
  Congress: 'congress',
  Conference: 'conference',
  Excursion: 'excursion',
  Other: 'other',
} as const;
export type EventType = (typeof EventType)[keyof typeof EventType];

/** Where it takes place. */
export const EventFormat = { Online: 'online', InPerson: 'in_person', Hybrid: 'hybrid' } as const;
export type EventFormat = (typeof EventFormat)[keyof typeof EventFormat];

/** Editorial status. Only published and cancelled events are public. */
export const EventStatus = {
  Draft: 'draft',
  Published: 'published',
  Cancelled: 'cancelled',
} as const;
export type EventStatus = (typeof EventStatus)[keyof typeof EventStatus];

/** Role of an organisation in an event or series. */
export const OrganiserRole = { Host: 'host', CoHost: 'co_host', Partner: 'partner' } as const;
export type OrganiserRole = (typeof OrganiserRole)[keyof typeof OrganiserRole];

/** Role of a person in an event or agenda item. */
export const ContributorRole = { Speaker: 'speaker', Moderator: 'moderator' } as const;
export type ContributorRole = (typeof ContributorRole)[keyof typeof ContributorRole];

/** Kind of an agenda item. */
export const AgendaItemKind = {
  Welcome: 'welcome',
  Talk: 'talk',
  Panel: 'panel',
  Discussion: 'discussion',
  Break: 'break',
  Other: 'other',
} as const;
export type AgendaItemKind = (typeof AgendaItemKind)[keyof typeof AgendaItemKind];

/** How people register for an event. */
export const RegistrationMode = {
  /** The platform's own form, with double opt-in. */
  Internal: 'internal',
  /** A link to another site. */
  External: 'external',
  /** No registration needed. */
  None: 'none',
} as const;
export type RegistrationMode = (typeof RegistrationMode)[keyof typeof RegistrationMode];

/** Where an event stands in time. */
export const EventPhase = { Upcoming: 'upcoming', Running: 'running', Past: 'past' } as const;
export type EventPhase = (typeof EventPhase)[keyof typeof EventPhase];

/** A topic events are filed under, e.g. "Bürgerbeteiligung". */
export interface Topic {
  id: Uuid;
  slug: string;
  name: string;
}

/** An organisation's part in an event or series. */
export interface OrganiserLink {
  organisationId: Uuid;
  role: OrganiserRole;
}

/** A person's part in an event or agenda item. */
export interface ContributorLink {
  personId: Uuid;
  role: ContributorRole;
  /** Title of their contribution, e.g. "Auf dem Weg zum Innenstadtaktionsprogramm". */
  contributionTitle: string | null;
}

/** A series of events such as the "Kleinstadt Web-Talks". */
export interface Series {
  id: Uuid;
  slug: string;
  title: string;
  subtitle: string | null;
  description: string | null;
  contactEmail: string | null;
  organisers: OrganiserLink[];
}

/** A timed item of an event's agenda. */
export interface AgendaItem {
  id: Uuid;
  startsAt: IsoDateTime;
  endsAt: IsoDateTime | null;
  title: string;
  description: string | null;
  kind: AgendaItemKind;
  contributors: ContributorLink[];
}

/** The venue of an in-person or hybrid event. */
export interface Venue {
  name: string;
  address: PostalAddress | null;
  accessibilityNotes: string | null;
}

/** Registration settings of one event. */
export interface RegistrationSettings {
  mode: RegistrationMode;
  /** When the form opens; null: open as soon as published. */
  opensAt: IsoDateTime | null;
  /** The Anmeldeschluss; null: open until the event starts. */
  deadline: IsoDateTime | null;
  /** Seats; null: unlimited. */
  capacity: number | null;
  waitlistEnabled: boolean;
  approvalRequired: boolean;
  externalUrl: string | null;
  questions: CustomQuestion[];
  /**
   * The optional consents the form asks for, e.g. photos only when photos are taken; the privacy
   * notice is always shown.
   */
  consents: OptionalConsent[];
}

/** What is published after the event. */
export interface EventDocumentation {
  /** Result report as Markdown. */
  report: string | null;
  attachments: Attachment[];
  images: ImageRef[];
  recordingUrl: string | null;
  publishedAt: IsoDateTime | null;
  /** When the registrants were told it is online; they are told once. */
  notifiedAt?: IsoDateTime | null;
}

/** An event: a web talk, network meeting, workshop, congress or other date. */
export interface Event {
  id: Uuid;
  slug: string;
  title: string;
  subtitle: string | null;
  summary: string | null;
  description: string | null;
  type: EventType;
  format: EventFormat;
  status: EventStatus;
  /** An announced date without details, shown as a teaser until it is complete. */
  isTeaser: boolean;
  startsAt: IsoDateTime;
  endsAt: IsoDateTime;
  venue: Venue | null;
  /** Name of the online platform, e.g. "Webex". The join link itself is never public. */
  onlinePlatform: string | null;
  seriesId: Uuid | null;
  organisers: OrganiserLink[];
  topicIds: Uuid[];
  discussionQuestions: string[];
  contributors: ContributorLink[];
  agenda: AgendaItem[];
  coverImage: ImageRef | null;
  registration: RegistrationSettings;
  documentation: EventDocumentation | null;
}
