import { formatDateLine } from '@stadtgespraech/domain/rules';

// RSS 2.0 of one series: its events, newest start first; the date is when the event starts.
export default defineEventHandler(async (event) => {
  const { api, siteUrl } = serverContext(event);
  const slug = getRouterParam(event, 'slug') ?? '';
  const series = await apiBody(api.GET('/api/v1/series/{slug}', { params: { path: { slug } } }));
  const events = await allEvents(api, { series: series.slug });
  const items = events
    .sort((a, b) => b.startsAt.localeCompare(a.startsAt))
    .map((item) => ({
      title: item.title,
      link: `${siteUrl}/veranstaltungen/${item.slug}`,
      description: [formatDateLine(item, 'de'), item.subtitle, item.summary]
        .filter(Boolean)
        .join(' – '),
      pubDate: item.startsAt,
    }));
  setResponseHeader(event, 'content-type', 'application/rss+xml; charset=utf-8');
  return buildRss({
    title: `${series.title} – Stadtgespräch`,
    link: `${siteUrl}/reihen/${series.slug}`,
    description: series.subtitle ?? series.description ?? series.title,
    selfUrl: `${siteUrl}/reihen/${series.slug}/rss.xml`,
    items,
  });
});
