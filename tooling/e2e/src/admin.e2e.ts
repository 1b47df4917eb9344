import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, newPage, screenshot } from './browser.ts';

const urls = inject('urls');

/** Logs in as the demo administrator (printed by `npm start`) and lands on `path`. */
async function loggedIn(browser: Browser, path: string): Promise<Page> {
  const page = await newPage(browser);
  await page.goto(urls.admin + path);
  await page.waitForURL(/\/anmelden\?weiter=/);
  await page.locator('#login-email').fill('verwaltung@stadtgespraech.demo');
  await page.locator('#login-password').fill('Demo-Verwaltung-2026');
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.waitForURL(urls.admin + path);
  return page;
}

describe('admin app', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lets only logged-in staff in, and logs out', async () => {
    const page = await newPage(browser);
    await page.goto(`${urls.admin}/veranstaltungen`);
    await page.waitForURL(
      /\/anmelden\?weiter=%2Fveranstaltungen|\/anmelden\?weiter=\/veranstaltungen/,
    );
    expect(await page.locator('nav').count()).toBe(0);
    await page.locator('#login-email').fill('verwaltung@stadtgespraech.demo');
    await page.locator('#login-password').fill('falsches-passwort');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain(
      'E-Mail-Adresse oder Passwort sind nicht richtig.',
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'admin-login-error');

    await page.locator('#login-password').fill('Demo-Verwaltung-2026');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.waitForURL(`${urls.admin}/veranstaltungen`);
    await expect(page.locator('.account').textContent()).resolves.toContain('Vera Verwaltung');
    const cookie = (await page.context().cookies()).find((c) => c.name === 'sg_staff');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api' });

    await page.getByRole('button', { name: 'Abmelden' }).click();
    await page.waitForURL(/\/anmelden$/);
    await page.goto(`${urls.admin}/`);
    await page.waitForURL(/\/anmelden\?weiter=/);
    await page.context().close();
  });

  it('lists the events from the API in a table', async () => {
    const page = await loggedIn(browser, '/veranstaltungen');
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
    ['registrations (choice of event)', '/anmeldungen'],
    ['check-in (choice of event)', '/check-in'],
    ['staff accounts', '/benutzer'],
    ['audit log', '/protokoll'],
    ['password', '/konto/passwort'],
  ])('has no WCAG 2.1 AA violations on the %s page', async (_name, path) => {
    const page = await loggedIn(browser, path);
    await page.locator('main#inhalt h1').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });
});
