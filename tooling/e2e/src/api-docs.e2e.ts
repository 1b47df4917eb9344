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
    // Swagger UI renders long documents virtually: only what is near the view exists. Scroll in
    // small steps until both operations are rendered at once.
    const operations = page.locator('#operations-events-listEvents, #operations-events-getEvent');
    await expect
      .poll(
        async () => {
          const found = await operations.count();
          if (found < 2) await page.mouse.wheel(0, 500);
          return found;
        },
        { timeout: 20_000 },
      )
      .toBe(2);
    await screenshot(page, 'api-docs');
    await page.context().close();
  });
});
