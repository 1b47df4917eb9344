// Every public page: home, the lists, and each event, series, organisation, person and news post.
export default defineEventHandler(async (event) => {
  const { api, siteUrl } = serverContext(event);
  const [events, series, organisations, people, news] = await Promise.all([
    allEvents(api),
    apiBody(api.GET('/api/v1/series')),
    apiBody(api.GET('/api/v1/organisations')),
    apiBody(api.GET('/api/v1/people')),
    apiBody(api.GET('/api/v1/news')),
  ]);
  const paths = [
    '/',
    '/veranstaltungen',
    '/veranstaltungen/kalender',
    '/archiv',
    '/reihen',
    '/organisationen',
    '/aktuelles',
    '/leichte-sprache',
    '/barrierefreiheit',
    '/impressum',
    '/datenschutz',
    ...events.map((e) => `/veranstaltungen/${e.slug}`),
    ...series.items.map((s) => `/reihen/${s.slug}`),
    ...organisations.items.map((o) => `/organisationen/${o.slug}`),
    ...people.items.map((p) => `/personen/${p.slug}`),
    ...news.items.map((n) => `/aktuelles/${n.slug}`),
  ];
  setResponseHeader(event, 'content-type', 'application/xml; charset=utf-8');
  return buildSitemap(siteUrl, paths);
});
