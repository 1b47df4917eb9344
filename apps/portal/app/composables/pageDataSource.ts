import type { ApiClient } from '@stadtgespraech/api-client';
import type { LocationQuery, RouteParamsGeneric, RouteRecordNameGeneric } from 'vue-router';

/** The data source of the page a route shows, or null for pages without API data. */
export function pageDataSource(
  route: { name?: RouteRecordNameGeneric | null; params: RouteParamsGeneric; query: LocationQuery },
  api: ApiClient,
) {
  const slug = String(route.params.slug ?? '');
  switch (baseRouteName(route.name)) {
    case 'index':
      return homeSource(api);
    case 'veranstaltungen':
      return eventListSource(api, route.query);
    case 'veranstaltungen-slug':
      return eventSource(api, slug);
    case 'aktuelles':
      return newsListSource(api);
    case 'aktuelles-slug':
      return newsPostSource(api, slug);
    case 'veranstaltungen-kalender':
      return calendarSource(api, parseMonth(route.query.monat));
    case 'archiv':
      return archiveSource(api, route.query);
    case 'reihen':
      return seriesListSource(api);
    case 'organisationen':
      return organisationListSource(api);
    case 'reihen-slug':
      return seriesSource(api, slug);
    case 'organisationen-slug':
      return organisationSource(api, slug);
    case 'personen-slug':
      return personSource(api, slug);
    default:
      return null;
  }
}
