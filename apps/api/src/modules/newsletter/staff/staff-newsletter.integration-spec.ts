import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { StaffRole } from '@stadtgespraech/domain/staff';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createEvent } from '../../../../test/event-fixture.js';
import { linkIn, SmtpSink, tokenOf } from '../../../../test/smtp-sink.js';
import { logInAs, type StaffLogin } from '../../../../test/staff-session.js';
import {
  insertSubscription,
  type SubscriptionFixture,
} from '../../../../test/newsletter-fixture.js';
import { createSeededApp } from '../../../../test/test-app.js';

describe('the newsletter for staff', () => {
  let app: NestFastifyApplication;
  let dataSource: DataSource;
  let admin: StaffLogin;
  let readOnly: StaffLogin;
  const smtp = new SmtpSink();
  let webTalk: string;
  let workshop: string;
  let draft: string;

  const call = (
    login: StaffLogin,
    method: 'GET' | 'POST' | 'DELETE',
    url: string,
    payload?: object,
    headers: Record<string, string> = {},
  ) =>
    app.inject({
      method,
      url: `/api/v1/staff/newsletter${url}`,
      payload,
      headers: { ...login.headers, ...headers },
    });
  const subscribe = (email: string, choice: SubscriptionFixture = {}) =>
    insertSubscription(dataSource, email, choice);
  const issue = (eventIds: string[], extra: object = {}) => ({
    subject: 'Neue Termine im Dezember',
    intro: 'Liebe Kolleginnen und Kollegen,\n\nhier kommen die nächsten Termine.',
    eventIds,
    ...extra,
  });

  beforeAll(async () => {
    await smtp.start();
    app = await createSeededApp({
      SMTP_URL: smtp.url,
      RATE_LIMIT_POSTS: '1000',
      JOBS_POLLING_MS: '500',
    });
    dataSource = app.get(DataSource);
    admin = await logInAs(app, StaffRole.Administrator);
    readOnly = await logInAs(app, StaffRole.ReadOnly);

    webTalk = (await createEvent(dataSource)).id;
    await dataSource.query(
      "UPDATE event SET series_id = (SELECT id FROM series WHERE slug = 'kleinstadt-web-talks') WHERE id = $1",
      [webTalk],
    );
    workshop = (await createEvent(dataSource, { startsInMinutes: 14 * 24 * 60 })).id;
    draft = (await createEvent(dataSource, { status: 'draft' })).id;

    await subscribe('alle@wittenberge.example');
    await subscribe('webtalks@gudensberg.example', { series: ['kleinstadt-web-talks'] });
    await subscribe('english@osterburg.example', { locale: 'en' });
    await subscribe('werkstatt@schluechtern.example', { series: ['werkstaetten'] });
    await subscribe('offen@bad-belzig.example', { status: 'pending' });
  });

  afterAll(async () => {
    await app?.close();
    await smtp.stop();
  });

  it('offers the upcoming published events with how many subscribers each reaches', async () => {
    const response = await call(readOnly, 'GET', '/candidates');
    expect(response.statusCode).toBe(200);
    const items: {
      id: string;
      reach: number;
      announcedAt: string | null;
      series: string | null;
    }[] = response.json().items;
    const byId = new Map(items.map((item) => [item.id, item]));
    expect(byId.get(webTalk)).toMatchObject({
      series: 'Kleinstadt Web-Talks',
      announcedAt: null,
      reach: 3, // everything, the web talks, and the English subscriber; not the workshops
    });
    expect(byId.get(workshop)).toMatchObject({ series: null, reach: 2 });
    expect(byId.has(draft)).toBe(false);
    const starts = items.map((item) =>
      Date.parse((item as never as { startsAt: string }).startsAt),
    );
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('previews the reach and each language version as its first recipient gets it', async () => {
    const response = await call(
      admin,
      'POST',
      '/issues/preview',
      issue([workshop, webTalk], { english: { subject: 'New dates in December', intro: null } }),
    );
    expect(response.statusCode).toBe(200);
    const preview = response.json();
    expect(preview.recipientCount).toBe(3);
    expect(preview.samples.map((s: { locale: string }) => s.locale)).toEqual(['de', 'en']);
    const [german, english] = preview.samples;
    expect(german).toMatchObject({
      subject: 'Neue Termine im Dezember',
      recipientName: 'alle@wittenberge.example',
    });
    expect(german.text).toContain('hier kommen die nächsten Termine.');
    expect(english).toMatchObject({
      subject: 'New dates in December',
      recipientName: 'english@osterburg.example',
    });
    // Nothing was queued or logged by a preview.
    expect((await call(admin, 'GET', '/issues')).json().items).toEqual([]);
  });

  it('sends a test to the staff member, with an unsubscribe link that ends no subscription', async () => {
    const response = await call(admin, 'POST', '/issues/test', issue([webTalk]));
    expect(response.statusCode).toBe(202);
    const { to } = response.json();
    const [mail] = await smtp.waitFor(
      to,
      1,
      (m) => m.subject === '[Test] Neue Termine im Dezember',
    );
    const unsubscribe = linkIn(mail!, '/newsletter/abmelden/');
    const clicked = await app.inject({
      method: 'POST',
      url: `/api/v1/newsletter/unsubscribe/${tokenOf(unsubscribe)}`,
    });
    expect(clicked.statusCode).toBe(200);
    const [{ count }] = await dataSource.query(
      "SELECT count(*)::int AS count FROM newsletter_subscription WHERE status = 'confirmed'",
    );
    expect(count).toBe(4);
  });

  it('refuses events that are not upcoming and published, sending nothing', async () => {
    const response = await call(admin, 'POST', '/issues', issue([webTalk, draft]));
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({
      code: 'NEWSLETTER.EVENT_NOT_AVAILABLE',
      errors: [expect.objectContaining({ pointer: 'request.eventIds' })],
    });
    const empty = await call(admin, 'POST', '/issues', issue([]));
    expect(empty.statusCode).toBe(400);
    expect((await call(admin, 'GET', '/issues')).json().items).toEqual([]);
  });

  it('sends each subscriber the chosen events that fit, once, logged and audited', async () => {
    const key = { 'idempotency-key': 'newsletter-issue-0001' };
    const input = issue([workshop, webTalk], {
      english: { subject: 'New dates in December', intro: 'Dear colleagues,' },
    });
    const response = await call(admin, 'POST', '/issues', input, key);
    expect(response.statusCode).toBe(201);
    const sent = response.json();
    expect(sent).toMatchObject({ recipientCount: 3, eventCount: 2, createdBy: expect.any(String) });
    // A double click: the same answer, nothing sent twice.
    const again = await call(admin, 'POST', '/issues', input, key);
    expect(again.json().id).toBe(sent.id);

    const [all] = await smtp.waitFor('alle@wittenberge.example');
    expect(all!.subject).toBe('Neue Termine im Dezember');
    expect(all!.text).toContain('Liebe Kolleginnen und Kollegen,');
    const [webTalks] = await smtp.waitFor('webtalks@gudensberg.example');
    const titles = await dataSource.query('SELECT id, title FROM event WHERE id = ANY($1)', [
      [webTalk, workshop],
    ]);
    const title = (id: string) => titles.find((row: { id: string }) => row.id === id).title;
    expect(webTalks!.text).toContain(title(webTalk));
    expect(webTalks!.text).not.toContain(title(workshop));
    const [english] = await smtp.waitFor('english@osterburg.example');
    expect(english!.subject).toBe('New dates in December');
    expect(english!.text).toContain('Dear colleagues,');

    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(smtp.to('alle@wittenberge.example')).toHaveLength(1);
    expect(smtp.to('werkstatt@schluechtern.example')).toHaveLength(0);
    expect(smtp.to('offen@bad-belzig.example')).toHaveLength(0);

    expect((await call(readOnly, 'GET', '/issues')).json().items).toEqual([
      expect.objectContaining({ id: sent.id, subject: 'Neue Termine im Dezember' }),
    ]);
    const candidates = (await call(admin, 'GET', '/candidates')).json().items;
    expect(candidates.find((c: { id: string }) => c.id === webTalk).announcedAt).toBe(
      sent.createdAt,
    );
    const [audit] = await dataSource.query(
      "SELECT after FROM audit_entry WHERE action = 'newsletter.send' AND subject_id = $1",
      [sent.id],
    );
    expect(audit.after).toMatchObject({ recipients: 3, events: [workshop, webTalk] });
  });

  it('refuses an issue nobody has chosen', async () => {
    await dataSource.query(
      "UPDATE event SET series_id = (SELECT id FROM series WHERE slug = 'kleinstadt-web-talks') WHERE id = $1",
      [workshop],
    );
    await dataSource.query(
      "UPDATE newsletter_subscription SET series = '[\"gibt-es-nicht\"]' WHERE status = 'confirmed'",
    );
    const response = await call(admin, 'POST', '/issues', issue([webTalk]));
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('NEWSLETTER.NO_RECIPIENTS');
    await dataSource.query(
      "UPDATE newsletter_subscription SET series = '[]' WHERE series = '[\"gibt-es-nicht\"]'",
    );
  });

  it('lists subscriptions by status and address, and ends one on request', async () => {
    const confirmed = (await call(readOnly, 'GET', '/subscribers')).json();
    expect(confirmed.counts).toEqual({ pending: 1, confirmed: 4 });
    expect(confirmed.items).toHaveLength(4);
    expect(confirmed.items[0]).toMatchObject({
      consentVersion: '1',
      confirmedAt: expect.any(String),
    });
    const pending = (await call(readOnly, 'GET', '/subscribers?status=pending')).json();
    expect(pending.items.map((s: { email: string }) => s.email)).toEqual([
      'offen@bad-belzig.example',
    ]);
    const found = (await call(admin, 'GET', '/subscribers?search=GUDENSBERG')).json();
    expect(found.total).toBe(1);
    const [{ id }] = found.items;

    expect((await call(readOnly, 'DELETE', `/subscribers/${id}`)).statusCode).toBe(403);
    expect((await call(admin, 'DELETE', `/subscribers/${id}`)).statusCode).toBe(204);
    expect((await call(admin, 'DELETE', `/subscribers/${id}`)).json().code).toBe(
      'NEWSLETTER.SUBSCRIBER_NOT_FOUND',
    );
    expect((await call(admin, 'GET', '/subscribers')).json().counts.confirmed).toBe(3);
    const [audit] = await dataSource.query(
      "SELECT before FROM audit_entry WHERE action = 'newsletter.unsubscribe' AND subject_id = $1",
      [id],
    );
    expect(audit.before).toEqual({
      emailSha256: createHash('sha256').update('webtalks@gudensberg.example').digest('hex'),
      status: 'confirmed',
    });
  });

  it('refuses a status that does not exist', async () => {
    const response = await call(admin, 'GET', '/subscribers?status=everyone');
    expect(response.statusCode).toBe(400);
  });
});
