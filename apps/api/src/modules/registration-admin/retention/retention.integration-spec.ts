import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { StaffRole } from '@stadtgespraech/domain/staff';
import { DataSource } from 'typeorm';
import { createEvent, hostedBy } from '../../../../test/event-fixture.js';
import { logInAs, type StaffLogin } from '../../../../test/staff-session.js';
import { createSeededApp } from '../../../../test/test-app.js';
import { RetentionService } from './retention.service.js';

const DAY = 24 * 60;
const QUESTIONS = [
  {
    key: 'anliegen',
    type: 'long_text',
    label: 'Anliegen',
    helpText: null,
    required: false,
    options: [],
  },
  {
    key: 'groesse',
    type: 'single_choice',
    label: 'Größe',
    helpText: null,
    required: false,
    options: ['klein', 'groß'],
  },
] as const;

describe('retention: anonymising the registrations of past events', () => {
  let app: NestFastifyApplication;
  let dataSource: DataSource;
  let organiser: StaffLogin;

  /** A vhw event that started `startsInMinutes` from now (negative: in the past). */
  const event = async (startsInMinutes: number, retentionDays?: number) => {
    const created = await createEvent(dataSource, {
      startsInMinutes,
      questions: QUESTIONS.map((q) => ({ ...q, options: [...q.options] })),
      retentionDays,
    });
    await hostedBy(dataSource, created.id, 'vhw');
    return created;
  };
  const register = async (eventId: string, last: string, attended = false) => {
    const email = `${last.toLowerCase()}@retention.example`;
    const [row] = await dataSource.query(
      `INSERT INTO registration (event_id, status, email, email_normalized, first_name, last_name,
              salutation, organisation, organisation_type, function, bundesland,
              question_for_speakers, answers, locale, manage_token_hash, join_token_hash,
              attended_at, version)
       VALUES ($1, 'confirmed', $2, $2, 'Jana', $3, 'frau', 'Stadt Osterburg', 'municipality',
               'Klimaschutz', 'DE-ST', 'Wie lief das Losverfahren?',
               '{"anliegen": "Ich bin Jana aus Osterburg", "groesse": "klein"}', 'de',
               md5(random()::text) || md5(random()::text), md5(random()::text) || md5(random()::text),
               CASE WHEN $4 THEN now() END, 1)
       RETURNING id, manage_token_hash`,
      [eventId, email, last, attended],
    );
    await dataSource.query(
      `INSERT INTO sent_message (send_key, template, recipient, event_id, registration_id, sent_at)
       VALUES ($1, 'registration-confirmed', $2, $3, $4, now())`,
      [`registration:${row.id}:test`, email, eventId, row.id],
    );
    return row as { id: string; manage_token_hash: string };
  };
  const anonymise = (eventId: string, login = organiser) =>
    app.inject({
      method: 'POST',
      url: `/api/v1/staff/events/${eventId}/anonymise`,
      headers: login.headers,
    });
  const rowsOf = (eventId: string) =>
    dataSource.query(
      `SELECT id, status, email, first_name, last_name, salutation, organisation, organisation_type,
              function, bundesland, question_for_speakers, answers, attended_at, anonymised_at,
              manage_token_hash
         FROM registration WHERE event_id = $1 ORDER BY id`,
      [eventId],
    );

  beforeAll(async () => {
    app = await createSeededApp({ RATE_LIMIT_POSTS: '1000' });
    dataSource = app.get(DataSource);
    organiser = await logInAs(app, StaffRole.Organiser);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('refuses to anonymise an event that is not over', async () => {
    const upcoming = await event(2 * DAY);
    await register(upcoming.id, 'Bald');
    const response = await anonymise(upcoming.id);
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('PRIVACY.EVENT_NOT_OVER');
    expect((await rowsOf(upcoming.id))[0].anonymised_at).toBeNull();
  });

  it('removes the personal data at once on request and keeps what the statistics need', async () => {
    const past = await event(-2 * DAY);
    const jana = await register(past.id, 'Zander', true);
    await register(past.id, 'Becker');
    const response = await anonymise(past.id);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ eventId: past.id, registrations: 2 });

    const [row] = (await rowsOf(past.id)).filter((r: { id: string }) => r.id === jana.id);
    expect(row).toMatchObject({
      status: 'confirmed',
      email: `${jana.id}@anonymisiert.invalid`,
      first_name: '',
      last_name: 'anonymisiert',
      salutation: null,
      organisation: null,
      function: null,
      question_for_speakers: null,
      organisation_type: 'municipality',
      bundesland: 'DE-ST',
      answers: { groesse: 'klein' },
    });
    expect(row.attended_at).not.toBeNull();
    expect(row.manage_token_hash).not.toBe(jana.manage_token_hash);
    const [mail] = await dataSource.query(
      'SELECT recipient FROM sent_message WHERE registration_id = $1',
      [jana.id],
    );
    expect(mail.recipient).toBe(`${jana.id}@anonymisiert.invalid`);

    const staffEvent = await app.inject({
      method: 'GET',
      url: `/api/v1/staff/events/${past.id}`,
      headers: organiser.headers,
    });
    expect(staffEvent.json().registrationsAnonymisedAt).toBe(response.json().anonymisedAt);
    expect(staffEvent.json().registrations).toMatchObject({ confirmed: 2, attended: 1 });
    const [entry] = await dataSource.query(
      "SELECT account_email, after FROM audit_entry WHERE action = 'event.anonymise' AND subject_id = $1",
      [past.id],
    );
    expect(entry).toEqual({
      account_email: 'redaktion@stadtgespraech.demo',
      after: { registrations: 2, by: 'staff' },
    });

    // Nobody is left to write to: a mailing finds no recipient.
    const mailing = await app.inject({
      method: 'POST',
      url: `/api/v1/staff/events/${past.id}/mailings/preview`,
      headers: organiser.headers,
      payload: { subject: 'Folien', body: 'Die Folien liegen bereit.' },
    });
    expect(mailing.json().recipientCount).toBe(0);
  });

  it('anonymises by itself once the retention of an event has run out, and only then', async () => {
    const old = await event(-91 * DAY);
    const recent = await event(-10 * DAY);
    const short = await event(-10 * DAY, 7);
    for (const e of [old, recent, short]) await register(e.id, `Person${e.slug.slice(-4)}`);

    const results = await app.get(RetentionService).anonymiseDue(new Date());
    const done = results.map((r) => r.eventId);
    expect(done).toEqual(expect.arrayContaining([old.id, short.id]));
    expect(done).not.toContain(recent.id);
    expect((await rowsOf(old.id))[0].last_name).toBe('anonymisiert');
    expect((await rowsOf(recent.id))[0].last_name).not.toBe('anonymisiert');
    // A second round finds nothing more to do for them.
    const again = (await app.get(RetentionService).anonymiseDue(new Date())).map((r) => r.eventId);
    expect(again).not.toContain(old.id);
    const [entry] = await dataSource.query(
      "SELECT account_id, after FROM audit_entry WHERE action = 'event.anonymise' AND subject_id = $1",
      [old.id],
    );
    expect(entry).toEqual({ account_id: null, after: { registrations: 1, by: 'retention' } });
  });
});
