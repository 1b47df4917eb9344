import type { EventListQuery } from '@stadtgespraech/api-client';

export const EVENTS_PAGE_SIZE = 10;
const MAX_QUERY_LENGTH = 200;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const EVENT_TYPES = [
  'web_talk',
  'network_meeting',
  'workshop',
  'congress',
  'conference',
  'excursion',
  'other',
] as const satisfies readonly NonNullable<EventListQuery['type']>[];
export const EVENT_FORMATS = [
  'online',
  'in_person',
  'hybrid',
] as const satisfies readonly NonNullable<EventListQuery['format']>[];
type EventTypeFilter = (typeof EVENT_TYPES)[number];
type EventFormatFilter = (typeof EVENT_FORMATS)[number];

const oneOf = <T extends string>(options: readonly T[], value: string): T | '' =>
  (options as readonly string[]).includes(value) ? (value as T) : '';

type RawQuery = Record<string, string | null | undefined | (string | null)[]>;

/** The filters of the events list as the URL carries them, cleaned. */
export interface EventListFilters {
  time: 'upcoming' | 'past';
  q: string;
  series: string;
  topic: string;
  type: EventTypeFilter | '';
  format: EventFormatFilter | '';
  organisation: string;
  page: number;
}

const first = (value: RawQuery[string]): string => {
  const single = Array.isArray(value) ? value[0] : value;
  return typeof single === 'string' ? single : '';
};

/**
 * Reads the list filters from a route query. Anything malformed falls back to its default, so a
 * hand-edited URL shows a list instead of an error.
 */
export function parseEventListQuery(query: RawQuery): EventListFilters {
  const time = first(query.time) === 'past' ? 'past' : 'upcoming';
  const q = first(query.q).trim().slice(0, MAX_QUERY_LENGTH);
  const series = first(query.series);
  const topic = first(query.topic);
  const organisation = first(query.organisation);
  const page = Number.parseInt(first(query.page), 10);
  return {
    time,
    q,
    series: SLUG.test(series) ? series : '',
    topic: SLUG.test(topic) ? topic : '',
    type: oneOf(EVENT_TYPES, first(query.type)),
    format: oneOf(EVENT_FORMATS, first(query.format)),
    organisation: SLUG.test(organisation) ? organisation : '',
    page: Number.isSafeInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}

/** The API query for one page of the list. */
export function toApiQuery(filters: EventListFilters): EventListQuery {
  return {
    time: filters.time,
    page: filters.page,
    pageSize: EVENTS_PAGE_SIZE,
    ...(filters.q ? { q: filters.q } : {}),
    ...(filters.series ? { series: filters.series } : {}),
    ...(filters.topic ? { topic: filters.topic } : {}),
    ...(filters.type ? { type: filters.type } : {}),
    ...(filters.format ? { format: filters.format } : {}),
    ...(filters.organisation ? { organisation: filters.organisation } : {}),
  };
}

/** The URL query of the list with the given filters; defaults are left out. */
export function toRouteQuery(filters: EventListFilters): Record<string, string> {
  const query: Record<string, string> = {};
  if (filters.time !== 'upcoming') query.time = filters.time;
  if (filters.q) query.q = filters.q;
  if (filters.series) query.series = filters.series;
  if (filters.topic) query.topic = filters.topic;
  if (filters.type) query.type = filters.type;
  if (filters.format) query.format = filters.format;
  if (filters.organisation) query.organisation = filters.organisation;
  if (filters.page > 1) query.page = String(filters.page);
  return query;
}

export interface PageLink {
  page: number;
  current: boolean;
}

/**
 * Page numbers to offer: first, last, and the current one with its neighbours; `null` marks a
 * gap ("…").
 */
export function pageWindow(current: number, totalPages: number): (PageLink | null)[] {
  if (totalPages <= 1) return [];
  const wanted = new Set([1, totalPages, current - 1, current, current + 1]);
  const pages = [...wanted].filter((p) => p >= 1 && p <= totalPages).sort((a, b) => a - b);
  const result: (PageLink | null)[] = [];
  let previous = 0;
  for (const page of pages) {
    if (page - previous > 1) result.push(null);
    result.push({ page, current: page === current });
    previous = page;
  }
  return result;
}
