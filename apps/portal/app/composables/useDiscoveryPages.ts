import type {
  ApiClient,
  EventSummary,
  Organisation,
  OrganisationRef,
  Person,
  Series,
} from '@stadtgespraech/api-client';
import type { LocationQuery } from 'vue-router';

const LIST_SIZE = 100;
export const ARCHIVE_PAGE_SIZE = 10;

export interface SeriesPageData {
  series: Series;
  upcoming: EventSummary[];
  past: EventSummary[];
}

/** A series with its upcoming talks (soonest first) and past talks (latest first). */
export function seriesSource(api: ApiClient, slug: string): PageDataSource<SeriesPageData> {
  return {
    key: `series:${slug}`,
    load: async () => {
      const [series, upcoming, past] = await Promise.all([
        apiData(api.GET('/api/v1/series/{slug}', { params: { path: { slug } } })),
        apiData(
          api.GET('/api/v1/events', {
            params: { query: { series: slug, time: 'upcoming', pageSize: LIST_SIZE } },
          }),
        ),
        apiData(
          api.GET('/api/v1/events', {
            params: { query: { series: slug, time: 'past', pageSize: LIST_SIZE } },
          }),
        ),
      ]);
      return { series, upcoming: upcoming.items, past: past.items };
    },
  };
}

export interface SeriesListPageData {
  series: Series[];
}

/** Every series, as the API lists them. */
export function seriesListSource(api: ApiClient): PageDataSource<SeriesListPageData> {
  return {
    key: 'series-list',
    load: async () => ({ series: (await apiData(api.GET('/api/v1/series'))).items }),
  };
}

export interface OrganisationListPageData {
  /** Organisations grouped by type, in the order of `ORGANISATION_TYPE_ORDER`, names sorted. */
  groups: { type: OrganisationRef['type']; organisations: OrganisationRef[] }[];
}

/** The order of organisation types on the overview: the networks' carriers first. */
export const ORGANISATION_TYPE_ORDER: readonly OrganisationRef['type'][] = [
  'federal_authority',
  'research_institute',
  'association',
  'academy',
  'foundation',
  'municipality',
  'county',
  'initiative',
  'company',
  'other',
];

/** Groups organisations by type (in `ORGANISATION_TYPE_ORDER`), each group sorted by name. */
export function groupOrganisations(
  organisations: readonly OrganisationRef[],
): OrganisationListPageData['groups'] {
  return ORGANISATION_TYPE_ORDER.map((type) => ({
    type,
    organisations: organisations
      .filter((o) => o.type === type)
      .sort((a, b) => a.name.localeCompare(b.name, 'de')),
  })).filter((group) => group.organisations.length > 0);
}

/** Every organisation, grouped by type. */
export function organisationListSource(api: ApiClient): PageDataSource<OrganisationListPageData> {
  return {
    key: 'organisation-list',
    load: async () => ({
      groups: groupOrganisations((await apiData(api.GET('/api/v1/organisations'))).items),
    }),
  };
}

export interface OrganisationPageData {
  organisation: Organisation;
  upcoming: EventSummary[];
  past: EventSummary[];
}

/** An organisation with the events it (co-)organises. */
export function organisationSource(
  api: ApiClient,
  slug: string,
): PageDataSource<OrganisationPageData> {
  return {
    key: `organisation:${slug}`,
    load: async () => {
      const [organisation, upcoming, past] = await Promise.all([
        apiData(api.GET('/api/v1/organisations/{slug}', { params: { path: { slug } } })),
        apiData(
          api.GET('/api/v1/events', {
            params: { query: { organisation: slug, time: 'upcoming', pageSize: LIST_SIZE } },
          }),
        ),
        apiData(
          api.GET('/api/v1/events', {
            params: { query: { organisation: slug, time: 'past', pageSize: LIST_SIZE } },
          }),
        ),
      ]);
      return { organisation, upcoming: upcoming.items, past: past.items };
    },
  };
}

export interface PersonPageData {
  person: Person;
  upcoming: Person['events'];
  past: Person['events'];
}

/** A speaker or moderator with their talks, split at the moment the page is rendered. */
export function personSource(api: ApiClient, slug: string): PageDataSource<PersonPageData> {
  return {
    key: `person:${slug}`,
    load: async () => {
      const person = await apiData(
        api.GET('/api/v1/people/{slug}', { params: { path: { slug } } }),
      );
      const now = Date.now();
      const byStart = [...person.events].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
      return {
        person,
        upcoming: byStart.filter((e) => new Date(e.endsAt).getTime() >= now),
        past: byStart.filter((e) => new Date(e.endsAt).getTime() < now).reverse(),
      };
    },
  };
}

export interface ArchiveQuery {
  q: string;
  page: number;
}

export function parseArchiveQuery(query: LocationQuery): ArchiveQuery {
  const { q, page } = parseEventListQuery(query);
  return { q, page };
}

export interface ArchivePageData {
  total: number;
  items: EventSummary[];
}

/**
 * One page of past events, those with documentation first, then latest first. The API cannot sort
 * by documentation, so the portal sorts the latest 100 matches itself.
 */
export function archiveSource(
  api: ApiClient,
  query: LocationQuery,
): PageDataSource<ArchivePageData> {
  const { q, page } = parseArchiveQuery(query);
  return {
    key: `archive:${JSON.stringify({ q, page })}`,
    load: async () => {
      const result = await apiData(
        api.GET('/api/v1/events', {
          params: { query: { time: 'past', pageSize: LIST_SIZE, ...(q ? { q } : {}) } },
        }),
      );
      const sorted = [...result.items].sort(
        (a, b) =>
          Number(b.hasDocumentation) - Number(a.hasDocumentation) ||
          b.startsAt.localeCompare(a.startsAt),
      );
      const start = (page - 1) * ARCHIVE_PAGE_SIZE;
      return { total: sorted.length, items: sorted.slice(start, start + ARCHIVE_PAGE_SIZE) };
    },
  };
}

export interface CalendarPageData {
  events: EventSummary[];
}

/** The events starting in one month (Berlin dates). */
export function calendarSource(
  api: ApiClient,
  month: CalendarMonth,
): PageDataSource<CalendarPageData> {
  const { from, to } = monthRange(month);
  return {
    key: `calendar:${monthKey(month)}`,
    load: async () => {
      const result = await apiData(
        api.GET('/api/v1/events', { params: { query: { from, to, pageSize: LIST_SIZE } } }),
      );
      return { events: result.items };
    },
  };
}

export function useSeriesListPage() {
  return usePageData(seriesListSource(useApi()));
}

export function useOrganisationListPage() {
  return usePageData(organisationListSource(useApi()));
}

export function useSeriesPage(slug: string) {
  return usePageData(seriesSource(useApi(), slug));
}

export function useOrganisationPage(slug: string) {
  return usePageData(organisationSource(useApi(), slug));
}

export function usePersonPage(slug: string) {
  return usePageData(personSource(useApi(), slug));
}

export async function useArchivePage() {
  const api = useApi();
  const route = useRoute();
  const query = computed(() => parseArchiveQuery(route.query));
  const data = await usePageData(() => archiveSource(api, route.query));
  return { query, data };
}

export async function useCalendarPage() {
  const api = useApi();
  const route = useRoute();
  const month = computed(() => parseMonth(route.query.monat));
  const data = await usePageData(() => calendarSource(api, month.value));
  return { month, data };
}
