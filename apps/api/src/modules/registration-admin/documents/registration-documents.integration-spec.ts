import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { StaffRole } from '@stadtgespraech/domain/staff';
import { DataSource } from 'typeorm';
import { createEvent, hostedBy } from '../../../../test/event-fixture.js';
import { readPdf } from '../../../../test/pdf.js';
import { logInAs, type StaffLogin } from '../../../../test/staff-session.js';
import { createSeededApp } from '../../../../test/test-app.js';

interface Person {
  first: string;
  last: string;
  status?: string;
  attended?: boolean;
  question?: string | null;
  locale?: 'de' | 'en';
  organisation?: string | null;
}

describe('printed documents about participants', () => {
  let app: NestFastifyApplication;
  let dataSource: DataSource;
  let admin: StaffLogin;
  let organiser: StaffLogin;
  let readOnly: StaffLogin;
  let eventId: string;
  let eventTitle: string;
  const ids: Record<string, string> = {};

  const get = (login: StaffLogin, url: string) =>
    app.inject({ method: 'GET', url: `/api/v1/staff${url}`, headers: login.headers });

  const register = async (person: Person, minutesAgo: number) => {
    const [row] = await dataSource.query(
      `INSERT INTO registration (event_id, status, email, email_normalized, first_name, last_name,
              organisation, organisation_type, bundesland, question_for_speakers, answers, locale,
              manage_token_hash, join_token_hash, created_at, attended_at, version)
       VALUES ($1, $2, $3, $3, $4, $5, $6, 'municipality', 'DE-BB', $7, '{}', $8,
               md5(random()::text) || md5(random()::text), md5(random()::text) || md5(random()::text),
               now() - $9 * interval '1 minute', CASE WHEN $10 THEN now() END, 1)
       RETURNING id`,
      [
        eventId,
        person.status ?? 'confirmed',
        `${person.last.toLowerCase()}@kommune.example`,
        person.first,
        person.last,
        person.organisation === undefined ? `Stadt ${person.last}` : person.organisation,
        person.question ?? null,
        person.locale ?? 'de',
        minutesAgo,
        person.attended ?? false,
      ],
    );
    ids[person.last] = row.id;
  };

  beforeAll(async () => {
    app = await createSeededApp({ JOBS_POLLING_MS: '500' });
    dataSource = app.get(DataSource);
    admin = await logInAs(app, StaffRole.Administrator);
    organiser = await logInAs(app, StaffRole.Organiser);
    readOnly = await logInAs(app, StaffRole.ReadOnly);

    const event = await createEvent(dataSource, { durationMinutes: 90 });
    eventId = event.id;
    eventTitle = event.title;
    // The fixture's event runs 10:00 to 11:30 Berlin time a week from today.
    const [[{ starts_at: startsAt }]] = await dataSource.query(
      `UPDATE event SET format = 'in_person',
              venue = '{"name": "Kultur- und Festspielhaus", "address": {"street": "Paul-Lincke-Platz", "postalCode": "19322", "city": "Wittenberge"}, "accessibilityNotes": null}'
        WHERE id = $1 RETURNING starts_at`,
      [eventId],
    );
    await hostedBy(dataSource, eventId, 'vhw');
    await dataSource.query(
      `INSERT INTO agenda_item (event_id, position, starts_at, ends_at, title, kind)
       VALUES ($1, 0, $2, NULL, 'Begrüßung', 'welcome'),
              ($1, 1, $2::timestamptz + interval '10 minutes', NULL, 'Hitzeschutz in Kleinstädten', 'talk'),
              ($1, 2, $2::timestamptz + interval '50 minutes', NULL, 'Kaffeepause', 'break'),
              ($1, 3, $2::timestamptz + interval '60 minutes', NULL, 'Fragen und Austausch', 'discussion')`,
      [eventId, startsAt],
    );
    await register({ first: 'Jana', last: 'Zander', attended: true, question: 'Wer zahlt?' }, 50);
    await register(
      { first: 'Łukasz', last: 'Ćwikła', attended: true, locale: 'en', question: '  ' },
      40,
    );
    await register({ first: 'Anna', last: 'Becker', question: 'Gibt es Fördermittel?' }, 30);
    await register(
      { first: 'Wanda', last: 'Warteliste', status: 'waitlisted', question: 'Bin ich dabei?' },
      20,
    );
    await register({ first: 'Carla', last: 'Cancel', status: 'cancelled', attended: false }, 10);
  });

  afterAll(async () => {
    await app?.close();
  });

  const audited = async (action: string) =>
    (
      await dataSource.query(
        'SELECT count(*)::int AS n FROM audit_entry WHERE action = $1 AND subject_id = $2',
        [action, eventId],
      )
    )[0].n as number;

  it('prints the attendance list of the confirmed participants by name, with signatures on site', async () => {
    const response = await get(readOnly, `/events/${eventId}/attendance-list`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="teilnahmeliste-\d{4}-\d{2}-\d{2}\.pdf"$/,
    );
    const { pages, info } = await readPdf(response.rawPayload);
    expect(info).toMatchObject({ Title: `Teilnahmeliste: ${eventTitle}`, Language: 'de-DE' });
    const [page] = pages;
    expect(page).toContain('Teilnahmeliste');
    expect(page).toContain('| Wittenberge |');
    expect(page).toContain('Veranstaltet von: vhw');
    expect(page).toContain('Unterschrift');
    const order = ['Becker', 'Ćwikła', 'Zander'].map((name) => page!.indexOf(name));
    expect(order.every((at) => at > 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(page).not.toContain('Warteliste');
    expect(page).not.toContain('Cancel');
    expect(page).toContain('3 bestätigte Anmeldungen, davon 2 anwesend.');
    expect(await audited('registration.attendance-list')).toBe(1);
  });

  it('prints a certificate page for everyone checked in, each in their language', async () => {
    const response = await get(organiser, `/events/${eventId}/certificates`);
    expect(response.statusCode).toBe(200);
    const { pages } = await readPdf(response.rawPayload);
    expect(pages).toHaveLength(2);
    const [english, german] = pages as [string, string];
    expect(english).toContain('Certificate of attendance');
    expect(english).toContain('Łukasz Ćwikła');
    expect(english).toContain('attended the event');
    expect(english).toContain('Duration: 90 minutes');
    expect(german).toContain('Teilnahmebescheinigung');
    expect(german).toContain('Jana Zander');
    expect(german).toContain('Stadt Zander');
    expect(german).toContain(`»${eventTitle}«`);
    expect(german).toContain('Ort: Wittenberge');
    expect(german).toContain('Dauer: 90 Minuten');
    expect(german).toContain('Hitzeschutz in Kleinstädten');
    expect(german).toContain('Fragen und Austausch');
    expect(german).not.toContain('Begrüßung');
    expect(german).not.toContain('Kaffeepause');
    expect(await audited('registration.certificates')).toBe(1);
  });

  it('prints one certificate, only for someone checked in, only within reach', async () => {
    const response = await get(readOnly, `/registrations/${ids.Zander}/certificate`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toMatch(
      /filename="teilnahmebescheinigung-zander-\d{4}-\d{2}-\d{2}\.pdf"$/,
    );
    const { pages, info } = await readPdf(response.rawPayload);
    expect(pages).toHaveLength(1);
    expect(info.Title).toBe(`Teilnahmebescheinigung: ${eventTitle}`);

    const absent = await get(admin, `/registrations/${ids.Becker}/certificate`);
    expect(absent.statusCode).toBe(409);
    expect(absent.json().code).toBe('REGISTRATION.NOT_ATTENDED');

    const foreign = await createEvent(dataSource);
    const [{ id: stranger }] = await dataSource.query(
      `INSERT INTO registration (event_id, status, email, email_normalized, first_name, last_name,
              answers, locale, manage_token_hash, join_token_hash, attended_at, version)
       VALUES ($1, 'confirmed', 'fremd@kommune.example', 'fremd@kommune.example', 'Fremd', 'Person',
               '{}', 'de', md5(random()::text), md5(random()::text), now(), 1) RETURNING id`,
      [foreign.id],
    );
    const hidden = await get(organiser, `/registrations/${stranger}/certificate`);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().code).toBe('REGISTRATION.ID_NOT_FOUND');
    expect((await get(organiser, `/events/${foreign.id}/attendance-list`)).statusCode).toBe(404);
  });

  it('lists the questions for the speakers without names unless asked, oldest first', async () => {
    const anonymous = await get(readOnly, `/events/${eventId}/speaker-questions`);
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.json()).toMatchObject({ eventId, eventTitle });
    expect(anonymous.json().items).toEqual([
      expect.objectContaining({
        registrationId: ids.Zander,
        question: 'Wer zahlt?',
        name: null,
        organisation: 'Stadt Zander',
        organisationType: 'municipality',
        bundesland: 'DE-BB',
      }),
      expect.objectContaining({ question: 'Gibt es Fördermittel?', name: null }),
    ]);
    expect(await audited('registration.speaker-questions')).toBe(0);

    const named = await get(organiser, `/events/${eventId}/speaker-questions?names=true`);
    expect(named.json().items.map((item: { name: string }) => item.name)).toEqual([
      'Jana Zander',
      'Anna Becker',
    ]);
    expect(await audited('registration.speaker-questions')).toBe(1);

    const bad = await get(organiser, `/events/${eventId}/speaker-questions?names=yes`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].pointer).toBe('request.names');
  });
});
