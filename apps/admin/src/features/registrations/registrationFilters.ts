import type { StaffRegistrationListQuery } from '@stadtgespraech/api-client';
import {
  AttendanceFilter,
  ExportFormat,
  RegistrationSort,
  RegistrationStatus,
  SortDirection,
} from '@stadtgespraech/domain/registrations';
import { Bundesland, OrganisationType } from '@stadtgespraech/domain/organisations';
import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import { queryText } from '../../lib/routeQuery';

/** Rows loaded per step of "Weitere laden". */
export const REGISTRATIONS_PAGE_SIZE = 50;

/** The filters and order of the registration table, as the page works with them. */
export interface RegistrationFilters {
  status: RegistrationStatus | '';
  q: string;
  organisationType: OrganisationType | '';
  bundesland: Bundesland | '';
  attended: AttendanceFilter | '';
  /** `question_key:value`, or empty. */
  answer: string;
  sort: RegistrationSort;
  direction: SortDirection;
}

export const DEFAULT_REGISTRATION_FILTERS: Readonly<RegistrationFilters> = Object.freeze({
  status: '',
  q: '',
  organisationType: '',
  bundesland: '',
  attended: '',
  answer: '',
  sort: RegistrationSort.Registered,
  direction: SortDirection.Desc,
});

// In the address with German names, so a filtered table can be bookmarked or shared.
const KEYS = {
  status: 'status',
  q: 'suche',
  organisationType: 'organisationsart',
  bundesland: 'land',
  attended: 'anwesend',
  answer: 'antwort',
  sort: 'sortierung',
  direction: 'richtung',
} as const satisfies Record<keyof RegistrationFilters, string>;

const ALLOWED: { [K in keyof RegistrationFilters]?: readonly string[] } = {
  status: Object.values(RegistrationStatus),
  organisationType: Object.values(OrganisationType),
  bundesland: Object.values(Bundesland),
  attended: Object.values(AttendanceFilter),
  sort: Object.values(RegistrationSort),
  direction: Object.values(SortDirection),
};

/** Reads the filters from the route query; unknown values fall back to the defaults. */
export function registrationFiltersFromQuery(query: LocationQuery): RegistrationFilters {
  const filters = { ...DEFAULT_REGISTRATION_FILTERS } as Record<keyof RegistrationFilters, string>;
  for (const key of Object.keys(KEYS) as (keyof RegistrationFilters)[]) {
    const value = queryText(query[KEYS[key]]);
    if (!value) continue;
    const allowed = ALLOWED[key];
    if (!allowed || allowed.includes(value)) filters[key] = value;
  }
  if (filters.answer && !/^[a-z0-9_]{1,40}:./s.test(filters.answer)) filters.answer = '';
  return filters as unknown as RegistrationFilters;
}

/** The route query for `filters`, without the defaults. */
export function registrationFiltersToQuery(filters: RegistrationFilters): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  for (const key of Object.keys(KEYS) as (keyof RegistrationFilters)[]) {
    const value = String(filters[key]).trim();
    if (value && value !== DEFAULT_REGISTRATION_FILTERS[key]) query[KEYS[key]] = value;
  }
  return query;
}

/** The query of GET …/registrations for `filters`, continuing after `cursor` when given. */
export function registrationFiltersToApiQuery(
  filters: RegistrationFilters,
  cursor: string | null = null,
): StaffRegistrationListQuery {
  const query: StaffRegistrationListQuery = {
    sort: filters.sort,
    direction: filters.direction,
    limit: REGISTRATIONS_PAGE_SIZE,
  };
  if (filters.status) query.status = filters.status;
  if (filters.q.trim()) query.q = filters.q.trim();
  if (filters.organisationType) query.organisationType = filters.organisationType;
  if (filters.bundesland) query.bundesland = filters.bundesland;
  if (filters.attended) query.attended = filters.attended;
  if (filters.answer) query.answer = filters.answer;
  if (cursor) query.cursor = cursor;
  return query;
}

/** True when anything but the status tabs and the order narrows the table. */
export function hasNarrowingRegistrationFilters(filters: RegistrationFilters): boolean {
  return Boolean(
    filters.q ||
    filters.organisationType ||
    filters.bundesland ||
    filters.attended ||
    filters.answer,
  );
}

/** Clicking a column's header: a new column sorts ascending, the same one flips the direction. */
export function nextSort(
  filters: RegistrationFilters,
  sort: RegistrationSort,
): Pick<RegistrationFilters, 'sort' | 'direction'> {
  if (filters.sort !== sort) return { sort, direction: SortDirection.Asc };
  return {
    sort,
    direction: filters.direction === SortDirection.Asc ? SortDirection.Desc : SortDirection.Asc,
  };
}

/**
 * The address of the export (CSV or Excel) of the table as filtered, with the chosen columns (all
 * when `columns` is empty or every column). A plain link: the browser downloads with the session.
 */
export function exportHref(
  eventId: string,
  filters: RegistrationFilters,
  columns: readonly string[] = [],
  format: ExportFormat = ExportFormat.Csv,
): string {
  const {
    sort: _sort,
    direction: _direction,
    limit: _limit,
    ...query
  } = registrationFiltersToApiQuery(filters);
  const params = new URLSearchParams(query as Record<string, string>);
  if (format !== ExportFormat.Csv) params.set('format', format);
  if (columns.length > 0) params.set('columns', columns.join(','));
  const search = params.toString();
  return `/api/v1/staff/events/${eventId}/registrations/export${search ? `?${search}` : ''}`;
}
