import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { createApiClient, type EventDetail } from '@stadtgespraech/api-client';
import { formatDateLine } from '@stadtgespraech/domain/rules';
import { accessibilityViolations, launchBrowser, newPage, screenshot } from './browser.ts';

const urls = inject('urls');
const api = createApiClient(urls.api);

async function event(slug: string): Promise<EventDetail> {
  const { data, error } = await api.GET('/api/v1/events/{slug}', { params: { path: { slug } } });
  if (!data) throw new Error(`event ${slug}: ${JSON.stringify(error)}`);
  return data;
}

describe('public portal', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the upcoming demo events on the home page, server-rendered in German', async () => {
    const response = await fetch(urls.portal);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toMatch(/<html[^>]*lang="de"/);
    expect(html).toContain('Kommende Termine');
    expect(html).toContain(
      'href="/veranstaltungen/demo-klimaschutz-und-klimaanpassung-in-kleinstaedten"',
    );
  });

  it('leads from the home page to an event page with its date line, questions and speaker', async () => {
    const page = await newPage(browser);
    await page.goto(urls.portal);
    const link = page
      .locator('a[href="/veranstaltungen/demo-klimaschutz-und-klimaanpassung-in-kleinstaedten"]')
      .first();
    await link.click();
    await page.waitForURL(
      '**/veranstaltungen/demo-klimaschutz-und-klimaanpassung-in-kleinstaedten',
    );
    const detail = await event('demo-klimaschutz-und-klimaanpassung-in-kleinstaedten');
    // Client-side navigation changes the URL before it renders: wait for the new heading.
    await page.getByRole('heading', { level: 1, name: detail.title }).waitFor();
    expect(await page.locator('h1').allInnerTexts()).toEqual([detail.title]);
    const body = await page.locator('main').innerText();
    expect(body).toContain(formatDateLine(detail, 'de'));
    expect(body).toContain(detail.discussionQuestions[0]);
    expect(body).toContain('Jana Beispiel');
    await screenshot(page, 'portal-event');
    await page.context().close();
  });

  it('prints the seeds’ date line for the Osterburg web talk exactly', async () => {
    const page = await newPage(browser);
    await page.goto(
      `${urls.portal}/veranstaltungen/demokratie-staerken-per-buergerrat-zum-klimaschutzkonzept`,
    );
    await expect(page.locator('main').innerText()).resolves.toContain(
      '03. Juli 2024 | Online | 10:00-11:00 Uhr',
    );
    await page.context().close();
  });

  it('answers an unknown event with a helpful 404 page', async () => {
    const response = await fetch(`${urls.portal}/veranstaltungen/gibt-es-nicht`);
    expect(response.status).toBe(404);
  });

  it.each([
    ['home', '/'],
    ['events list', '/veranstaltungen'],
    ['event page', '/veranstaltungen/auftakt-gemeinsam-fuer-das-quartier-2021'],
  ])('has no WCAG 2.1 AA violations on the %s', async (name, path) => {
    const page = await newPage(browser);
    await page.goto(urls.portal + path);
    await screenshot(page, `portal-${name.replace(/\s/g, '-')}`);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('sets no cookie and stores nothing in the visitor’s browser', async () => {
    const page = await newPage(browser);
    await page.goto(urls.portal);
    await page.goto(
      `${urls.portal}/veranstaltungen/demokratie-staerken-per-buergerrat-zum-klimaschutzkonzept`,
    );
    expect(await page.context().cookies()).toEqual([]);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
    await page.context().close();
  });
});
