import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { StaffRole } from '@stadtgespraech/domain/staff';
import { DataSource } from 'typeorm';
import { createEvent } from '../../../test/event-fixture.js';
import { readPdf } from '../../../test/pdf.js';
import { logInAs, type StaffLogin } from '../../../test/staff-session.js';
import { createSeededApp } from '../../../test/test-app.js';
import { DEMO_STAFF } from '../../database/seed/demo-staff.seed.js';
import { JobQueue } from '../jobs/job-queue.service.js';
import { MAIL_QUEUE } from '../mail/mail.queue.js';

const DAY = 24 * 60;
const JANA = 'Jana.Zander@Osterburg.example';
const QUESTIONS = [
  {
    key: 'anliegen',
    type: 'long_text' as const,
    label: 'Ihr Anliegen',
    helpText: null,
    required: false,
    options: [],
  },
  {
    key: 'groesse',
    type: 'single_choice' as const,
    label: 'Größe der Kommune',
    helpText: null,
    required: false,
    options: ['klein', 'groß'],
  },
];

describe('privacy tools: access report and erasure of one address', () => {
  let app: NestFastifyApplication;
  let dataSource: DataSource;
  let admin: StaffLogin;
  const versions: Record<string, string> = {};

  const post = (url: string, payload: object, login: StaffLogin | null = admin) =>
    app.inject({ method: 'POST', url, payload, headers: login?.headers ?? {} });
  const register = async (
    eventId: string,
    email: string,
    status: string,
    extra: { attended?: boolean; queuedAt?: string } = {},
  ) => {
    const [row] = await dataSource.query(
      `INSERT INTO registration (event_id, status, email, email_normalized, first_name, last_name,
              organisation, organisation_type, bundesland, question_for_speakers, answers, locale,
              manage_token_hash, join_token_hash, queued_at, attended_at, version)
       VALUES ($1, $2, $3::varchar, lower($3::varchar), 'Jana', 'Zander', 'Stadt Osterburg', 'municipality', 'DE-ST',
               'Wie lief das Losverfahren?',
               '{"anliegen": "Ich bin Jana aus Osterburg", "groesse": "klein"}', 'de',
               md5(random()::text) || md5(random()::text), md5(random()::text) || md5(random()::text),
               coalesce($4::timestamptz, now()), CASE WHEN $5 THEN now() END, 1)
       RETURNING id`,
      [eventId, status, email, extra.queuedAt ?? null, extra.attended ?? false],
    );
    await dataSource.query(
      `INSERT INTO registration_consent (registration_id, purpose, granted, text, text_version, recorded_at)
       VALUES ($1, 'privacy', true, 'Ich habe die Datenschutzhinweise gelesen.', '2025-01', now())`,
      [row.id],
    );
    await dataSource.query(
      `INSERT INTO sent_message (send_key, template, recipient, event_id, registration_id, sent_at)
       VALUES ($1, 'registration-confirmed', $2, $3, $4, now())`,
      [`registration:${row.id}:confirmed`, email, eventId, row.id],
    );
    return row.id as string;
  };
  const queuedTo = async (to: string) =>
    dataSource.transaction((manager) =>
      app.get(JobQueue).findQueued(manager, MAIL_QUEUE, [{ data: { to } }]),
    );

  beforeAll(async () => {
    // Without a worker the outbox keeps its jobs, so the test sees what erasure takes out.
    app = await createSeededApp({ RATE_LIMIT_POSTS: '1000', JOBS_WORKER: 'false' });
    dataSource = app.get(DataSource);
    admin = await logInAs(app, StaffRole.Administrator);
    const texts = (await app.inject({ method: 'GET', url: '/api/v1/consent-texts' })).json();
    for (const t of texts.items) versions[t.purpose] = t.version;
  });

  afterAll(async () => {
    await app?.close();
  });

  it('reports, then erases, everything stored about an address', async () => {
    const past = await createEvent(dataSource, {
      startsInMinutes: -30 * DAY,
      questions: QUESTIONS,
    });
    const full = await createEvent(dataSource, { capacity: 1, questions: QUESTIONS });
    const pastId = await register(past.id, JANA, 'confirmed', { attended: true });
    const seatId = await register(full.id, JANA, 'confirmed');
    const waiting = await register(full.id, 'bernd@wittenberge.example', 'waitlisted', {
      queuedAt: new Date(Date.now() + 1000).toISOString(),
    });
    await dataSource.query(
      `INSERT INTO contact_person (organisation_id, name, email, phone)
       SELECT id, 'Jana Zander', $1, '03937 12345' FROM organisation WHERE slug = 'vhw'`,
      [JANA],
    );
    expect(
      (
        await post(
          '/api/v1/newsletter/subscriptions',
          {
            email: JANA,
            consent: { granted: true, textVersion: versions.newsletter_subscription },
          },
          null,
        )
      ).statusCode,
    ).toBe(202);
    expect(
      (
        await post(
          '/api/v1/contact',
          {
            name: 'Jana Zander',
            email: JANA,
            subject: 'Frage zum Web-Talk',
            message: 'Gibt es eine Aufzeichnung?',
            recipient: 'kleinstadt-akademie',
            consent: { granted: true, textVersion: versions.contact },
          },
          null,
        )
      ).statusCode,
    ).toBe(202);

    // Asked in another spelling: addresses compare lower-cased.
    const response = await post('/api/v1/staff/privacy/access', {
      email: 'jana.zander@osterburg.EXAMPLE',
    });
    expect(response.statusCode).toBe(200);
    const report = response.json();
    expect(report.email).toBe('jana.zander@osterburg.example');
    expect(report.registrations.map((r: { id: string }) => r.id).sort()).toEqual(
      [pastId, seatId].sort(),
    );
    const [first] = report.registrations;
    expect(first).toMatchObject({
      id: pastId,
      event: { id: past.id, title: past.title },
      status: 'confirmed',
      email: JANA,
      lastName: 'Zander',
      questionForSpeakers: 'Wie lief das Losverfahren?',
      answers: [
        { key: 'anliegen', question: 'Ihr Anliegen', answer: 'Ich bin Jana aus Osterburg' },
        { key: 'groesse', question: 'Größe der Kommune', answer: 'klein' },
      ],
      consents: [{ purpose: 'privacy', granted: true, textVersion: '2025-01' }],
    });
    expect(first.attendedAt).not.toBeNull();
    expect(first).not.toHaveProperty('manageTokenHash');
    expect(report.mails).toHaveLength(2);
    expect(report.newsletterSubscriptions).toMatchObject([{ status: 'pending', email: JANA }]);
    expect(report.contactRequests).toMatchObject([
      { subject: 'Frage zum Web-Talk', recipient: 'Kleinstadt Akademie' },
    ]);
    expect(report.contactPersons).toMatchObject([{ organisationSlug: 'vhw', name: 'Jana Zander' }]);
    expect(report.staffAccount).toBeNull();
    // The newsletter's confirmation, the contact receipt and its forward wait in the outbox.
    expect(report.queuedMails).toBe(3);

    const pdf = await post('/api/v1/staff/privacy/access/pdf', { email: JANA });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const { pages, info } = await readPdf(pdf.rawPayload);
    const text = pages.join(' ');
    expect(info.Title).toBe('Auskunft über gespeicherte Daten: jana.zander@osterburg.example');
    expect(text).toContain(past.title);
    expect(text).toContain('Ihr Anliegen: Ich bin Jana aus Osterburg');
    expect(text).toContain('Gibt es eine Aufzeichnung?');
    expect(text).toContain('Anmeldung bestätigt');

    const erased = await post('/api/v1/staff/privacy/erase', { email: JANA });
    expect(erased.statusCode).toBe(200);
    expect(erased.json()).toEqual({
      registrationsAnonymised: 2,
      registrationsCancelled: 1,
      newsletterSubscriptions: 1,
      contactRequests: 1,
      contactPersons: 1,
      mails: 2,
      queuedMails: 3,
      staffAccountKept: false,
      auditEntriesKept: 0,
    });

    const rows = await dataSource.query(
      `SELECT id, status, email, last_name, answers, attended_at, cancelled_at FROM registration
        WHERE id = ANY($1)`,
      [[pastId, seatId, waiting]],
    );
    const byId = Object.fromEntries(rows.map((r: { id: string }) => [r.id, r]));
    // The past event keeps its statistics; the coming one gives the seat to the waiting list.
    expect(byId[pastId]).toMatchObject({
      status: 'confirmed',
      email: `${pastId}@anonymisiert.invalid`,
      last_name: 'anonymisiert',
      answers: { groesse: 'klein' },
    });
    expect(byId[pastId].attended_at).not.toBeNull();
    expect(byId[seatId]).toMatchObject({ status: 'cancelled', last_name: 'anonymisiert' });
    expect(byId[waiting]).toMatchObject({ status: 'confirmed', last_name: 'Zander' });
    expect(await queuedTo('bernd@wittenberge.example')).toHaveLength(1);
    expect(await queuedTo(JANA)).toEqual([]);

    const leftovers = await dataSource.query(
      `SELECT (SELECT count(*) FROM newsletter_subscription WHERE email_normalized = $1)::int AS subscriptions,
              (SELECT count(*) FROM contact_request WHERE lower(email) = $1)::int AS requests,
              (SELECT count(*) FROM contact_person WHERE lower(email) = $1)::int AS contacts,
              (SELECT count(*) FROM sent_message WHERE lower(recipient) = $1)::int AS mails`,
      ['jana.zander@osterburg.example'],
    );
    expect(leftovers).toEqual([{ subscriptions: 0, requests: 0, contacts: 0, mails: 0 }]);
    const again = (await post('/api/v1/staff/privacy/access', { email: JANA })).json();
    expect(again).toMatchObject({
      registrations: [],
      mails: [],
      newsletterSubscriptions: [],
      contactRequests: [],
      contactPersons: [],
      queuedMails: 0,
    });

    // The audit log records who looked and erased, and names the address only by its hash.
    const entries = await dataSource.query(
      `SELECT action, subject_type, subject_id, account_email, before, after FROM audit_entry
        WHERE action LIKE 'privacy.%' ORDER BY at`,
    );
    expect(entries.map((e: { action: string }) => e.action)).toEqual([
      'privacy.access',
      'privacy.access',
      'privacy.erase',
      'privacy.access',
    ]);
    const hash = createHash('sha256').update('jana.zander@osterburg.example').digest('hex');
    expect(entries[2]).toMatchObject({
      subject_type: 'email',
      subject_id: hash,
      account_email: 'verwaltung@stadtgespraech.demo',
      after: { registrationsAnonymised: 2 },
    });
    expect(JSON.stringify(entries).toLowerCase()).not.toContain('osterburg');
  });

  it('shows a staff account and keeps it on erasure, with the audit entries naming it', async () => {
    const editor = DEMO_STAFF.find((a) => a.role === StaffRole.Organiser)!;
    await logInAs(app, StaffRole.Organiser); // the login is audited under the address
    const report = (await post('/api/v1/staff/privacy/access', { email: editor.email })).json();
    expect(report.staffAccount).toMatchObject({ role: 'organiser', status: 'active' });
    const erased = (await post('/api/v1/staff/privacy/erase', { email: editor.email })).json();
    expect(erased.staffAccountKept).toBe(true);
    expect(erased.auditEntriesKept).toBeGreaterThan(0);
    const [account] = await dataSource.query(
      'SELECT disabled_at FROM staff_account WHERE email_normalized = $1',
      [editor.email],
    );
    expect(account).toEqual({ disabled_at: null });
  });

  it('refuses what is not an address, with a problem document', async () => {
    const response = await post('/api/v1/staff/privacy/erase', { email: 'jana' });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().code).toBe('REQUEST.VALIDATION_FAILED');
  });
});
