import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { accessibilityViolations, launchBrowser, newPage, screenshot } from './browser.ts';

const urls = inject('urls');

describe('admin app', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lists the events from the API in a table', async () => {
    const page = await newPage(browser);
    await page.goto(`${urls.admin}/veranstaltungen`);
    await expect(page.locator('h1').innerText()).resolves.toBe('Veranstaltungen');
    await page.locator('table tbody tr').first().waitFor();
    const table = await page.locator('table').innerText();
    expect(table).toContain('Klimaschutz und Klimaanpassung in Kleinstädten');
    await screenshot(page, 'admin-events');
    await page.context().close();
  });

  it.each([
    ['overview', '/'],
    ['events', '/veranstaltungen'],
  ])('has no WCAG 2.1 AA violations on the %s page', async (_name, path) => {
    const page = await newPage(browser);
    await page.goto(urls.admin + path);
    await page.locator('main#inhalt h1').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });
});
