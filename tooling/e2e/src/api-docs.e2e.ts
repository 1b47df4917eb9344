import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, screenshot } from './browser.ts';

const urls = inject('urls');

describe('API documentation', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('renders the interactive OpenAPI documentation with the events operations', async () => {
    const page = await newPage(browser);
    await page.goto(urls.docs);
    await page.getByText('Stadtgespräch API').first().waitFor();
    // Swagger UI renders long documents virtually: only what is scrolled into view exists.
    const listEvents = page.locator('#operations-events-listEvents');
    await expect
      .poll(async () => {
        await page.mouse.wheel(0, 1500);
        return listEvents.count();
      })
      .toBe(1);
    await expect(page.locator('#operations-events-getEvent').count()).resolves.toBe(1);
    await screenshot(page, 'api-docs');
    await page.context().close();
  });
});
