import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createApiClient, type EventDetail } from '@stadtgespraech/api-client';
import { accessibilityViolations, launchBrowser, newPage, screenshot } from './browser.ts';

const urls = inject('urls');
const api = createApiClient(urls.api);

const EVENT = 'demo-klimaschutz-und-klimaanpassung-in-kleinstaedten';
const SERIES = 'kleinstadt-web-talks';

async function event(slug: string): Promise<EventDetail> {
  const { data, error } = await api.GET('/api/v1/events/{slug}', { params: { path: { slug } } });
  if (!data) throw new Error(`event ${slug}: ${JSON.stringify(error)}`);
  return data;
}

/** The Berlin month of an instant, "2026-12". */
function berlinMonth(instant: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Berlin',
    year: 'numeric',
    month: '2-digit',
  }).format(new Date(instant));
}

/** Parses XML in the browser; returns the parser error or the texts of the given elements. */
async function parseXml(page: Page, xml: string, selector: string) {
  return page.evaluate(
    ([source, tag]) => {
      const doc = new DOMParser().parseFromString(source, 'application/xml');
      const failure = doc.querySelector('parsererror');
      return {
        error: failure?.textContent ?? null,
        root: doc.documentElement.nodeName,
        texts: [...doc.getElementsByTagName(tag)].map((node) => node.textContent ?? ''),
      };
    },
    [xml, selector] as const,
  );
}

