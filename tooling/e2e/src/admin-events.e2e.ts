import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, newPage, screenshot } from './browser.ts';
import { linkIn, mailsTo } from './mail.ts';

const urls = inject('urls');
// The portal's form refuses posts faster than its signed minimum fill time (a bot trap).
const MIN_FILL_MS = 3_300;
const onPortal = (url: string) => `${urls.portal}${new URL(url).pathname}`;

async function logIn(browser: Browser, email: string, password: string, path: string) {
  const page = await newPage(browser);
  await page.goto(urls.admin + path);
  await page.waitForURL(/\/anmelden\?weiter=/);
  await page.locator('#login-email').fill(email);
  await page.locator('#login-password').fill(password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.waitForURL(urls.admin + path);
  return page;
}

async function confirmDialog(page: Page, button: string) {
  const dialog = page.getByRole('alertdialog');
  await dialog.waitFor();
  expect(await accessibilityViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: button }).click();
  await dialog.waitFor({ state: 'detached' });
}

describe('staff run an event from the admin to the portal and back', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('creates an event with agenda and question, publishes it, sees a registration arrive and cancels it', async () => {
    const title = `Web-Talk Ortsmitte ${Date.now()}`;
    const email = `ortsmitte.${Date.now()}@kommune.example`;
    // The organiser of the vhw: the new event starts with the vhw as host.
    const admin = await logIn(
      browser,
      'redaktion@stadtgespraech.demo',
      'Demo-Redaktion-2026',
      '/veranstaltungen/neu',
    );
    await admin.locator('[id^="organiser-row-"]').waitFor();
    await admin.locator('#event-title').fill(title);
    await admin.locator('#event-platform').fill('Webex');
    await admin.locator('#event-join-url').fill('https://meet.example.org/ortsmitte');
    await admin.locator('#event-capacity').fill('30');
    await admin.getByRole('button', { name: 'Programmpunkt hinzufügen' }).click();
    await admin.locator('[id^="agenda-title-"]').fill('Impuls aus der Praxis');
    await admin.locator('[id^="agenda-end-"]').fill('10:45');
    await admin.getByRole('button', { name: 'Frage hinzufügen' }).click();
    await admin.locator('[id^="question-label-"]').fill('Was erwarten Sie vom Web-Talk?');
    expect(await accessibilityViolations(admin)).toEqual([]);
    await admin.getByRole('button', { name: 'Speichern' }).click();
    await admin.waitForURL(/\/veranstaltungen\/[0-9a-f-]{36}$/);
    await admin.getByText('Die Veranstaltung ist als Entwurf angelegt.').waitFor();
    await screenshot(admin, 'admin-event-editor');

    // Before publishing, a preview link shows the draft in the portal: unindexed, no form.
    await admin.getByRole('button', { name: 'Vorschau-Link' }).click();
    const previewUrl = await admin
      .getByRole('link', { name: 'Vorschau öffnen' })
      .getAttribute('href');
    const preview = await newPage(browser);
    await preview.goto(onPortal(previewUrl!));
    await expect(preview.locator('h1').innerText()).resolves.toBe(title);
    await preview.getByText('Entwurf, nicht veröffentlicht').waitFor();
    await expect(preview.locator('meta[name="robots"]').getAttribute('content')).resolves.toBe(
      'noindex, nofollow',
    );
    expect(await preview.locator('#feld-email').count()).toBe(0);
    expect(await accessibilityViolations(preview)).toEqual([]);
    await preview.context().close();

    await admin.getByRole('button', { name: 'Veröffentlichen' }).click();
    await confirmDialog(admin, 'Veröffentlichen');
    await admin.locator('.editor__bar .badge', { hasText: 'Veröffentlicht' }).waitFor();
    const portalUrl = await admin
      .getByRole('link', { name: 'Im Portal ansehen' })
      .getAttribute('href');
    expect(portalUrl).toMatch(/\/veranstaltungen\/web-talk-ortsmitte-\d+$/);

    const portal = await newPage(browser);
    await portal.goto(onPortal(portalUrl!), { waitUntil: 'networkidle' });
    const rendered = Date.now();
    await expect(portal.locator('h1').innerText()).resolves.toBe(title);
    await expect(portal.locator('main').innerText()).resolves.toContain('Impuls aus der Praxis');
    await expect(portal.locator('form').innerText()).resolves.toContain(
      'Was erwarten Sie vom Web-Talk?',
    );
    await portal.locator('#feld-firstName').fill('Ada');
    await portal.locator('#feld-lastName').fill('Ortsmitte');
    await portal.locator('#feld-email').fill(email);
    await portal.locator('input[name="consent.privacy"]').check();
    await portal.waitForTimeout(Math.max(0, MIN_FILL_MS - (Date.now() - rendered)));
    await portal.getByRole('button', { name: /anmelden/i }).click();
    await portal.waitForURL(/\/anmeldung\/gesendet/);
    const [confirmMail] = await mailsTo(email, 1);
    await portal.goto(onPortal(linkIn(confirmMail!, '/anmeldung/bestaetigen/')));
    await portal.getByRole('button', { name: 'Anmeldung bestätigen' }).click();
    await portal.waitForURL(/hinweis=confirmed/);
    await portal.context().close();

    await admin.reload();
    await admin.getByText('1 bestätigt, 0 auf der Warteliste').waitFor();
    const editorUrl = admin.url();

    // The registration arrived: in the table, in its detail with the consent, and at the door.
    await admin.getByRole('link', { name: 'Anmeldungen verwalten' }).click();
    await admin.waitForURL(/\/anmeldungen$/);
    const row = admin.locator('tbody tr', { hasText: 'Ada Ortsmitte' });
    await row.waitFor();
    await expect(row.innerText()).resolves.toContain('Bestätigt');
    expect(await accessibilityViolations(admin)).toEqual([]);
    // The export link downloads with the staff session, as the browser would.
    const exportHref = await admin
      .getByRole('link', { name: 'Als CSV herunterladen', includeHidden: true })
      .getAttribute('href');
    const csv = await admin.request.get(urls.admin + exportHref);
    expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect(await csv.text()).toContain(`Ortsmitte;${email}`);
    await row.getByRole('link', { name: 'Ada Ortsmitte' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Ada Ortsmitte' }).waitFor();
    await admin.getByText('Datenschutzhinweise: erteilt').waitFor();
    expect(await accessibilityViolations(admin)).toEqual([]);
    // A typo in the organisation is corrected on the version loaded.
    await admin.getByRole('link', { name: 'Daten bearbeiten' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Anmeldung bearbeiten' }).waitFor();
    expect(await accessibilityViolations(admin)).toEqual([]);
    await admin.locator('#edit-organisation').fill('Stadt Wittenberge');
    await admin.getByRole('button', { name: 'Änderungen speichern' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Ada Ortsmitte' }).waitFor();
    await admin.getByText('Stadt Wittenberge').first().waitFor();
    await admin.getByText('Daten korrigiert').waitFor();

    await admin.getByRole('link', { name: /Zurück zu den Anmeldungen/ }).click();
    await admin.getByRole('link', { name: 'Check-in öffnen' }).click();
    await admin.waitForURL(/\/check-in$/);
    await admin.getByText('0 von 1 anwesend').waitFor();
    expect(await accessibilityViolations(admin)).toEqual([]);
    await admin.getByRole('button', { name: /Ada Ortsmitte/ }).click();
    await admin.getByText('Ada Ortsmitte ist eingecheckt.').waitFor();
    await admin.getByText('1 von 1 anwesend').waitFor();
    await expect(
      admin.getByRole('button', { name: /Ada Ortsmitte/ }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    await screenshot(admin, 'admin-check-in');

    // After check-in the certificates print, and the questions for the speakers have their page.
    await admin.goBack();
    await admin.waitForURL(/\/anmeldungen$/);
    const certificatesHref = await admin
      .getByRole('link', { name: 'Teilnahmebescheinigungen aller Anwesenden (PDF)' })
      .getAttribute('href');
    const certificates = await admin.request.get(urls.admin + certificatesHref);
    expect(certificates.headers()['content-type']).toBe('application/pdf');
    expect((await certificates.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await admin.getByRole('link', { name: 'Fragen an die Referierenden' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Fragen an die Referierenden' }).waitFor();
    await admin
      .getByRole('status')
      .filter({ hasText: /Fragen?$/ })
      .waitFor();
    expect(await accessibilityViolations(admin)).toEqual([]);

    // A mailing to everyone who attended: composed with a placeholder, previewed, sent.
    await admin.goBack();
    await admin.getByRole('link', { name: 'Rundmail schreiben' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Rundmail an Angemeldete' }).waitFor();
    await admin.locator('#mailing-attended').selectOption('yes');
    await admin.locator('#mailing-subject').fill('Danke für Ihre Teilnahme');
    await admin.locator('#mailing-body').fill('vielen Dank, {{vorname}}! Die Folien folgen.');
    await admin.getByRole('button', { name: 'Vorschau', exact: true }).click();
    await admin.getByText('Die Rundmail erreicht 1 Person.').waitFor();
    // axe cannot run inside the sandboxed preview frame (no scripts there): the page around it.
    expect(await accessibilityViolations(admin, { exclude: ['.mail-preview__frame'] })).toEqual([]);
    await admin.getByRole('button', { name: 'Senden …' }).click();
    await confirmDialog(admin, 'Jetzt senden');
    await admin.getByText('Die Rundmail „Danke für Ihre Teilnahme“ geht an 1 Person.').waitFor();
    await admin.locator('.mailing-log tbody tr', { hasText: 'Danke für Ihre Teilnahme' }).waitFor();
    const thanks = (await mailsTo(email, 3)).find(
      (mail) => mail.subject === 'Danke für Ihre Teilnahme',
    );
    expect(thanks?.text).toContain('vielen Dank, Ada! Die Folien folgen.');
    await admin.goto(editorUrl);

    await admin.getByRole('button', { name: 'Absagen' }).click();
    await admin
      .locator('#cancel-message')
      .fill('Die Referentin ist erkrankt; ein neuer Termin folgt.');
    await confirmDialog(admin, 'Absagen');
    await admin.locator('.editor__bar .badge', { hasText: 'Abgesagt' }).waitFor();

    const mails = await mailsTo(email, 4);
    const cancelled = mails.find((mail) => mail.subject.startsWith('Abgesagt:'));
    expect(cancelled?.text).toContain('Die Referentin ist erkrankt');
    const { id } = cancelled as unknown as { id: string };
    const raw = await (await fetch(`${urls.mail}/messages/${id}/raw`)).text();
    expect(raw).toContain('METHOD:CANCEL');
    await admin.context().close();
  });
});
