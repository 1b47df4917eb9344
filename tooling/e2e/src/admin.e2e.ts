import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, newPage, screenshot } from './browser.ts';
import { consentVersion } from './consents.ts';
import { linkIn, mailsTo } from './mail.ts';
import { totp } from './totp.ts';

const urls = inject('urls');

// A valid one-pixel PNG: the API checks the content, so a made-up file would be refused.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

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

  it('sets up a second factor from the account and then logs in with it', async () => {
    // The read-only demo account: no other browser test logs in with it.
    const login = async (page: Page) => {
      await page.goto(`${urls.admin}/konto/zweiter-faktor`);
      await page.locator('#login-email').fill('lesen@stadtgespraech.demo');
      await page.locator('#login-password').fill('Demo-Lesezugriff-2026');
      await page.getByRole('button', { name: 'Anmelden' }).click();
    };
    const page = await newPage(browser);
    await login(page);
    await page.getByRole('heading', { level: 1, name: 'Zweiter Faktor' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Einrichtung beginnen' }).click();
    const secret = await page.getByTestId('totp-secret').innerText();
    await page.locator('#setup-code').fill(totp(secret));
    await page.getByRole('button', { name: 'Einrichtung abschließen' }).click();
    await page.getByTestId('recovery-codes').locator('li').first().waitFor();
    await expect(page.getByTestId('recovery-codes').locator('li').count()).resolves.toBe(10);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Ich habe die Codes gespeichert' }).click();
    await page.getByText('Ihr Konto ist mit einem zweiten Faktor geschützt.').waitFor();
    await page.getByRole('button', { name: 'Abmelden' }).click();
    await page.waitForURL(/\/anmelden$/);

    // The password alone no longer lets in; the code of the next step does (a code works once).
    await login(page);
    await page.locator('#login-code').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.locator('#login-code').fill('000000');
    await page.getByRole('button', { name: 'Bestätigen' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Code');
    await page.locator('#login-code').fill(totp(secret, 1));
    await page.getByRole('button', { name: 'Bestätigen' }).click();
    await page.waitForURL(`${urls.admin}/konto/zweiter-faktor`);
    await expect(page.locator('.account').textContent()).resolves.toContain('(Lesezugriff');
    await page.context().close();
  });

  it('invites a colleague, who chooses a password through the mailed link and logs in', async () => {
    const email = 'kim.team@vhw.example';
    const page = await loggedIn(browser, '/benutzer');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Person einladen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Person einladen' }).waitFor();
    await page.locator('#account-name').fill('Kim Team');
    await page.locator('#account-email').fill(email);
    await page.locator('#account-role-organiser').check();
    await page.locator('#account-organisation-vhw').check();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Einladung senden' }).click();
    await page.getByText(`Die Einladung an ${email} ist unterwegs.`).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Kim Team' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.context().close();

    const [invitation] = await mailsTo(email, 1);
    const link = linkIn(invitation!, '/passwort-setzen#');
    expect(link.startsWith(`${urls.admin}/passwort-setzen#`)).toBe(true);
    const invited = await newPage(browser);
    await invited.goto(link);
    await invited.getByRole('heading', { level: 1, name: 'Willkommen' }).waitFor();
    expect(await accessibilityViolations(invited)).toEqual([]);
    await invited.locator('#set-password-new').fill('Kleinstadt-Werkstatt-2026');
    await invited.locator('#set-password-repeat').fill('Kleinstadt-Werkstatt-2026');
    await invited.getByRole('button', { name: 'Passwort speichern' }).click();
    await invited.waitForURL(/\/anmelden\?passwort=neu$/);
    await invited.getByText('Ihr Passwort ist gespeichert.').waitFor();
    await invited.locator('#login-email').fill(email);
    await invited.locator('#login-password').fill('Kleinstadt-Werkstatt-2026');
    await invited.getByRole('button', { name: 'Anmelden' }).click();
    await invited.waitForURL(`${urls.admin}/`);
    await expect(invited.locator('.account').textContent()).resolves.toContain('Kim Team');
    await invited.context().close();
  });

  it('asks for a reset link without telling whether the address has an account', async () => {
    const page = await newPage(browser);
    await page.goto(`${urls.admin}/anmelden`);
    await page.getByRole('link', { name: 'Passwort vergessen?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Passwort vergessen' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.locator('#forgot-email').fill('niemand@kleinstadt.example');
    await page.getByRole('button', { name: 'Link anfordern' }).click();
    await page.getByText('Wenn es für niemand@kleinstadt.example ein Konto gibt').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('reports and erases everything stored about one address on the privacy page', async () => {
    // Someone subscribed to the newsletter and wrote through the contact form.
    const email = `auskunft.${Date.now()}@kommune.example`;
    const api = (await newPage(browser)).request;
    const subscribed = await api.post(`${urls.api}/api/v1/newsletter/subscriptions`, {
      data: {
        email,
        consent: { granted: true, textVersion: await consentVersion('newsletter_subscription') },
      },
    });
    expect(subscribed.status()).toBe(202);
    const wrote = await api.post(`${urls.api}/api/v1/contact`, {
      data: {
        name: 'Ada Auskunft',
        email,
        subject: 'Was speichern Sie über mich?',
        message: 'Bitte um Auskunft.',
        consent: { granted: true, textVersion: await consentVersion('contact') },
      },
    });
    expect(wrote.status()).toBe(202);
    // The confirmation link and the receipt are out first: a mail still being sent when the
    // address is erased would be logged afterwards (a known limit, see docs/privacy.md).
    await mailsTo(email, 2);

    const page = await loggedIn(browser, '/datenschutz');
    await page.locator('#privacy-email').fill(email.toUpperCase());
    await page.getByRole('button', { name: 'Gespeicherte Daten suchen' }).click();
    const report = page.locator('section[aria-labelledby="privacy-report-title"]');
    await expect(report.locator('h2').innerText()).resolves.toBe(`Gespeichert zu ${email}`);
    await expect(report.locator('.facts').innerText()).resolves.toContain(
      'angemeldet, noch nicht bestätigt',
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'admin-privacy-report');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Auskunft als PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('auskunft.pdf');
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).subarray(0, 5).toString()).toBe('%PDF-');

    await page.getByRole('button', { name: 'Endgültig löschen' }).click();
    const dialog = page.getByRole('alertdialog');
    await expect(dialog.innerText()).resolves.toContain(`Alle Daten zu ${email} löschen?`);
    expect(await accessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Endgültig löschen' }).click();
    await expect(page.locator('#privacy-erased-title').innerText()).resolves.toBe('Gelöscht');

    await page.getByRole('button', { name: 'Gespeicherte Daten suchen' }).click();
    await expect(page.locator('.empty').innerText()).resolves.toBe(
      'Zu dieser Adresse ist nichts gespeichert.',
    );
    await page.goto(`${urls.admin}/protokoll?aktion=privacy.erase`);
    await page.locator('tbody tr').first().waitFor();
    await expect(page.locator('tbody tr').first().innerText()).resolves.toContain(
      'Daten zu einer Adresse gelöscht',
    );
    await page.context().close();
  });

  it('creates a topic and merges it, as a duplicate, into an existing one', async () => {
    const name = `Radverkehr ${Date.now()}`;
    const page = await loggedIn(browser, '/themen');
    await page.locator('tbody tr').first().waitFor();
    await page.locator('#topics-search').fill('mobilitat');
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Neues Thema' }).click();
    await page.locator('#topic-name').fill(name);
    await page.getByRole('button', { name: 'Anlegen' }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await expect(page.locator('#topic-slug').inputValue()).resolves.toMatch(/^radverkehr-\d+$/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'admin-topic');

    await page.locator('#reference-merge-into').selectOption({ label: 'Mobilität' });
    await page.getByRole('button', { name: 'Zusammenführen' }).click();
    const dialog = page.getByRole('alertdialog');
    await expect(dialog.innerText()).resolves.toContain(`Alles, was „${name}“ nutzt`);
    await dialog.getByRole('button', { name: 'Zusammenführen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mobilität' }).waitFor();
    await expect(page.locator('.notice').innerText()).resolves.toBe(
      `„${name}“ ist mit „Mobilität“ zusammengeführt und gelöscht.`,
    );
    await page.getByRole('link', { name: 'Alle Themen' }).click();
    await page.locator('#topics-search').fill(name);
    await expect(page.locator('.empty').innerText()).resolves.toBe('Nichts passt zu dieser Suche.');
    await page.context().close();
  });

  it('edits a series against its version, and refuses a stale edit from a second tab', async () => {
    const page = await loggedIn(browser, '/reihen');
    await page.getByRole('link', { name: 'Kleinstadt Web-Talks' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kleinstadt Web-Talks' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'admin-series');
    const second = await page.context().newPage();
    await second.goto(page.url());
    await second.locator('#series-subtitle').waitFor();

    const subtitle = `Praxiswissen kompakt (${Date.now()})`;
    await page.locator('#series-subtitle').fill(subtitle);
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect(page.locator('.notice').innerText()).resolves.toBe('Gespeichert.');

    await second.locator('#series-contact').fill('stale@vhw.example');
    await second.getByRole('button', { name: 'Speichern' }).click();
    await expect(second.locator('.alert--error').innerText()).resolves.toContain(
      'Jemand hat diesen Eintrag inzwischen geändert.',
    );
    // The public API (the portal's pages are cached for a minute).
    const published = await fetch(`${urls.api}/api/v1/series/kleinstadt-web-talks`);
    await expect(published.json()).resolves.toMatchObject({ subtitle });
    await page.context().close();
  });

  it('adds a contact person to an organisation', async () => {
    const page = await loggedIn(browser, '/organisationen');
    await page.locator('tbody tr').first().waitFor();
    await page.locator('#organisations-search').fill('BBSR');
    await page
      .getByRole('link', { name: 'Bundesinstitut für Bau-, Stadt- und Raumforschung' })
      .click();
    await page.locator('#organisation-name').waitFor();
    await page.getByRole('button', { name: 'Ansprechperson hinzufügen' }).click();
    const row = page.locator('.row-list__item').last();
    await row.getByLabel('Name').fill('Dr. Lena Beispiel');
    await row.getByLabel('E-Mail').fill('lena.beispiel@bbsr.example');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'admin-organisation');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect(page.locator('.notice').innerText()).resolves.toBe('Gespeichert.');

    const published = await fetch(`${urls.api}/api/v1/organisations/bbsr`);
    const { contacts } = await published.json();
    expect(contacts.at(-1)).toMatchObject({ name: 'Dr. Lena Beispiel' });
    await page.context().close();
  });

  it('adds a speaker, who can then be chosen for an event', async () => {
    const lastName = `Beispiel-${Date.now()}`;
    const page = await loggedIn(browser, '/personen');
    await page.getByRole('link', { name: 'Neue Person' }).click();
    await page.locator('#person-title').fill('Prof.');
    await page.locator('#person-first-name').fill('Jana');
    await page.locator('#person-last-name').fill(lastName);
    await page.locator('#person-organisation').selectOption({ label: 'Kleinstadt Akademie' });
    await page.getByRole('button', { name: 'Anlegen' }).click();
    await page.getByRole('heading', { level: 1, name: `Prof. Jana ${lastName}` }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'admin-person');

    const references = await page.request.get(`${urls.api}/api/v1/staff/references`);
    const { people } = await references.json();
    expect(people.map((p: { label: string }) => p.label)).toContain(`Prof. Jana ${lastName}`);
    await page.context().close();
  });

  it('shows a message of the contact form in the inbox and marks it answered', async () => {
    const subject = `Frage zur Aufzeichnung ${Date.now()}`;
    const api = (await newPage(browser)).request;
    const wrote = await api.post(`${urls.api}/api/v1/contact`, {
      data: {
        name: 'Jana Zander',
        email: 'jana.zander@kommune.example',
        subject,
        message: 'Gibt es eine Aufzeichnung des letzten Web-Talks?',
        recipient: 'vhw',
        consent: { granted: true, textVersion: await consentVersion('contact') },
      },
    });
    expect(wrote.status()).toBe(202);

    const page = await loggedIn(browser, '/kontaktanfragen');
    const card = page.locator('article', { hasText: subject });
    await card.waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'admin-contact');
    await card.getByRole('button', { name: 'Als beantwortet markieren' }).click();
    await expect(page.locator('.notice').innerText()).resolves.toBe(
      `„${subject}“ steht jetzt unter „Beantwortet“.`,
    );
    await page.getByRole('radio', { name: /^Beantwortet/ }).check();
    await page.waitForURL(/status=answered/);
    await page.locator('article', { hasText: subject }).waitFor();
    await page.context().close();
  });

  it('uploads a picture to the media library, shows it through the portal and deletes it', async () => {
    const title = `Testbild ${Date.now()}`;
    const page = await loggedIn(browser, '/medien');
    await page.getByLabel('Datei', { exact: true }).setInputFiles({
      name: 'testbild.png',
      mimeType: 'image/png',
      buffer: PNG,
    });
    await page.getByLabel('Titel').fill(title);
    await page.getByLabel('Alternativtext').fill('Ein roter Punkt');
    await page.getByRole('button', { name: 'Hochladen' }).click();
    await expect(page.locator('.notice').innerText()).resolves.toBe(
      `„${title}“ wurde hochgeladen.`,
    );
    const card = page.locator('.media-card', { hasText: title });
    // The copy is served by the API through the portal's origin, as visitors will get it.
    await expect
      .poll(() => card.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'admin-media');

    await card.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await expect(page.locator('#media-alt').inputValue()).resolves.toBe('Ein roter Punkt');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Datei löschen' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Datei löschen' }).click();
    await page.waitForURL(`${urls.admin}/medien`);
    await expect(page.locator('.notice').innerText()).resolves.toBe(`„${title}“ wurde gelöscht.`);
    await page.context().close();
  });

  it('gives a new speaker a portrait uploaded in the picker, which the portal then shows', async () => {
    const lastName = `Bildtest-${Date.now()}`;
    const page = await loggedIn(browser, '/personen/neu');
    await page.locator('#person-first-name').fill('Mira');
    await page.locator('#person-last-name').fill(lastName);
    await page.getByRole('button', { name: 'Bild aus der Mediathek wählen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Porträtfoto wählen' });
    await dialog.getByText('Neue Datei hochladen').click();
    await dialog.getByLabel('Datei', { exact: true }).setInputFiles({
      name: 'portrait.png',
      mimeType: 'image/png',
      buffer: PNG,
    });
    await dialog.getByLabel('Alternativtext').fill('Porträt');
    expect(await accessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Hochladen' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.locator('#person-photo-alt').fill(`Mira ${lastName} im Gespräch`);
    await page.getByRole('button', { name: 'Anlegen' }).click();
    await page.getByRole('heading', { level: 1, name: `Mira ${lastName}` }).waitFor();

    const slug = `mira-${lastName.toLowerCase()}`;
    await page.goto(`${urls.portal}/personen/${slug}`);
    const portrait = page.getByRole('img', { name: `Mira ${lastName} im Gespräch` });
    await expect.poll(() => portrait.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
    await page.context().close();
  });

  it('writes and publishes the documentation of a past event, which the portal then shows', async () => {
    const page = await loggedIn(browser, '/veranstaltungen');
    const found = await page.request.get(
      `${urls.admin}/api/v1/staff/events?q=${encodeURIComponent('Digitale Arbeitswelten')}&time=past`,
    );
    const [event] = (await found.json()).items;
    await page.goto(`${urls.admin}/veranstaltungen/${event.id}/dokumentation`);
    await page.getByRole('heading', { level: 1, name: /^Dokumentation: / }).waitFor();
    const report = `## Ergebnisse\n\nBericht vom ${Date.now()}`;
    await page.getByLabel('Ergebnisbericht').fill(report);
    await page
      .getByLabel('Link zur Aufzeichnung')
      .fill('https://www.youtube-nocookie.com/embed/demo');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'admin-documentation');
    await page.getByRole('button', { name: 'Dokumentation speichern' }).click();
    await expect(page.locator('.notice').innerText()).resolves.toBe('Gespeichert.');

    await page.getByRole('button', { name: 'Dokumentation veröffentlichen' }).click();
    await page
      .getByRole('alertdialog')
      .getByRole('button', { name: 'Dokumentation veröffentlichen' })
      .click();
    await expect
      .poll(() => page.locator('.notice').innerText())
      .toMatch(/^Die Dokumentation ist im Portal/);
    const published = await (await fetch(`${urls.api}/api/v1/events/${event.slug}`)).json();
    expect(published.documentation).toMatchObject({
      report,
      recordingUrl: 'https://www.youtube-nocookie.com/embed/demo',
    });
    await page.context().close();
  });

  it('writes a news post, publishes it on saving, and the portal shows it', async () => {
    const title = `Rückblick Werkstatt ${Date.now()}`;
    const page = await loggedIn(browser, '/neuigkeiten');
    await page.getByRole('link', { name: 'Neuigkeit schreiben' }).click();
    await page.getByRole('heading', { level: 1, name: 'Neuigkeit schreiben' }).waitFor();
    await page.getByLabel('Überschrift').fill(title);
    await page.getByLabel('Anreißer').fill('Drei Städte, ein Thema: leere Läden.');
    await page
      .getByLabel('Text', { exact: true })
      .fill('## Ergebnisse\n\nDie Werkstatt in Gudensberg …');
    await page.getByLabel('Beim Speichern veröffentlichen').check();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Anlegen' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await expect
      .poll(() => page.getByTestId('news-state').innerText())
      .toMatch(/^Veröffentlicht am /);

    const portalUrl = await page
      .getByRole('link', { name: 'Im Portal ansehen' })
      .getAttribute('href');
    await page.goto(`${urls.portal}${new URL(portalUrl!).pathname}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Ergebnisse' }).waitFor();
    await expect(page.locator('main').innerText()).resolves.toContain('Werkstatt in Gudensberg');
    await page.context().close();
  });

  it('sends the new dates to a confirmed subscriber after preview and confirmation', async () => {
    const email = `abo.${Date.now()}@kommune.example`;
    const post = (path: string, body: object) =>
      fetch(`${urls.api}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const textVersion = await consentVersion('newsletter_subscription');
    await post('/api/v1/newsletter/subscriptions', {
      email,
      consent: { granted: true, textVersion },
    });
    const [confirmation] = await mailsTo(email, 1);
    const token = new URL(linkIn(confirmation!, '/newsletter/bestaetigen/')).pathname
      .split('/')
      .pop();
    await post('/api/v1/newsletter/confirm', { token });

    const subject = `Neue Termine ${Date.now()}`;
    const page = await loggedIn(browser, '/newsletter');
    await page.getByRole('heading', { level: 1, name: 'Newsletter' }).waitFor();
    await page.getByLabel('Betreff', { exact: true }).fill(subject);
    await page.getByLabel('Einleitung', { exact: true }).fill('Liebe Kolleginnen und Kollegen,');
    await page.getByRole('button', { name: 'Vorschau' }).click();
    await page.getByText(/^Diese Ausgabe erreicht \d+ Abonnements\.$/).waitFor();
    expect(await accessibilityViolations(page, { exclude: ['.mail-preview__frame'] })).toEqual([]);
    await page.getByRole('button', { name: 'Senden …' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Jetzt senden' }).click();
    await expect
      .poll(() => page.getByRole('status').first().innerText())
      .toContain(`„${subject}“ geht an`);

    const mails = await mailsTo(email, 2);
    const issue = mails.find((mail) => mail.subject === subject)!;
    expect(issue.text).toContain('Liebe Kolleginnen und Kollegen,');
    expect(issue.text).toContain('/newsletter/abmelden/');
    await page.context().close();
  });

  it('draws the dashboard charts, each with its figures as a table', async () => {
    const page = await loggedIn(browser, '/auswertungen');
    const canvas = page.locator('#statistics-fill-canvas');
    await canvas.waitFor();
    // Chart.js drew something: some pixel of the canvas is no longer transparent.
    await expect
      .poll(() =>
        canvas.evaluate((element: HTMLCanvasElement) => {
          const { data } = element
            .getContext('2d')!
            .getImageData(0, 0, element.width, element.height);
          return data.some((value, index) => index % 4 === 3 && value > 0);
        }),
      )
      .toBe(true);
    await page.getByText('Als Tabelle anzeigen').first().click();
    await expect(page.locator('#statistics-fill-table').isVisible()).resolves.toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'admin-statistics');
    await page.context().close();
  });

  it('switches to English and back, keeping the choice across reloads', async () => {
    const page = await loggedIn(browser, '/veranstaltungen');
    await page.getByRole('heading', { level: 1, name: 'Veranstaltungen' }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Events' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expect(
      page.getByRole('navigation', { name: 'Main navigation' }).innerText(),
    ).resolves.toContain('Statistics');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Events' }).waitFor();
    await page.getByRole('button', { name: 'Deutsch' }).click();
    await page.getByRole('heading', { level: 1, name: 'Veranstaltungen' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
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
    ['news', '/neuigkeiten'],
    ['newsletter', '/newsletter'],
    ['newsletter subscriptions', '/newsletter/abonnements'],
    ['privacy', '/datenschutz'],
    ['password', '/konto/passwort'],
  ])('has no WCAG 2.1 AA violations on the %s page', async (_name, path) => {
    const page = await loggedIn(browser, path);
    await page.locator('main#inhalt h1').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });
});
