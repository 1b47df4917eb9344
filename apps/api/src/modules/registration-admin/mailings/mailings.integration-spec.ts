import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { StaffRole } from '@stadtgespraech/domain/staff';
import { DataSource } from 'typeorm';
import { createEvent, hostedBy } from '../../../../test/event-fixture.js';
import { SmtpSink } from '../../../../test/smtp-sink.js';
import { logInAs, type StaffLogin } from '../../../../test/staff-session.js';
import { createSeededApp } from '../../../../test/test-app.js';
import { waitFor } from '../../../../test/wait.js';
import { RegistrationLinks } from '../../registrations/registration-links.js';

interface Person {
  first: string;
  last: string;
  status?: string;
  attended?: boolean;
  locale?: 'de' | 'en';
}

const address = (last: string) => `${last.toLowerCase()}@mailing.example`;

const mail = {
  subject: 'Unterlagen zu {{veranstaltung}}',
  body: 'die Folien für {{name}} ({{organisation}}) liegen bereit.\n\nTermin war: {{termin}}',
};
const english = { subject: 'Slides of {{veranstaltung}}', body: 'Dear {{vorname}}, the slides.' };

describe('mailings to the registrants of an event', () => {
  const smtp = new SmtpSink();
  let app: NestFastifyApplication;
  let dataSource: DataSource;
  let organiser: StaffLogin;
  let readOnly: StaffLogin;
  let eventId: string;
  let eventTitle: string;
  const ids: Record<string, string> = {};

  const post = (login: StaffLogin, path: string, payload: object, headers = {}) =>
    app.inject({
      method: 'POST',
      url: `/api/v1/staff/events/${eventId}/mailings${path}`,
      headers: { ...login.headers, ...headers },
      payload,
    });
  const log = async (login = organiser) =>
    (
      await app.inject({
        method: 'GET',
        url: `/api/v1/staff/events/${eventId}/mailings`,
        headers: login.headers,
      })
    ).json();

  const register = async (person: Person) => {
    const [row] = await dataSource.query(
      `INSERT INTO registration (event_id, status, email, email_normalized, first_name, last_name,
              organisation, answers, locale, manage_token_hash, join_token_hash, attended_at, version)
       VALUES ($1, $2, $3, $3, $4, $5, $6, '{}', $7,
               md5(random()::text) || md5(random()::text), md5(random()::text) || md5(random()::text),
               CASE WHEN $8 THEN now() END, 1)
       RETURNING id`,
      [
        eventId,
        person.status ?? 'confirmed',
        address(person.last),
        person.first,
        person.last,
        `Stadt ${person.last}`,
        person.locale ?? 'de',
        person.attended ?? false,
      ],
    );
    ids[person.last] = row.id;
  };

  beforeAll(async () => {
    await smtp.start();
    app = await createSeededApp({ SMTP_URL: smtp.url, JOBS_POLLING_MS: '500' });
    dataSource = app.get(DataSource);
    organiser = await logInAs(app, StaffRole.Organiser);
    readOnly = await logInAs(app, StaffRole.ReadOnly);
    const event = await createEvent(dataSource);
    eventId = event.id;
    eventTitle = event.title;
    await hostedBy(dataSource, eventId, 'vhw');
    await register({ first: 'Jana', last: 'Zander', attended: true });
    await register({ first: 'Anna', last: 'Becker' });
    await register({ first: 'Emma', last: 'English', locale: 'en' });
    await register({ first: 'Wanda', last: 'Warteliste', status: 'waitlisted' });
    await register({ first: 'Olaf', last: 'Offen', status: 'pending_confirmation' });
    await register({ first: 'Carla', last: 'Cancel', status: 'cancelled' });
  });

  afterAll(async () => {
    await app?.close();
    await smtp.stop();
  });

  it('previews the reach and each language version, filled for the first recipient by name', async () => {
    const response = await post(organiser, '/preview', { ...mail, english });
    expect(response.statusCode).toBe(200);
    const { recipientCount, samples } = response.json();
    expect(recipientCount).toBe(4); // not the unconfirmed address, not the cancellation
    expect(samples.map((s: { locale: string }) => s.locale)).toEqual(['de', 'en']);
    const [de, en] = samples;
    expect(de.recipientName).toBe('Anna Becker');
    expect(de.subject).toBe(`Unterlagen zu ${eventTitle}`);
    expect(de.text).toContain('Guten Tag Anna Becker,');
    expect(de.text).toContain('die Folien für Anna Becker (Stadt Becker) liegen bereit.');
    expect(de.text).toMatch(
      /Termin war: \d{2}\. \S+ \d{4} \| Online \| \d{2}:\d{2}-\d{2}:\d{2} Uhr/,
    );
    expect(de.html).toContain('<html lang="de">');
    expect(en.subject).toBe(`Slides of ${eventTitle}`);
    expect(en.text).toContain('Dear Anna Becker,\n\nDear Anna, the slides.');
    // The sample's links open no real registration.
    const links = app.get(RegistrationLinks);
    expect(de.text).not.toContain(links.manage(ids.Becker!, 'de'));
    expect(de.text).toContain('/anmeldung/');

    const waitlisted = await post(organiser, '/preview', {
      ...mail,
      segment: { status: 'waitlisted' },
    });
    expect(waitlisted.json().recipientCount).toBe(1);
    expect(waitlisted.json().samples[0].recipientName).toBe('Wanda Warteliste');
    const attended = await post(organiser, '/preview', { ...mail, segment: { attended: 'yes' } });
    expect(attended.json().recipientCount).toBe(1);
    const absent = await post(organiser, '/preview', { ...mail, segment: { attended: 'no' } });
    expect(absent.json().recipientCount).toBe(3);
  });

  it('refuses unknown placeholders and unmailable statuses, naming the field', async () => {
    const typo = await post(organiser, '/preview', { ...mail, body: 'Hallo {{vornmae}}' });
    expect(typo.statusCode).toBe(400);
    expect(typo.json().errors).toEqual([
      { pointer: 'request.body', messages: ['body uses unknown placeholders: {{vornmae}}'] },
    ]);
    const cancelled = await post(organiser, '', { ...mail, segment: { status: 'cancelled' } });
    expect(cancelled.statusCode).toBe(400);
    expect(cancelled.json().errors[0].pointer).toBe('request.segment.status');
    expect(await log()).toEqual([]);
  });

  it('lets read-only staff see the log but not write or send', async () => {
    for (const path of ['', '/preview', '/test'])
      expect((await post(readOnly, path, mail)).statusCode).toBe(403);
    expect(await log(readOnly)).toEqual([]);
  });

  it('sends a test to the staff member only, marked, without logging a mailing', async () => {
    const response = await post(organiser, '/test', { ...mail, english });
    expect(response.statusCode).toBe(202);
    const { to, count } = response.json();
    expect(count).toBe(2);
    const tests = await smtp.waitFor(to, 2);
    expect(tests.map((m) => m.subject).sort()).toEqual([
      `[Test] Slides of ${eventTitle}`,
      `[Test] Unterlagen zu ${eventTitle}`,
    ]);
    const links = app.get(RegistrationLinks);
    for (const test of tests) expect(test.text).not.toContain(links.manage(ids.Becker!, 'de'));
    expect(smtp.to(address('Becker'))).toEqual([]);
    expect(await log()).toEqual([]);
  });

  it('refuses a segment nobody is in', async () => {
    const response = await post(organiser, '', {
      ...mail,
      segment: { status: 'awaiting_approval' },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe('MAILING.NO_RECIPIENTS');
  });

  it('sends once to each recipient in their language, logs and audits it', async () => {
    const key = { 'idempotency-key': 'mailing-test-0001' };
    const payload = { ...mail, english };
    const first = await post(organiser, '', payload, key);
    expect(first.statusCode).toBe(201);
    const again = await post(organiser, '', payload, key); // a double click
    expect(again.statusCode).toBe(201);
    expect(again.json().id).toBe(first.json().id);

    const [becker] = await smtp.waitFor(address('Becker'));
    expect(becker!.subject).toBe(`Unterlagen zu ${eventTitle}`);
    expect(becker!.text).toContain('die Folien für Anna Becker (Stadt Becker) liegen bereit.');
    expect(becker!.text).toContain(app.get(RegistrationLinks).manage(ids.Becker!, 'de'));
    expect(becker!.text).toContain(app.get(RegistrationLinks).join(ids.Becker!, 'de'));
    const [emma] = await smtp.waitFor(address('English'));
    expect(emma!.subject).toBe(`Slides of ${eventTitle}`);
    expect(emma!.text).toContain('Dear Emma, the slides.');
    const [wanda] = await smtp.waitFor(address('Warteliste'));
    // A place on the waiting list opens no online room.
    expect(wanda!.text).not.toContain('/teilnehmen/');

    const entries = await waitFor(
      async () => {
        const mailings = await log();
        return mailings[0]?.sentCount === 4 ? mailings : undefined;
      },
      { what: 'the log to count four sent mails' },
    );
    expect(entries).toEqual([
      expect.objectContaining({
        id: first.json().id,
        subject: mail.subject,
        body: mail.body,
        english,
        segment: {},
        recipientCount: 4,
        createdBy: expect.any(String),
      }),
    ]);
    for (const last of ['Zander', 'Becker', 'English', 'Warteliste'])
      expect(smtp.to(address(last))).toHaveLength(1);
    for (const last of ['Offen', 'Cancel']) expect(smtp.to(address(last))).toEqual([]);
    const [audit] = await dataSource.query(
      "SELECT account_email, after FROM audit_entry WHERE action = 'mailing.send' AND subject_id = $1",
      [eventId],
    );
    expect(audit.after).toMatchObject({ mailingId: first.json().id, recipients: 4 });
  });
});
