// RSS 2.0 of the news, latest first.
export default defineEventHandler(async (event) => {
  const { api, siteUrl } = serverContext(event);
  const news = await apiBody(api.GET('/api/v1/news'));
  const items = [...news.items]
    .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
    .map((post) => ({
      title: post.title,
      link: `${siteUrl}/aktuelles/${post.slug}`,
      description: post.teaser,
      pubDate: post.publishedAt,
    }));
  setResponseHeader(event, 'content-type', 'application/rss+xml; charset=utf-8');
  return buildRss({
    title: 'Stadtgespräch – Aktuelles',
    link: `${siteUrl}/aktuelles`,
    description: 'Berichte und Ankündigungen aus den Kleinstadt-Netzwerken.',
    selfUrl: `${siteUrl}/aktuelles/rss.xml`,
    items,
  });
});
