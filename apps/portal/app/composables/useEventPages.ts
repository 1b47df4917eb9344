import type {
  ApiClient,
  EventDetail,
  EventPage,
  EventSummary,
  NewsSummary,
  OrganisationRef,
  Series,
  Topic,
} from '@stadtgespraech/api-client';
import type { LocationQuery } from 'vue-router';

export interface HomeData {
  events: EventSummary[];
  eventsTotal: number;
  series: Series[];
  news: NewsSummary[];
}

/** Upcoming events, series and the three latest news of the home page. */
export function homeSource(api: ApiClient): PageDataSource<HomeData> {
  return {
    key: 'home',
    load: async () => {
      const [events, series, news] = await Promise.all([
        apiData(
          api.GET('/api/v1/events', { params: { query: { time: 'upcoming', pageSize: 6 } } }),
        ),
        apiData(api.GET('/api/v1/series')),
        apiData(api.GET('/api/v1/news')),
      ]);
      return {
        events: events.items,
        eventsTotal: events.total,
        series: series.items,
        news: latestFirst(news.items).slice(0, 3),
      };
    },
  };
}

export interface EventListData {
  page: EventPage;
  series: Series[];
  topics: Topic[];
  organisations: OrganisationRef[];
}

/** One page of the events list as a URL query asks for it, plus the options of its filters. */
export function eventListSource(
  api: ApiClient,
  query: LocationQuery,
): PageDataSource<EventListData> {
  const filters = parseEventListQuery(query);
  return {
    key: `events:${JSON.stringify(toRouteQuery(filters))}`,
    load: async () => {
      const [page, series, topics, organisations] = await Promise.all([
        apiData(api.GET('/api/v1/events', { params: { query: toApiQuery(filters) } })),
        apiData(api.GET('/api/v1/series')),
        apiData(api.GET('/api/v1/topics')),
        apiData(api.GET('/api/v1/organisations')),
      ]);
      return {
        page,
        series: series.items,
        topics: topics.items,
        organisations: [...organisations.items].sort((a, b) => a.name.localeCompare(b.name, 'de')),
      };
    },
  };
}

/** One event with everything its page shows. */
export function eventSource(api: ApiClient, slug: string): PageDataSource<EventDetail> {
  return {
    key: `event:${slug}`,
    load: () => apiData(api.GET('/api/v1/events/{slug}', { params: { path: { slug } } })),
  };
}

export function useHomePage() {
  return usePageData(homeSource(useApi()));
}

export async function useEventList() {
  const api = useApi();
  const route = useRoute();
  const filters = computed(() => parseEventListQuery(route.query));
  const data = await usePageData(() => eventListSource(api, route.query));
  return { filters, data };
}

export function useEventPage(slug: string) {
  return usePageData(eventSource(useApi(), slug));
}
