import { describe, expect, it } from 'vitest';
import { buildRss, buildSitemap, escapeXml, rfc822 } from './feeds';

describe('escapeXml', () => {
  it('escapes markup and drops characters XML forbids', () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>\u0001`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;',
    );
  });
});

describe('rfc822', () => {
  it('formats dates as RFC 822 in GMT', () => {
    expect(rfc822('2024-07-03T08:00:00.000Z')).toBe('Wed, 03 Jul 2024 08:00:00 GMT');
  });
});

describe('buildRss', () => {
  const xml = buildRss({
    title: 'Kleinstadt Web-Talks',
    link: 'https://portal.example/reihen/kleinstadt-web-talks',
    description: 'Termine & Berichte',
    selfUrl: 'https://portal.example/reihen/kleinstadt-web-talks/rss.xml',
    items: [
      {
        title: 'Bürgerrat <live>',
        link: 'https://portal.example/veranstaltungen/buergerrat?a=1&b=2',
        description: 'Fragen & Antworten',
        pubDate: '2024-07-03T08:00:00.000Z',
      },
    ],
  });

  it('writes an RSS 2.0 channel with escaped items', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"')).toBe(true);
    expect(xml).toContain('<description>Termine &amp; Berichte</description>');
    expect(xml).toContain('<title>Bürgerrat &lt;live&gt;</title>');
    expect(xml).toContain(
      '<link>https://portal.example/veranstaltungen/buergerrat?a=1&amp;b=2</link>',
    );
    expect(xml).toContain('<pubDate>Wed, 03 Jul 2024 08:00:00 GMT</pubDate>');
    expect(xml).toContain('<lastBuildDate>Wed, 03 Jul 2024 08:00:00 GMT</lastBuildDate>');
    expect(xml).toContain(
      '<atom:link href="https://portal.example/reihen/kleinstadt-web-talks/rss.xml" rel="self" type="application/rss+xml"/>',
    );
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
  });

  it('writes an empty channel without items', () => {
    const empty = buildRss({
      title: 'A',
      link: 'https://x',
      description: 'B',
      selfUrl: 'https://x/rss.xml',
      items: [],
    });
    expect(empty).not.toContain('<item>');
    expect(empty).toContain('</channel>');
  });
});

describe('buildSitemap', () => {
  it('lists each absolute URL once, German-only pages once and others in both languages', () => {
    const xml = buildSitemap('https://portal.example', ['/', '/veranstaltungen', '/', '/a?b&c']);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"');
    expect(xml.match(/<loc>/g)).toHaveLength(5);
    expect(xml).toContain('<loc>https://portal.example/</loc>');
    expect(xml).toContain('<loc>https://portal.example/en</loc>');
    expect(xml).toContain('<loc>https://portal.example/en/events</loc>');
    expect(xml).toContain('<url><loc>https://portal.example/a?b&amp;c</loc></url>');
  });

  it('names both language versions as alternates of each', () => {
    const xml = buildSitemap('https://portal.example', ['/veranstaltungen/x']);
    const alternates =
      '<xhtml:link rel="alternate" hreflang="de" href="https://portal.example/veranstaltungen/x"/>' +
      '<xhtml:link rel="alternate" hreflang="en" href="https://portal.example/en/events/x"/>';
    expect(xml).toContain(`<loc>https://portal.example/veranstaltungen/x</loc>${alternates}`);
    expect(xml).toContain(`<loc>https://portal.example/en/events/x</loc>${alternates}`);
  });
});
