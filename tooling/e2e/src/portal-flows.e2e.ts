import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, screenshot } from './browser.ts';
import { linkIn, mailsTo } from './mail.ts';

const urls = inject('urls');
const EVENT = 'demo-klimaschutz-und-klimaanpassung-in-kleinstaedten';
// The API ignores forms sent back sooner than FORM_MIN_FILL_SECONDS (3) after rendering.
const MIN_FILL_MS = 3_300;

/** The same path on the portal under test. */
const onPortal = (url: string) => `${urls.portal}${new URL(url).pathname}`;
const uniqueEmail = (name: string) => `${name}.${Date.now()}@kommune.example`;

async function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    const style = element ? getComputedStyle(element) : null;
    return {
      name: element?.getAttribute('name') ?? null,
      className: element?.className ?? '',
      tag: element?.tagName.toLowerCase() ?? '',
      text: element?.textContent?.trim() ?? '',
      outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : '',
    };
  });
}

/** Presses Tab until the control named `name` has the focus; fails after `max` presses. */
async function tabTo(page: Page, name: string, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if ((await focused(page)).name === name) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

describe('portal forms and personal pages', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  async function newContext(javaScriptEnabled = true) {
    const context = await browser.newContext({
      locale: 'de-DE',
      timezoneId: 'Europe/Berlin',
      viewport: { width: 1280, height: 900 },
      javaScriptEnabled,
    });
    contexts.push(context);
    return context;
  }

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('registers with the keyboard only, confirms by mail, changes and cancels', async () => {
    const context = await newContext();
    const page = await context.newPage();
    const email = uniqueEmail('tastatur');
    await page.goto(`${urls.portal}/veranstaltungen/${EVENT}`, { waitUntil: 'networkidle' });
    const rendered = Date.now();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.keyboard.press('Tab');
    expect((await focused(page)).className).toContain('skip-link');

    await tabTo(page, 'salutation');
    const radio = await focused(page);
    expect(radio.outline).not.toMatch(/^none/);
    await page.keyboard.press('Space');
    await tabTo(page, 'firstName');
    expect((await focused(page)).outline).not.toMatch(/^none/);
    await page.keyboard.type('Tina');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Tastatur');
    await tabTo(page, 'email');
    await page.keyboard.type(email);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Stadt Tastaturhausen');
    await tabTo(page, 'consent.privacy');
    await page.keyboard.press('Space');
    for (let i = 0; i < 6 && (await focused(page)).tag !== 'button'; i++) {
      await page.keyboard.press('Tab');
    }
    const submit = await focused(page);
    expect(submit.tag).toBe('button');
    expect(submit.text).toMatch(/anmelden|Warteliste/);
    await page.waitForTimeout(Math.max(0, MIN_FILL_MS - (Date.now() - rendered)));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/anmeldung\/gesendet/);
    await expect(page.locator('h1').textContent()).resolves.toBe(
      'Bitte bestätigen Sie Ihre E-Mail-Adresse',
    );

    const [confirmMail] = await mailsTo(email, 1);
    await page.goto(onPortal(linkIn(confirmMail!, '/anmeldung/bestaetigen/')));
    // The page names the event before anything is confirmed (mail scanners only look).
    await expect(page.locator('.confirm-event').textContent()).resolves.toContain(
      'Klimaschutz und Klimaanpassung in Kleinstädten',
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Anmeldung bestätigen' }).press('Enter');
    await page.waitForURL(/\/anmeldung\/[^/]+\?hinweis=confirmed/);
    await expect(page.locator('.status-line').textContent()).resolves.toContain('Platz bestätigt');
    expect(await page.getByRole('link', { name: 'Zur Veranstaltung beitreten' }).count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'flows-manage');

    // The talk is two weeks away: the join page says when the access opens instead of forwarding.
    const manageUrl = page.url();
    await page.getByRole('link', { name: 'Zur Veranstaltung beitreten' }).click();
    await page.waitForURL(/\/teilnehmen\//);
    await expect(page.locator('h1').textContent()).resolves.toBe(
      'Der Zugang ist noch nicht geöffnet',
    );
    await expect(page.locator('main').textContent()).resolves.toMatch(
      /öffnet am \d{1,2}\. \w+ \d{4} um \d{2}:\d{2}/,
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.goto(manageUrl);

    await page.locator('#feld-organisation').fill('Stadt Neuhausen');
    await page.getByRole('button', { name: 'Änderungen speichern' }).click();
    await page.waitForURL(/hinweis=changed/);
    await expect(page.locator('.data-list').textContent()).resolves.toContain('Stadt Neuhausen');

    await page.getByRole('link', { name: 'Abmelden' }).click();
    await page.getByRole('button', { name: 'Ja, verbindlich abmelden' }).click();
    await page.waitForURL(/hinweis=cancelled/);
    await expect(page.locator('.status-line').textContent()).resolves.toContain('storniert');
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
  });

  it('registers without JavaScript as a plain form post', async () => {
    const context = await newContext(false);
    const page = await context.newPage();
    const email = uniqueEmail('ohne-js');
    await page.goto(`${urls.portal}/veranstaltungen/${EVENT}`);
    const rendered = Date.now();
    await page.locator('#feld-firstName').fill('Otto');
    await page.locator('#feld-lastName').fill('Ohnejs');
    await page.locator('#feld-email').fill(email);
    await page.locator('input[name="consent.privacy"]').check();
    await page.waitForTimeout(Math.max(0, MIN_FILL_MS - (Date.now() - rendered)));
    await page.locator('form.registration-form button[type="submit"]').click();
    await page.waitForURL(/\/anmeldung\/gesendet/);
    const [confirmMail] = await mailsTo(email, 1);
    await page.goto(onPortal(linkIn(confirmMail!, '/anmeldung/bestaetigen/')));
    await page.getByRole('button', { name: 'Anmeldung bestätigen' }).click();
    await page.waitForURL(/hinweis=confirmed/);
    await expect(page.locator('.status-line').textContent()).resolves.toContain('Platz bestätigt');
    expect(await context.cookies()).toEqual([]);
  });

  for (const javaScriptEnabled of [true, false]) {
    it(`shows German messages next to the fields (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      // Without the app's scripts the form posts natively; the context keeps JavaScript on,
      // because axe runs inside the page.
      const context = await newContext();
      if (!javaScriptEnabled) await context.route('**/_nuxt/**', (route) => route.abort());
      const page = await context.newPage();
      await page.goto(`${urls.portal}/veranstaltungen/${EVENT}`, { waitUntil: 'networkidle' });
      await page.locator('#feld-email').fill('keine-adresse');
      await page.locator('form.registration-form button[type="submit"]').click();
      const summary = page.locator('.error-summary');
      await summary.waitFor();
      if (javaScriptEnabled) {
        expect(await page.evaluate(() => document.activeElement?.className)).toContain(
          'error-summary',
        );
      }
      await expect(page.locator('#feld-firstName-fehler').textContent()).resolves.toContain(
        'Bitte geben Sie Ihren Vornamen ein.',
      );
      await expect(page.locator('#feld-email-fehler').textContent()).resolves.toContain(
        'gültige E-Mail-Adresse',
      );
      await expect(page.locator('#feld-email').getAttribute('aria-invalid')).resolves.toBe('true');
      await expect(page.locator('#feld-email').inputValue()).resolves.toBe('keine-adresse');
      await expect(page.locator('#feld-email').getAttribute('aria-describedby')).resolves.toContain(
        'feld-email-fehler',
      );
      await expect(summary.getByRole('link').first().getAttribute('href')).resolves.toBe(
        '#feld-firstName',
      );
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, `flows-errors-js-${javaScriptEnabled ? 'on' : 'off'}`);
    });
  }

  it('subscribes to the newsletter with double opt-in and unsubscribes', async () => {
    const context = await newContext();
    const page = await context.newPage();
    const email = uniqueEmail('newsletter');
    await page.goto(`${urls.portal}/newsletter`);
    const rendered = Date.now();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.locator('#feld-email').fill(email);
    await page.locator('input[name="consent"]').check();
    await page.waitForTimeout(Math.max(0, MIN_FILL_MS - (Date.now() - rendered)));
    await page.getByRole('button', { name: 'Newsletter bestellen' }).click();
    await page.waitForURL(/hinweis=gesendet/);

    const [mail] = await mailsTo(email, 1);
    await page.goto(onPortal(linkIn(mail!, '/newsletter/bestaetigen/')));
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Newsletter bestätigen' }).click();
    await page.waitForURL(/hinweis=bestaetigt/);
    await expect(page.getByRole('status').textContent()).resolves.toContain('bestätigt');

    // The mail's text leads people to the portal page (the header carries the one-click URL).
    await page.goto(onPortal(linkIn(mail!, '/newsletter/abmelden/')));
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Newsletter abbestellen' }).click();
    await page.waitForURL(/hinweis=abgemeldet/);
    await expect(page.getByRole('status').textContent()).resolves.toContain('abbestellt');
    expect(await context.cookies()).toEqual([]);
  });

  it('sends the contact form, prefilled by ?betreff=', async () => {
    const context = await newContext();
    const page = await context.newPage();
    const email = uniqueEmail('kontakt');
    await page.goto(`${urls.portal}/kontakt?betreff=Barriere%20melden`);
    expect(await accessibilityViolations(page)).toEqual([]);
    await expect(page.locator('#feld-subject').inputValue()).resolves.toBe('Barriere melden');
    await page.getByRole('button', { name: 'Nachricht senden' }).click();
    await page.locator('.error-summary').waitFor();
    // The page came back with a fresh form token.
    const rendered = Date.now();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.locator('#feld-name').fill('Karla Kontakt');
    await page.locator('#feld-email').fill(email);
    await page.locator('#feld-message').fill('Die PDF-Folien sind nicht barrierefrei.');
    await page.locator('input[name="consent"]').check();
    await page.waitForTimeout(Math.max(0, MIN_FILL_MS - (Date.now() - rendered)));
    await page.getByRole('button', { name: 'Nachricht senden' }).click();
    await page.waitForURL(/hinweis=gesendet/);
    await mailsTo(email, 1);
    expect(await context.cookies()).toEqual([]);
  });
});
