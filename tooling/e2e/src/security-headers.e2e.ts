import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage } from './browser.ts';

const urls = inject('urls');
const EVENT = 'demo-klimaschutz-und-klimaanpassung-in-kleinstaedten';
const COMMON = [
  'x-content-type-options',
  'x-frame-options',
  'referrer-policy',
  'permissions-policy',
];

/** Messages Chromium prints when the Content-Security-Policy blocks something. */
function recordViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

async function headersOf(url: string) {
  const response = await fetch(url);
  await response.arrayBuffer();
  return response.headers;
}

function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]!);
}

async function sha256(text: string) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `sha256-${Buffer.from(digest).toString('base64')}`;
}

describe('security headers and the Content-Security-Policy in the browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    ['portal page', () => `${urls.portal}/veranstaltungen`],
    ['portal feed', () => `${urls.portal}/aktuelles/rss.xml`],
    ['API through the portal', () => `${urls.portal}/api/v1/events`],
    ['admin', () => `${urls.admin}/`],
    ['API', () => `${urls.api}/api/v1/events`],
  ])('every response has them: %s', async (_, url) => {
    const headers = await headersOf(url());
    for (const name of COMMON) expect(headers.get(name), name).toBeTruthy();
    const csp = headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("'unsafe-inline' 'unsafe-eval'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  });

  it("allows exactly the portal page's own inline scripts, also when served from the cache", async () => {
    for (let round = 0; round < 2; round++) {
      const response = await fetch(`${urls.portal}/veranstaltungen/${EVENT}`);
      const html = await response.text();
      const scriptSources = /script-src ([^;]*)/.exec(
        response.headers.get('content-security-policy') ?? '',
      )![1]!;
      const allowed = scriptSources.split(' ').filter((s) => s.startsWith("'sha256-"));
      const expected = await Promise.all(inlineScripts(html).map(sha256));
      expect(expected.length).toBeGreaterThan(0);
      expect(new Set(allowed)).toEqual(new Set(expected.map((hash) => `'${hash}'`)));
    }
  });

  it('blocks nothing the portal, admin and API docs need, and the portal hydrates', async () => {
    const portal = await newPage(browser);
    const portalViolations = recordViolations(portal);
    await portal.goto(`${urls.portal}/veranstaltungen/${EVENT}`, { waitUntil: 'networkidle' });
    await portal.waitForFunction(
      () =>
        Boolean(
          (document.querySelector('#__nuxt') as { __vue_app__?: unknown } | null)?.__vue_app__,
        ),
      undefined,
      { timeout: 10_000 },
    );
    expect(portalViolations).toEqual([]);

    const admin = await newPage(browser);
    const adminViolations = recordViolations(admin);
    await admin.goto(urls.admin, { waitUntil: 'networkidle' });
    await admin.locator('#login-email').waitFor();
    expect(adminViolations).toEqual([]);

    const docs = await newPage(browser);
    const docsViolations = recordViolations(docs);
    await docs.goto(urls.docs, { waitUntil: 'networkidle' });
    await docs.locator('.swagger-ui .info').waitFor();
    expect(docsViolations).toEqual([]);

    for (const page of [portal, admin, docs]) await page.context().close();
  });

  it('refuses a script injected into a portal page', async () => {
    const page = await newPage(browser);
    const violations = recordViolations(page);
    await page.goto(`${urls.portal}/veranstaltungen`, { waitUntil: 'networkidle' });
    // What an injection through the HTML would amount to: an inline script element.
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.body.append(script);
      return (window as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    await page.context().close();
  });
});
