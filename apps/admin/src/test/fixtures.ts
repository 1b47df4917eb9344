import type { EventPage, EventSummary, Series } from '@stadtgespraech/api-client';

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
