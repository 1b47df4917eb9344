import type {
  EventPage,
  EventSummary,
  Series,
  StaffEventListItem,
  StaffEventPage,
} from '@stadtgespraech/api-client';

export function eventSummary(overrides: Partial<EventSummary> = {}): EventSummary {
  return {
    slug: 'klimaschutz-in-kleinstaedten',
    title: 'Klimaschutz und Klimaanpassung in Kleinstädten',
    subtitle: null,
    summary: null,
    type: 'web_talk',
    format: 'online',
    status: 'published',
    phase: 'upcoming',
    isTeaser: false,
    isDemo: false,
    startsAt: '2024-10-09T08:00:00.000Z',
    endsAt: '2024-10-09T09:00:00.000Z',
    venue: null,
    onlinePlatform: 'Webex',
    series: { slug: 'kleinstadt-web-talks', title: 'Kleinstadt Web-Talks' },
    topics: [],
    organisers: [],
    contributors: [],
    coverImage: null,
    registration: { mode: 'internal', opensAt: null, deadline: null, externalUrl: null },
    hasDocumentation: false,
    ...overrides,
  };
}

export function eventPage(items: EventSummary[], total = items.length, page = 1): EventPage {
  return { items, total, page, pageSize: 20 };
}

export function series(overrides: Partial<Series> = {}): Series {
  return {
    slug: 'kleinstadt-web-talks',
    title: 'Kleinstadt Web-Talks',
    subtitle: null,
    description: null,
    contactEmail: null,
    organisers: [],
    upcomingCount: 0,
    pastCount: 0,
    ...overrides,
  };
}

/** A row of the staff's event list. */
export function staffEventRow(overrides: Partial<StaffEventListItem> = {}): StaffEventListItem {
  return {
    id: '7f0d6c52-3b1e-4f7a-9c55-0a6f0b2d1e01',
    slug: 'klimaschutz-in-kleinstaedten',
    title: 'Klimaschutz und Klimaanpassung in Kleinstädten',
    type: 'web_talk',
    format: 'online',
    status: 'published',
    isTeaser: false,
    isDemo: false,
    startsAt: '2024-10-09T08:00:00.000Z',
    endsAt: '2024-10-09T09:00:00.000Z',
    seriesTitle: 'Kleinstadt Web-Talks',
    capacity: 100,
    registrationMode: 'internal',
    confirmed: 42,
    waitlisted: 0,
    editable: true,
    ...overrides,
  };
}

export function staffEventPage(
  items: StaffEventListItem[],
  total = items.length,
  page = 1,
): StaffEventPage {
  return { items, total, page, pageSize: 20 };
}