describe('portal discovery pages', () => {
  let browser: Browser;
  let detail: EventDetail;
  let organisationSlug: string;
  let personSlug: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    detail = await event(EVENT);
    organisationSlug = detail.organisers[0]!.slug;
    personSlug = detail.contributors.find((c) => c.role === 'speaker')!.person.slug;
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('has no WCAG 2.1 AA violations on the calendar, series, organisation, person, archive, overview, Leichte Sprache, Barrierefreiheit and legal pages', async () => {
    const paths: [string, string][] = [
      ['calendar', `/veranstaltungen/kalender?monat=${berlinMonth(detail.startsAt)}`],
      ['series', `/reihen/${SERIES}`],
      ['organisation', `/organisationen/${organisationSlug}`],
      ['person', `/personen/${personSlug}`],
      ['archive', '/archiv'],
      ['archive search', '/archiv?q=Innenstadt'],
      ['easy language', '/leichte-sprache'],
      ['accessibility statement', '/barrierefreiheit'],
      ['series overview', '/reihen'],
      ['organisation overview', '/organisationen'],
      ['organisation overview in English', '/en/organisations'],
      ['legal notice in English', '/en/legal-notice'],
    ];
    const failures: Record<string, string[]> = {};
    for (const [name, path] of paths) {
      const page = await newPage(browser);
      const response = await page.goto(urls.portal + path);
      expect(response?.status(), path).toBe(200);
      expect(await page.locator('h1').count(), path).toBe(1);
      await screenshot(page, `discovery-${name.replace(/\s/g, '-')}`);
      const violations = await accessibilityViolations(page);
      if (violations.length > 0) failures[name] = violations;
      await page.context().close();
    }
    expect(failures).toEqual({});
  });

  it('shows the month as a table with weekday headers, the event of the day as a link, and month links', async () => {
    const page = await newPage(browser);
    const month = berlinMonth(detail.startsAt);
    await page.goto(`${urls.portal}/veranstaltungen/kalender?monat=${month}`);
    const headers = page.locator('table.calendar thead th[scope="col"]');
    expect(await headers.allInnerTexts()).toEqual(['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So']);
    expect(await headers.first().getAttribute('abbr')).toBe('Montag');
    expect(await page.locator('table.calendar caption').innerText()).toMatch(/Veranstaltungen im/);
    await expect(
      page.locator(`table.calendar a[href="/veranstaltungen/${EVENT}"]`).count(),
    ).resolves.toBe(1);
    const [year, number] = month.split('-').map(Number) as [number, number];
    const next =
      number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
    await expect(
      page.locator(`a[href="/veranstaltungen/kalender?monat=${next}"]`).count(),
    ).resolves.toBe(1);
    await page.context().close();
  });

  it('puts schema.org Event JSON-LD into the served HTML of an event page', async () => {
    const html = await (await fetch(`${urls.portal}/veranstaltungen/${EVENT}`)).text();
    const match = /<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/.exec(html);
    expect(match).not.toBeNull();
    const data = JSON.parse(match![1]!) as Record<string, unknown>;
    expect(data['@type']).toBe('Event');
    expect(data.name).toBe(detail.title);
    expect(data.startDate).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    expect(new Date(data.startDate as string).getTime()).toBe(new Date(detail.startsAt).getTime());
    expect(data.eventAttendanceMode).toBe(
      {
        online: 'https://schema.org/OnlineEventAttendanceMode',
        in_person: 'https://schema.org/OfflineEventAttendanceMode',
        hybrid: 'https://schema.org/MixedEventAttendanceMode',
      }[detail.format],
    );
    expect(data.organizer).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ '@type': 'Organization', name: detail.organisers[0]!.name }),
      ]),
    );
    expect(data.performer).toEqual(
      expect.arrayContaining([expect.objectContaining({ '@type': 'Person' })]),
    );
    expect(data.offers).toMatchObject({ '@type': 'Offer', price: 0, priceCurrency: 'EUR' });
    expect(data.inLanguage).toBe('de');
  });

  it('offers add-to-calendar, e-mail sharing and links to speakers, organisers and series on the event page', async () => {
    const html = await (await fetch(`${urls.portal}/veranstaltungen/${EVENT}`)).text();
    expect(html).toContain(`href="/api/v1/events/${EVENT}/calendar.ics"`);
    expect(html).toContain('href="mailto:?subject=');
    expect(html).toContain(`href="/personen/${personSlug}"`);
    expect(html).toContain(`href="/organisationen/${organisationSlug}"`);
    if (detail.series) expect(html).toContain(`href="/reihen/${detail.series.slug}"`);
    expect(html).toMatch(/<link rel="canonical" href="http[^"]+\/veranstaltungen\//);
    expect(html).toContain('property="og:title"');
    const ics = await fetch(`${urls.portal}/api/v1/events/${EVENT}/calendar.ics`);
    expect(ics.status).toBe(200);
    expect(await ics.text()).toContain('BEGIN:VCALENDAR');
  });

  it('serves a sitemap and both RSS feeds as well-formed XML with the expected URLs', async () => {
    const page = await newPage(browser);
    const sitemap = await (await fetch(`${urls.portal}/sitemap.xml`)).text();
    const locs = await parseXml(page, sitemap, 'loc');
    expect(locs.error).toBeNull();
    expect(locs.root).toBe('urlset');
    const paths = locs.texts.map((loc) => new URL(loc).pathname);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/',
        '/veranstaltungen',
        '/archiv',
        `/veranstaltungen/${EVENT}`,
        `/reihen/${SERIES}`,
        `/organisationen/${organisationSlug}`,
        `/personen/${personSlug}`,
      ]),
    );
    const { data: news } = await api.GET('/api/v1/news');
    expect(paths).toContain(`/aktuelles/${news!.items[0]!.slug}`);

    const newsFeed = await fetch(`${urls.portal}/aktuelles/rss.xml`);
    expect(newsFeed.headers.get('content-type')).toContain('application/rss+xml');
    const newsItems = await parseXml(page, await newsFeed.text(), 'link');
    expect(newsItems.error).toBeNull();
    expect(newsItems.root).toBe('rss');
    expect(newsItems.texts.map((l) => new URL(l).pathname)).toContain(
      `/aktuelles/${news!.items[0]!.slug}`,
    );

    const seriesFeed = await (await fetch(`${urls.portal}/reihen/${SERIES}/rss.xml`)).text();
    const seriesItems = await parseXml(page, seriesFeed, 'link');
    expect(seriesItems.error).toBeNull();
    expect(seriesItems.texts.map((l) => new URL(l).pathname)).toContain(
      `/veranstaltungen/${EVENT}`,
    );
    const pubDates = await parseXml(page, seriesFeed, 'pubDate');
    for (const date of pubDates.texts) {
      expect(date).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    }
    const seriesPage = await (await fetch(`${urls.portal}/reihen/${SERIES}`)).text();
    expect(seriesPage).toMatch(
      new RegExp(`<link[^>]*rel="alternate"[^>]*href="[^"]*/reihen/${SERIES}/rss.xml"`),
    );

    const robots = await (await fetch(`${urls.portal}/robots.txt`)).text();
    expect(robots).toMatch(/Allow: \//);
    expect(robots).toMatch(/Sitemap: http\S+\/sitemap\.xml/);
    await page.context().close();
  });

  it('filters the list by type and format without JavaScript', async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      locale: 'de-DE',
      timezoneId: 'Europe/Berlin',
    });
    const page = await context.newPage();
    await page.goto(`${urls.portal}/veranstaltungen`);
    await page.locator('#filter-type').selectOption('web_talk');
    await page.locator('#filter-format').selectOption('online');
    await Promise.all([
      page.waitForURL(/type=web_talk/),
      page.getByRole('button', { name: 'Anzeigen' }).click(),
    ]);
    const url = new URL(page.url());
    expect(url.searchParams.get('type')).toBe('web_talk');
    expect(url.searchParams.get('format')).toBe('online');
    const { data } = await api.GET('/api/v1/events', {
      params: { query: { time: 'upcoming', type: 'web_talk', format: 'online', pageSize: 10 } },
    });
    const shown = await page
      .locator('.results .event-card__title a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(shown).toEqual(data!.items.map((e) => `/veranstaltungen/${e.slug}`));
    expect(await page.locator('#filter-type').inputValue()).toBe('web_talk');
    await context.close();
  });

  it.each([
    ['home', '/'],
    ['events list', '/veranstaltungen'],
    ['event page', `/veranstaltungen/${EVENT}`],
    ['calendar', '/veranstaltungen/kalender'],
  ])('does not scroll sideways at 320 px on the %s', async (name, path) => {
    const page = await newPage(browser, { width: 320 });
    await page.goto(urls.portal + path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, `discovery-320-${name.replace(/\s/g, '-')}`);
    await page.context().close();
  });

  it.each([
    ['home', '/'],
    ['event page', `/veranstaltungen/${EVENT}`],
  ])('keeps the %s readable and usable when zoomed to 200 per cent', async (name, path) => {
    // Browser zoom of 200 % on a 1280 px window: 640 CSS pixels at twice the pixel density.
    const context = await browser.newContext({
      locale: 'de-DE',
      viewport: { width: 640, height: 450 },
      deviceScaleFactor: 2,
    });
    const page = await context.newPage();
    await page.goto(urls.portal + path);
    const overflow = () =>
      page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
    expect(await overflow()).toBeLessThanOrEqual(0);
    // The main navigation stays on screen, not cut off or hidden.
    for (const link of await page.locator('.site-nav a').all()) {
      const box = await link.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.x + box!.width).toBeLessThanOrEqual(640);
    }
    await screenshot(page, `discovery-zoom-200-${name.replace(/\s/g, '-')}`);

    // Text alone enlarged to 200 % (the browser's text-size setting) at the full window width.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
    expect(await overflow()).toBeLessThanOrEqual(0);
    const clipped = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('main h1, main h2, main p, main a, main button')]
        .filter((element) => element.scrollWidth > element.clientWidth + 1)
        .filter((element) => getComputedStyle(element).overflowX === 'hidden')
        .map((element) => element.textContent?.trim().slice(0, 40)),
    );
    expect(clipped).toEqual([]);
    await context.close();
  });
});
