import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { linkIn, SmtpSink, tokenOf } from '../../../test/smtp-sink.js';
import { createSeededApp } from '../../../test/test-app.js';
import { NewsletterService } from './newsletter.service.js';

let n = 0;
const address = () => `abo.${Date.now()}.${n++}@verwaltung.example`;

describe('newsletter of new dates and contact form', () => {
  let app: NestFastifyApplication;
  let dataSource: DataSource;
  const versions: Record<string, string> = {};
  const smtp = new SmtpSink();

  const post = async (url: string, payload: unknown, headers: Record<string, string> = {}) => {
    const response = await app.inject({ method: 'POST', url, payload: payload as never, headers });
    return { status: response.statusCode, body: response.body ? response.json() : null };
  };
  const subscription = (email: string) =>
    dataSource.query(
      'SELECT status, consent_text, series FROM newsletter_subscription WHERE email = $1',
      [email],
    );

  beforeAll(async () => {
    await smtp.start();
    app = await createSeededApp({
      SMTP_URL: smtp.url,
      RATE_LIMIT_POSTS: '1000',
      JOBS_POLLING_MS: '500',
    });
    dataSource = app.get(DataSource);
    const texts = (await app.inject({ method: 'GET', url: '/api/v1/consent-texts' })).json();
    for (const t of texts.items) versions[t.purpose] = t.version;
  });

  afterAll(async () => {
    await app?.close();
    await smtp.stop();
  });

  it('records the consent text before the first mail, confirms by link and unsubscribes in one click', async () => {
    const email = address();
    const accepted = await post('/api/v1/newsletter/subscriptions', {
      email,
      series: ['kleinstadt-web-talks'],
      consent: { granted: true, textVersion: versions.newsletter_subscription },
    });
    expect(accepted.status).toBe(202);
    const [row] = await subscription(email);
    expect(row).toMatchObject({ status: 'pending', series: ['kleinstadt-web-talks'] });
    expect(row.consent_text).toContain('Termin-Empfehlungen');

    const [mail] = await smtp.waitFor(email);
    expect(mail!.headers.find((h) => h.key === 'list-unsubscribe')?.value).toContain(
      '/api/v1/newsletter/unsubscribe/',
    );
    const confirmed = await post('/api/v1/newsletter/confirm', {
      token: tokenOf(linkIn(mail!, '/newsletter/bestaetigen/')),
    });
    expect(confirmed.body).toEqual({ status: 'confirmed' });
    expect((await subscription(email))[0].status).toBe('confirmed');

    // People get the portal page in the text; mail clients the one-click URL in the header.
    expect(linkIn(mail!, '/newsletter/abmelden/')).toContain('/newsletter/abmelden/');
    const header = mail!.headers.find((h) => h.key === 'list-unsubscribe')!.value;
    const unsubscribeUrl = new URL(header.replace(/^<|>$/g, ''));
    const oneClick = await app.inject({
      method: 'POST',
      url: unsubscribeUrl.pathname,
      payload: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(oneClick.statusCode).toBe(200);
    expect(await subscription(email)).toEqual([]);
  });

  it('writes to English subscribers in English, with links to the English portal', async () => {
    const email = address();
    const accepted = await post('/api/v1/newsletter/subscriptions', {
      email,
      locale: 'en',
      consent: { granted: true, textVersion: versions.newsletter_subscription },
    });
    expect(accepted.status).toBe(202);
    expect((await subscription(email))[0].consent_text).toContain('recommendations of dates');
    const [mail] = await smtp.waitFor(email);
    expect(linkIn(mail!, '/en/newsletter/confirm/')).toMatch(/\/en\/newsletter\/confirm\/[\w-]+/);
    expect(linkIn(mail!, '/en/newsletter/unsubscribe/')).toContain('/en/newsletter/unsubscribe/');
    expect(mail!.text).not.toContain('/newsletter/bestaetigen/');
  });

  it('answers identically for an address already subscribed and sends it nothing new', async () => {
    const email = address();
    const body = {
      email,
      consent: { granted: true, textVersion: versions.newsletter_subscription },
    };
    await post('/api/v1/newsletter/subscriptions', body);
    const [mail] = await smtp.waitFor(email);
    await post('/api/v1/newsletter/confirm', {
      token: tokenOf(linkIn(mail!, '/newsletter/bestaetigen/')),
    });
    const before = smtp.to(email).length;
    const again = await post('/api/v1/newsletter/subscriptions', body);
    expect(again.status).toBe(202);
    await new Promise((r) => setTimeout(r, 500));
    expect(smtp.to(email)).toHaveLength(before);
  });

  it('deletes unconfirmed subscriptions after some days', async () => {
    const email = address();
    await post('/api/v1/newsletter/subscriptions', {
      email,
      consent: { granted: true, textVersion: versions.newsletter_subscription },
    });
    const later = new Date(Date.now() + 8 * 86_400_000);
    expect(await app.get(NewsletterService).expireUnconfirmed(later)).toBeGreaterThanOrEqual(1);
    expect(await subscription(email)).toEqual([]);
  });

  it('stores a contact request, forwards it to the organisation and sends a receipt', async () => {
    const email = address();
    const response = await post('/api/v1/contact', {
      name: 'Jana Beispiel',
      email,
      subject: 'Frage zum Web-Talk',
      message: 'Gibt es eine Aufzeichnung?',
      recipient: 'kleinstadt-akademie',
      consent: { granted: true, textVersion: versions.contact },
    });
    expect(response.status).toBe(202);
    await smtp.waitFor(email);
    const [forward] = await smtp.waitFor('info@kleinstadtakademie.de', 1, (m) =>
      (m.text ?? '').includes('Gibt es eine Aufzeichnung?'),
    );
    expect(forward!.text).toContain(email);
    const [row] = await dataSource.query(
      'SELECT status, consent_version FROM contact_request WHERE email = $1',
      [email],
    );
    expect(row).toEqual({ status: 'new', consent_version: versions.contact });
  });

  it('refuses a contact request to an unknown organisation or without consent', async () => {
    const base = {
      name: 'A',
      email: address(),
      subject: 'S',
      message: 'M',
      consent: { granted: true, textVersion: versions.contact },
    };
    expect((await post('/api/v1/contact', { ...base, recipient: 'gibt-es-nicht' })).body.code).toBe(
      'ORGANISATION.NOT_FOUND',
    );
    expect(
      (
        await post('/api/v1/contact', {
          ...base,
          consent: { granted: false, textVersion: versions.contact },
        })
      ).status,
    ).toBe(400);
  });
});
