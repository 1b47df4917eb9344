import type {
  AgendaItemKind,
  Bundesland,
  ContributorRole,
  CustomQuestion,
  EventDocumentation,
  EventFormat,
  EventType,
  OrganisationType,
  OrganiserRole,
  PostalAddress,
  RegistrationMode,
  Venue,
} from '@stadtgespraech/domain';

/** Demo content refers to other records by slug. */
export interface SeedOrganisation {
  slug: string;
  name: string;
  shortName?: string;
  type: OrganisationType;
  website?: string;
  email?: string;
  phone?: string;
  address?: PostalAddress;
  description?: string;
  bundesland?: Bundesland;
  population?: number;
  contacts?: { name: string; function?: string; email?: string; phone?: string }[];
}

export interface SeedPerson {
  slug: string;
  academicTitle?: string;
  firstName: string;
  lastName: string;
  function?: string;
  organisation?: string;
}

export interface SeedContribution {
  person: string;
  role: ContributorRole;
  contributionTitle?: string;
}

export interface SeedEvent {
  slug: string;
  title: string;
  subtitle?: string;
  summary?: string;
  description?: string;
  type: EventType;
  format: EventFormat;
  isTeaser?: boolean;
  isDemo?: boolean;
  startsAt: Date;
  endsAt: Date;
  venue?: Venue;
  onlinePlatform?: string;
  joinUrl?: string;
  series?: string;
  organisers: [slug: string, role: OrganiserRole][];
  topics: string[];
  discussionQuestions?: string[];
  contributors?: SeedContribution[];
  agenda?: {
    startsAt: Date;
    endsAt?: Date;
    title: string;
    description?: string;
    kind: AgendaItemKind;
    contributors?: SeedContribution[];
  }[];
  registration?: {
    mode?: RegistrationMode;
    opensAt?: Date;
    deadline?: Date;
    capacity?: number;
    waitlistEnabled?: boolean;
    approvalRequired?: boolean;
    externalUrl?: string;
    questions?: CustomQuestion[];
  };
  documentation?: EventDocumentation;
}

export interface SeedSeries {
  slug: string;
  title: string;
  subtitle?: string;
  description?: string;
  contactEmail?: string;
  organisers: [slug: string, role: OrganiserRole][];
}

export interface SeedNews {
  slug: string;
  kind: 'report' | 'announcement';
  title: string;
  teaser?: string;
  body: string;
  publishedAt: Date;
  organisation?: string;
}

export interface DemoContent {
  organisations: SeedOrganisation[];
  people: SeedPerson[];
  topics: { slug: string; name: string }[];
  series: SeedSeries[];
  events: SeedEvent[];
  news: SeedNews[];
}
