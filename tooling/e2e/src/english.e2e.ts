import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { accessibilityViolations, launchBrowser, screenshot } from './browser.ts';
import { linkIn, mailsTo } from './mail.ts';

const urls = inject('urls');
const EVENT = 'demo-klimaschutz-und-klimaanpassung-in-kleinstaedten';
// The API ignores forms sent back sooner than FORM_MIN_FILL_SECONDS (3) after rendering.
const MIN_FILL_MS = 3_300;
const onPortal = (url: string) => `${urls.portal}${new URL(url).pathname}`;

describe('the portal in English under /en', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  async function newPage(javaScriptEnabled = true) {
    const context = await browser.newContext({
      locale: 'en-GB',
      timezoneId: 'Europe/Berlin',
      viewport: { width: 1280, height: 900 },
      javaScriptEnabled,
    });
    contexts.push(context);
    return context.newPage();
  }

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('serves English pages that name their German versions, and switches between them', async () => {
    const page = await newPage();
    await page.goto(`${urls.portal}/en/events?time=past`, { waitUntil: 'networkidle' });
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expect(page.locator('h1').textContent()).resolves.toBe('Events');
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) =>
        links.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]),
      );
    expect(alternates).toEqual([
      ['de', '/veranstaltungen'],
      ['en', '/en/events'],
      ['x-default', '/veranstaltungen'],
    ]);
    // German content on an English page is marked as German for screen readers.
    expect(await page.locator('.event-card__title').first().getAttribute('lang')).toBe('de');
    expect(await accessibilityViolations(page)).toEqual([]);

    const toGerman = page.getByRole('link', { name: 'Deutsch' });
    expect(await toGerman.getAttribute('hreflang')).toBe('de');
    await toGerman.click();
    await page.waitForURL(/\/veranstaltungen\?time=past$/);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('de');
    await expect(page.locator('h1').textContent()).resolves.toBe('Veranstaltungen');
    expect(await page.locator('.event-card__title').first().getAttribute('lang')).toBeNull();

    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/\/en\/events\?time=past$/);
    await expect(page.locator('h1').textContent()).resolves.toBe('Events');
    await page.getByRole('link', { name: 'Privacy' }).click();
    await page.waitForURL(/\/en\/privacy$/);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('registers in English: English form, mails, links and personal pages', async () => {
    const page = await newPage();
    const email = `english.${Date.now()}@council.example`;
    await page.goto(`${urls.portal}/en/events/${EVENT}`, { waitUntil: 'networkidle' });
    const rendered = Date.now();
    await expect(page.locator('.event-header__date').textContent()).resolves.not.toContain('Uhr');
    const submit = page.locator('form.registration-form button[type="submit"]');
    await expect(submit.textContent()).resolves.toMatch(/Register|waiting list/);
    await submit.click();
    await expect(page.locator('#feld-firstName-fehler').textContent()).resolves.toContain(
      'Please enter your first name.',
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'english-event-errors');

    await page.locator('#feld-firstName').fill('Emma');
    await page.locator('#feld-lastName').fill('English');
    await page.locator('#feld-email').fill(email);
    await page.locator('input[name="consent.privacy"]').check();
    await page.waitForTimeout(Math.max(0, MIN_FILL_MS - (Date.now() - rendered)));
    await submit.click();
    await page.waitForURL(/\/en\/registration\/sent/);
    await expect(page.locator('h1').textContent()).resolves.toBe(
      'Please confirm your email address',
    );

    const [confirmMail] = await mailsTo(email, 1);
    expect(confirmMail!.subject).toMatch(/confirm/i);
    await page.goto(onPortal(linkIn(confirmMail!, '/en/registration/confirm/')));
    await expect(page.locator('.confirm-event').textContent()).resolves.toContain(
      'You are registering for:',
    );
    await page.getByRole('button', { name: 'Confirm registration' }).click();
    await page.waitForURL(/\/en\/registration\/[^/]+\?hinweis=confirmed/);
    await expect(page.locator('.status-line').textContent()).resolves.toContain('Place confirmed');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('answers a form posted without JavaScript in English and redirects to the English page', async () => {
    const page = await newPage(false);
    await page.goto(`${urls.portal}/en/contact`);
    await page.locator('form button[type="submit"]').click();
    await page.waitForLoadState();
    expect(new URL(page.url()).pathname).toBe('/en/contact');
    await expect(page.locator('.error-summary').textContent()).resolves.toContain(
      'Please enter your name.',
    );
    // The page with the messages carries a fresh form token: the fill time counts from here.
    const rendered = Date.now();

    await page.locator('#feld-name').fill('Erin Example');
    await page.locator('#feld-email').fill(`contact.${Date.now()}@council.example`);
    await page.locator('#feld-subject').fill('Question about the Web-Talks');
    await page.locator('#feld-message').fill('Is there a recording of the last talk?');
    await page.locator('input[name="consent"]').check();
    await page.waitForTimeout(Math.max(0, MIN_FILL_MS - (Date.now() - rendered)));
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL(/\/en\/contact\?hinweis=gesendet$/);
    await expect(page.locator('main').textContent()).resolves.toContain(
      'Thank you for your message!',
    );
  });
});
