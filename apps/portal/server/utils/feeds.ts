import { localisePath } from '@stadtgespraech/domain/portal';

// Control characters other than tab, line feed and carriage return, and U+FFFE/U+FFFF.
const FORBIDDEN = new RegExp(
  '[' + String.fromCharCode(0) + '-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]',
  'g',
);

/** XML text and attribute escaping. */
export function escapeXml(value: string): string {
  return (
    value
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      // Characters XML 1.0 does not allow.
      .replace(FORBIDDEN, '')
  );
}

/** An RFC 822 date as RSS 2.0 wants it: "Wed, 03 Jul 2024 08:00:00 GMT". */
export function rfc822(instant: string | Date): string {
  return new Date(instant).toUTCString();
}

export interface RssItem {
  title: string;
  link: string;
  description?: string | null;
  pubDate: string | Date;
  guid?: string;
}

export interface RssChannel {
  title: string;
  link: string;
  description: string;
  /** The feed's own address, for atom:link rel="self". */
  selfUrl: string;
  items: RssItem[];
}

/** An RSS 2.0 document. */
export function buildRss(channel: RssChannel): string {
  const items = channel.items.map((item) =>
    [
      '    <item>',
      `      <title>${escapeXml(item.title)}</title>`,
      `      <link>${escapeXml(item.link)}</link>`,
      item.description ? `      <description>${escapeXml(item.description)}</description>` : '',
      `      <pubDate>${rfc822(item.pubDate)}</pubDate>`,
      `      <guid isPermaLink="true">${escapeXml(item.guid ?? item.link)}</guid>`,
      '    </item>',
    ]
      .filter(Boolean)
      .join('\n'),
  );
  const latest = channel.items
    .map((item) => new Date(item.pubDate).getTime())
    .reduce((a, b) => Math.max(a, b), 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${escapeXml(channel.title)}</title>`,
    `    <link>${escapeXml(channel.link)}</link>`,
    `    <description>${escapeXml(channel.description)}</description>`,
    '    <language>de-DE</language>',
    `    <atom:link href="${escapeXml(channel.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    latest > 0 ? `    <lastBuildDate>${rfc822(new Date(latest))}</lastBuildDate>` : '',
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * A sitemap of absolute URLs for the given German paths; `siteUrl` without trailing slash. Pages
 * with an English version appear in both languages, each naming the other as its alternate.
 */
export function buildSitemap(siteUrl: string, germanPaths: readonly string[]): string {
  const entry = (loc: string, alternates: { de: string; en: string } | null) =>
    [
      `  <url><loc>${escapeXml(`${siteUrl}${loc}`)}</loc>`,
      ...(alternates
        ? (['de', 'en'] as const).map(
            (language) =>
              `<xhtml:link rel="alternate" hreflang="${language}" href="${escapeXml(`${siteUrl}${alternates[language]}`)}"/>`,
          )
        : []),
      '</url>',
    ].join('');
  const urls = [...new Set(germanPaths)].flatMap((path) => {
    const english = localisePath(path, 'en');
    if (english === path) return [entry(path, null)];
    const alternates = { de: path, en: english };
    return [entry(path, alternates), entry(english, alternates)];
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}
