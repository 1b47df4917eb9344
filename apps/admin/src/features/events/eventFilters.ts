import type { StaffEventListQuery } from '@stadtgespraech/api-client';
import { EventFormat, type EventStatus, EventType } from '@stadtgespraech/domain/events';
import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import { queryPage, queryText } from '../../lib/routeQuery';

export const EVENTS_PAGE_SIZE = 20;
/** Pause in typing after which the search is applied. */
export const SEARCH_DEBOUNCE_MS = 300;

export const TIME_RANGES = ['upcoming', 'past', 'all'] as const;
export type TimeRange = (typeof TIME_RANGES)[number];

/** The filters of the event list, as the page works with them. */
export interface EventFilters {
  time: TimeRange;
  q: string;
  series: string;
  type: EventType | '';
  format: EventFormat | '';
  status: EventStatus | '';
  page: number;
}

export const DEFAULT_FILTERS: Readonly<EventFilters> = Object.freeze({
  time: 'upcoming',
  q: '',
  series: '',
  type: '',
  format: '',
  status: '',
  page: 1,
});

// The filters live in the address (German parameter names like the paths), so reloading or
// sharing a link keeps them.
const TIME_IN_URL: Record<TimeRange, string> = {
  upcoming: 'kommende',
  past: 'vergangene',
  all: 'alle',
};

const EVENT_TYPES: readonly string[] = Object.values(EventType);
const EVENT_FORMATS: readonly string[] = Object.values(EventFormat);
const STATUS_IN_URL: Record<EventStatus, string> = {
  draft: 'entwurf',
  published: 'veroeffentlicht',
  cancelled: 'abgesagt',
};

/** Reads the filters from the route query; unknown or broken values fall back to the defaults. */
export function filtersFromQuery(query: LocationQuery): EventFilters {
  const timeParam = queryText(query.zeitraum);
  const time =
    TIME_RANGES.find((range) => TIME_IN_URL[range] === timeParam) ?? DEFAULT_FILTERS.time;
  const type = queryText(query.art);
  const format = queryText(query.format);
  const statusParam = queryText(query.status);
  const status = (Object.keys(STATUS_IN_URL) as EventStatus[]).find(
    (value) => STATUS_IN_URL[value] === statusParam,
  );
  return {
    time,
    q: queryText(query.suche),
    series: queryText(query.reihe),
    type: EVENT_TYPES.includes(type) ? (type as EventType) : '',
    format: EVENT_FORMATS.includes(format) ? (format as EventFormat) : '',
    status: status ?? '',
    page: queryPage(query.seite),
  };
}

/** The route query for `filters`; defaults are left out so the plain address shows the default. */
export function filtersToQuery(filters: EventFilters): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (filters.time !== DEFAULT_FILTERS.time) query.zeitraum = TIME_IN_URL[filters.time];
  if (filters.q.trim()) query.suche = filters.q.trim();
  if (filters.series) query.reihe = filters.series;
  if (filters.type) query.art = filters.type;
  if (filters.format) query.format = filters.format;
  if (filters.status) query.status = STATUS_IN_URL[filters.status];
  if (filters.page > 1) query.seite = String(filters.page);
  return query;
}

/** The query of GET /api/v1/staff/events for `filters`. */
export function filtersToApiQuery(filters: EventFilters): StaffEventListQuery {
  const query: StaffEventListQuery = { page: filters.page, pageSize: EVENTS_PAGE_SIZE };
  if (filters.time !== 'all') query.time = filters.time;
  if (filters.q.trim()) query.q = filters.q.trim();
  if (filters.series) query.series = filters.series;
  if (filters.type) query.type = filters.type;
  if (filters.format) query.format = filters.format;
  if (filters.status) query.status = filters.status;
  return query;
}

/** True when any filter narrows the list beyond the default time range. */
export function hasNarrowingFilters(filters: EventFilters): boolean {
  return Boolean(filters.q || filters.series || filters.type || filters.format || filters.status);
}
