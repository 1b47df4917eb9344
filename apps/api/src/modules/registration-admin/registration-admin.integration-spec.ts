import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { berlinWallClock } from '@stadtgespraech/domain';
import { StaffRole } from '@stadtgespraech/domain/staff';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { createEvent, type EventFixture } from '../../../test/event-fixture.js';
import { privacyConsentVersion } from '../../../test/consent-texts.js';
import { parseCalendar } from '../../../test/ical.js';
import { linkIn, SmtpSink, tokenOf, type ReceivedMail } from '../../../test/smtp-sink.js';
import { logInAs, type StaffLogin } from '../../../test/staff-session.js';
import { createSeededApp } from '../../../test/test-app.js';
import { RegistrationTableRepository } from './registration-table.repository.js';

let counter = 0;
const uniqueEmail = () => `anmeldung.${Date.now()}.${counter++}@kommune.example`;
const calendarMethod = (mail: ReceivedMail) => {
  const file = mail.attachments.find((a) => a.mimeType.startsWith('text/calendar'));
  if (!file) return null;
  return parseCalendar(
    typeof file.content === 'string'
      ? file.content
      : Buffer.from(file.content as ArrayBuffer).toString('utf8'),
  ).method;
};

const QUESTIONS = [
  {
    key: 'ernaehrung',
    type: 'single_choice',
    label: 'Ernährung',
    helpText: null,
    required: true,
    options: ['vegetarisch', 'vegan', 'alles'],
  },
  {
    key: 'themen',
    type: 'multiple_choice',
    label: 'Themen',
    helpText: null,
    required: false,
    options: ['Hitze', 'Starkregen', 'Mobilität'],
  },
  {
    key: 'foto',
    type: 'checkbox',
    label: 'Fotos erlaubt',
    helpText: null,
    required: false,
    options: [],
  },
] as const;

describe('staff managing registrations', () => {
  let app: NestFastifyApplication;
  let dataSource: DataSource;
  let admin: StaffLogin;
  let organiser: StaffLogin;
  let readOnly: StaffLogin;
  let vhw: string;
  let consentVersion: string;
  const smtp = new SmtpSink();

  const call = async (
    login: StaffLogin | null,
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    payload?: unknown,
  ) => {
    const response = await app.inject({
      method,
      url: `/api/v1/staff${url}`,
      payload: payload as never,
      headers: login?.headers ?? {},
    });
    return { status: response.statusCode, body: response.body ? response.json() : null };
  };

  /** A published event of the vhw (the demo organiser's organisation) unless `host` says otherwise. */
  const vhwEvent = async (fixture: EventFixture = {}, host: string | null = vhw) => {
    const event = await createEvent(dataSource, fixture);
    if (host)
      await dataSource.query(
        "INSERT INTO event_organiser (event_id, organisation_id, role) VALUES ($1, $2, 'host')",
        [event.id, host],
      );
    return event;
  };

  /** Registers through the portal's API and confirms the address, as a visitor would. */
  const registerAndConfirm = async (slug: string, email = uniqueEmail(), answers = {}) => {
    const registered = await app.inject({
      method: 'POST',
      url: `/api/v1/events/${slug}/registrations`,
      payload: {
        email,
        firstName: 'Jana',
        lastName: 'Beispiel',
        answers,
        consents: [{ purpose: 'privacy', granted: true, textVersion: consentVersion }],
      },
    });
    expect(registered.statusCode).toBe(202);
    const [mail] = await smtp.waitFor(email);
    const confirmed = await app.inject({
      method: 'POST',
      url: '/api/v1/registrations/confirm',
      payload: { token: tokenOf(linkIn(mail!, '/anmeldung/bestaetigen/')) },
    });
    expect(confirmed.statusCode).toBe(200);
    const [row] = await dataSource.query('SELECT id FROM registration WHERE email = $1', [email]);
    return { id: row.id as string, email, status: confirmed.json().status as string };
  };

  /** Many registrations at once, straight into the table (the form is tested elsewhere). */
  const bulkRegistrations = (eventId: string, count: number) =>
    dataSource.query(
      `INSERT INTO registration (event_id, status, email, email_normalized, first_name, last_name,
              organisation, organisation_type, bundesland, answers, locale, manage_token_hash,
              join_token_hash, queued_at, created_at, attended_at, version)
       SELECT $1,
              CASE WHEN i % 5 = 0 THEN 'waitlisted' ELSE 'confirmed' END,
              'person' || i || '@bulk.example', 'person' || i || '@bulk.example',
              'Vorname' || i, 'Nachname' || lpad(i::text, 3, '0'),
              CASE WHEN i % 3 = 0 THEN NULL ELSE 'Stadt ' || (i % 7) END,
              CASE WHEN i % 2 = 0 THEN 'municipality' ELSE 'association' END,
              CASE WHEN i % 4 = 0 THEN 'DE-BY' ELSE 'DE-NW' END,
              jsonb_build_object(
                'ernaehrung', CASE WHEN i % 2 = 0 THEN 'vegan' ELSE 'alles' END,
                'themen', CASE WHEN i % 10 = 0 THEN '["Hitze","Mobilität"]'::jsonb ELSE '["Starkregen"]'::jsonb END,
                'foto', i % 6 = 0),
              'de', md5(random()::text) || md5(random()::text), md5(random()::text) || md5(random()::text),
              now() - i * interval '1 minute', now() - i * interval '1 minute',
              CASE WHEN i % 8 = 0 AND i % 5 <> 0 THEN now() END, 1
         FROM generate_series(1, $2::int) AS i`,
      [eventId, count],
    );

  const jobsFor = async (registrationId: string) =>
    (
      await dataSource.query(
        "SELECT count(*)::int AS count FROM pgboss.job WHERE name = 'mail' AND data->>'registrationId' = $1",
        [registrationId],
      )
    )[0].count as number;

  beforeAll(async () => {
    await smtp.start();
    app = await createSeededApp({
      SMTP_URL: smtp.url,
      RATE_LIMIT_POSTS: '100000',
      JOBS_POLLING_MS: '500',
    });
    dataSource = app.get(DataSource);
    [{ id: vhw }] = await dataSource.query("SELECT id FROM organisation WHERE slug = 'vhw'");
    admin = await logInAs(app, StaffRole.Administrator);
    organiser = await logInAs(app, StaffRole.Organiser);
    readOnly = await logInAs(app, StaffRole.ReadOnly);
    consentVersion = await privacyConsentVersion(app);
  });

  afterAll(async () => {
    await app?.close();
    await smtp.stop();
  });

  describe('the table', () => {
    let eventId: string;
    const list = async (query: string, login = organiser) => {
      const response = await call(login, 'GET', `/events/${eventId}/registrations?${query}`);
      expect(response.status).toBe(200);
      return response.body;
    };

    beforeAll(async () => {
      eventId = (await vhwEvent({ capacity: null, questions: QUESTIONS as never })).id;
      await bulkRegistrations(eventId, 130);
    });

    it('pages through every registration once, in order, by cursor', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page: { items: { lastName: string }[]; nextCursor: string | null; total: number } =
          await list(`sort=name&direction=asc&limit=50${cursor ? `&cursor=${cursor}` : ''}`);
        expect(page.total).toBe(130);
        seen.push(...page.items.map((item) => item.lastName));
        cursor = page.nextCursor;
        pages++;
      } while (cursor);
      expect(pages).toBe(3);
      expect(seen).toHaveLength(130);
      expect(new Set(seen).size).toBe(130);
      expect(seen).toEqual([...seen].sort());
      expect(seen[0]).toBe('Nachname001');
    });

    it('shows the newest first by default, with counts of the whole event', async () => {
      const page = await list('limit=2');
      expect(page.items.map((item: { lastName: string }) => item.lastName)).toEqual([
        'Nachname001',
        'Nachname002',
      ]);
      expect(page.counts).toMatchObject({ confirmed: 104, waitlisted: 26, attended: 13 });
      expect(page.items[0]).not.toHaveProperty('manageTokenHash');
    });

    it('numbers the waiting list in queue order', async () => {
      const page = await list('status=waitlisted&sort=registered&direction=asc&limit=200');
      expect(page.total).toBe(26);
      // The oldest (queued first) stands first in line.
      expect(page.items[0]).toMatchObject({ lastName: 'Nachname130', waitlistPosition: 1 });
      expect(page.items.at(-1)).toMatchObject({ lastName: 'Nachname005', waitlistPosition: 26 });
    });

    it.each([
      ['status', 'status=waitlisted', 26],
      ['Bundesland', 'bundesland=DE-BY', 32],
      ['organisation type', 'organisationType=municipality', 65],
      ['attendance', 'attended=yes', 13],
      ['a single-choice answer', 'answer=ernaehrung:vegan', 65],
      ['an option among several', 'answer=themen:Mobilit%C3%A4t', 13],
      ['a checkbox', 'answer=foto:true', 21],
      ['a search in names', 'q=nachname12', 10],
      ['a search in addresses', 'q=person7%40bulk', 1],
      ['a search in organisations', 'q=stadt%205', 12],
      ['filters together', 'status=confirmed&bundesland=DE-BY&answer=ernaehrung:vegan', 26],
    ])('filters by %s, with the same total on every page', async (_, query, total) => {
      const page = await list(`${query}&limit=200`);
      expect(page.total).toBe(total);
      expect(page.items).toHaveLength(total);
      const ids = new Set<string>();
      let cursor: string | null = null;
      do {
        const next: { items: { id: string }[]; nextCursor: string | null; total: number } =
          await list(`${query}&limit=12${cursor ? `&cursor=${cursor}` : ''}`);
        expect(next.total).toBe(total);
        for (const item of next.items) ids.add(item.id);
        cursor = next.nextCursor;
      } while (cursor);
      expect(ids.size).toBe(total);
    });

    it('sorts by status and by organisation across pages', async () => {
      const statuses: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { items: { status: string }[]; nextCursor: string | null } = await list(
          `sort=status&direction=asc&limit=40${cursor ? `&cursor=${cursor}` : ''}`,
        );
        statuses.push(...page.items.map((item) => item.status));
        cursor = page.nextCursor;
      } while (cursor);
      expect(statuses.indexOf('waitlisted')).toBe(104);
      expect(statuses.lastIndexOf('confirmed')).toBe(103);

      const byOrganisation = await list('sort=organisation&direction=desc&limit=1');
      expect(byOrganisation.items[0].organisation).toBe('Stadt 6');
    });

    it('refuses a cursor of another order, and bad filters, with problem documents', async () => {
      const first = await list('sort=name&limit=10');
      const wrong = await call(
        organiser,
        'GET',
        `/events/${eventId}/registrations?sort=registered&cursor=${first.nextCursor}`,
      );
      expect(wrong.status).toBe(400);
      expect(wrong.body.code).toBe('REGISTRATION.CURSOR_INVALID');
      const bad = await call(organiser, 'GET', `/events/${eventId}/registrations?answer=foto`);
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0].pointer).toBe('request.answer');
    });

    it('exports the filtered rows as CSV with the chosen columns, by name, and audits it', async () => {
      const response = await app.inject({
        method: 'GET',
        url: `/api/v1/staff/events/${eventId}/registrations/export?status=waitlisted&columns=lastName,email,bundesland,answer.themen`,
        headers: readOnly.headers,
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers['content-disposition']).toMatch(
        /^attachment; filename="anmeldungen-\d{4}-\d{2}-\d{2}\.csv"$/,
      );
      const lines = response.body.split('\r\n');
      expect(lines[0]).toBe('\uFEFFNachname;E-Mail;Bundesland;Themen');
      expect(lines[1]).toBe('Nachname005;person5@bulk.example;Nordrhein-Westfalen;Starkregen');
      expect(lines[2]).toBe(
        'Nachname010;person10@bulk.example;Nordrhein-Westfalen;Hitze, Mobilität',
      );
      expect(lines.filter(Boolean)).toHaveLength(1 + 26);

      const [entry] = await dataSource.query(
        "SELECT account_email, after FROM audit_entry WHERE action = 'registration.export' AND subject_id = $1",
        [eventId],
      );
      expect(entry).toMatchObject({
        account_email: 'lesen@stadtgespraech.demo',
        after: {
          format: 'csv',
          columns: 'lastName,email,bundesland,answer.themen',
          filters: { status: 'waitlisted' },
        },
      });
    });

    it('exports the same rows as an Excel workbook with real dates in Berlin time', async () => {
      const response = await app.inject({
        method: 'GET',
        url: `/api/v1/staff/events/${eventId}/registrations/export?format=xlsx&status=waitlisted&columns=lastName,bundesland,createdAt,answer.themen`,
        headers: readOnly.headers,
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      expect(response.headers['content-disposition']).toMatch(/filename="anmeldungen-.+\.xlsx"$/);

      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet('Anmeldungen')!;
      expect(sheet.rowCount).toBe(1 + 26);
      expect(sheet.getRow(1).values).toEqual([
        undefined,
        'Nachname',
        'Bundesland',
        'Angemeldet am',
        'Themen',
      ]);
      expect(sheet.getRow(1).font?.bold).toBe(true);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      const second = sheet.getRow(3);
      expect(second.getCell(1).value).toBe('Nachname010');
      expect(second.getCell(4).value).toBe('Hitze, Mobilität');
      const [stored] = await dataSource.query(
        "SELECT created_at FROM registration WHERE event_id = $1 AND last_name = 'Nachname010'",
        [eventId],
      );
      const cell = second.getCell(3);
      expect(cell.numFmt).toBe('dd.mm.yyyy hh:mm:ss');
      expect(cell.value).toBeInstanceOf(Date);
      expect(berlinWallClock(stored.created_at)).toEqual({
        date: (cell.value as Date).toISOString().slice(0, 10),
        time: (cell.value as Date).toISOString().slice(11, 16),
      });
    });

    it('exports every row across batches and refuses unknown columns', async () => {
      const response = await app.inject({
        method: 'GET',
        url: `/api/v1/staff/events/${eventId}/registrations/export`,
        headers: admin.headers,
      });
      const lines = response.body.split('\r\n').filter(Boolean);
      expect(lines).toHaveLength(131);
      expect(lines[0]).toContain('Ernährung');
      const unknown = await call(
        admin,
        'GET',
        `/events/${eventId}/registrations/export?columns=lastName,answer.hobby`,
      );
      expect(unknown.status).toBe(400);
      expect(unknown.body.errors[0].pointer).toBe('request.columns');

      // Batches continue after the last name read: every row once, in order.
      const names: string[] = [];
      for await (const row of app.get(RegistrationTableRepository).exportRows(eventId, {}, 40))
        names.push(row.lastName);
      expect(names).toHaveLength(130);
      expect(new Set(names).size).toBe(130);
      expect(names).toEqual([...names].sort());
    });

    it("lets read-only staff read, and hides other organisations' events from organisers", async () => {
      expect((await list('limit=1', readOnly)).total).toBe(130);
      const foreign = await vhwEvent({}, null);
      const hidden = await call(organiser, 'GET', `/events/${foreign.id}/registrations`);
      expect(hidden.status).toBe(404);
      expect(hidden.body.code).toBe('EVENT.ID_NOT_FOUND');
      expect((await call(admin, 'GET', `/events/${foreign.id}/registrations`)).status).toBe(200);
    });
  });

  describe('adding by hand', () => {
    it('gives a seat without double opt-in, mails the personal link, and shows the source', async () => {
      const event = await vhwEvent({ capacity: 5 });
      const email = uniqueEmail();
      const added = await call(organiser, 'POST', `/events/${event.id}/registrations`, {
        email,
        firstName: 'Petra',
        lastName: 'Telefon',
        organisation: 'Gemeinde Musterdorf',
      });
      expect(added.status).toBe(201);
      expect(added.body).toMatchObject({
        status: 'confirmed',
        source: 'staff',
        consents: [],
        editable: true,
        allowedStatuses: ['waitlisted', 'cancelled'],
      });
      const [mail] = await smtp.waitFor(email);
      expect(mail!.subject).toContain('Anmeldung bestätigt');
      expect(mail!.text).toContain('/teilnehmen/');
      expect(calendarMethod(mail!)).toBe('REQUEST');

      const again = await call(organiser, 'POST', `/events/${event.id}/registrations`, {
        email: email.toUpperCase(),
        firstName: 'Petra',
        lastName: 'Telefon',
      });
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({
        code: 'REGISTRATION.ALREADY_REGISTERED',
        registrationId: added.body.id,
      });
      const history = await call(admin, 'GET', `/registrations/${added.body.id}`);
      expect(history.body.history).toEqual([
        expect.objectContaining({
          action: 'registration.add',
          by: 'redaktion@stadtgespraech.demo',
        }),
      ]);
    });

    it('puts on the waiting list when full, refuses a seat unless overbooking, and can stay silent', async () => {
      const event = await vhwEvent({ capacity: 1 });
      const person = (lastName: string) => ({ email: uniqueEmail(), firstName: 'A', lastName });
      const first = await call(admin, 'POST', `/events/${event.id}/registrations`, person('Eins'));
      expect(first.body.status).toBe('confirmed');
      const second = await call(admin, 'POST', `/events/${event.id}/registrations`, {
        ...person('Zwei'),
        notify: false,
      });
      expect(second.body).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
      expect(await jobsFor(second.body.id)).toBe(0);

      const seat = { ...person('Drei'), status: 'confirmed' };
      const refused = await call(admin, 'POST', `/events/${event.id}/registrations`, seat);
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ code: 'REGISTRATION.FULL', capacity: 1, confirmed: 1 });
      const overbooked = await call(admin, 'POST', `/events/${event.id}/registrations`, {
        ...seat,
        overbook: true,
      });
      expect(overbooked.body.status).toBe('confirmed');
    });

    it('checks answers against the questions but lets staff leave required ones out', async () => {
      const event = await vhwEvent({ questions: QUESTIONS as never });
      const base = { email: uniqueEmail(), firstName: 'B', lastName: 'C' };
      const unanswered = await call(admin, 'POST', `/events/${event.id}/registrations`, base);
      expect(unanswered.status).toBe(201);
      const wrong = await call(admin, 'POST', `/events/${event.id}/registrations`, {
        ...base,
        email: uniqueEmail(),
        answers: { ernaehrung: 'Fisch' },
      });
      expect(wrong.status).toBe(422);
      expect(wrong.body.code).toBe('REGISTRATION.INVALID_ANSWER');
    });

    it('refuses read-only staff and events of other organisations', async () => {
      const event = await vhwEvent();
      const body = { email: uniqueEmail(), firstName: 'D', lastName: 'E' };
      expect((await call(readOnly, 'POST', `/events/${event.id}/registrations`, body)).status).toBe(
        403,
      );
      const foreign = await vhwEvent({}, null);
      const refused = await call(organiser, 'POST', `/events/${foreign.id}/registrations`, body);
      expect(refused.status).toBe(404);
    });
  });

  describe('editing data', () => {
    const edit = async (login: StaffLogin, id: string, body: unknown, version?: number) => {
      const response = await app.inject({
        method: 'PATCH',
        url: `/api/v1/staff/registrations/${id}`,
        payload: body as never,
        headers: {
          ...login.headers,
          ...(version === undefined ? {} : { 'if-match': `"${version}"` }),
        },
      });
      return { status: response.statusCode, body: response.json() };
    };

    it('corrects data on the version loaded, mails nothing, and audits before and after', async () => {
      const event = await vhwEvent({ questions: QUESTIONS as never });
      const person = await registerAndConfirm(event.slug, uniqueEmail(), { ernaehrung: 'vegan' });
      const loaded = await call(organiser, 'GET', `/registrations/${person.id}`);
      const version = loaded.body.version as number;
      const mailsBefore = await jobsFor(person.id);

      const blind = await edit(organiser, person.id, { lastName: 'Beispiel-Neu' });
      expect(blind.status).toBe(428);
      expect(blind.body.code).toBe('REGISTRATION.PRECONDITION_REQUIRED');

      const edited = await edit(
        organiser,
        person.id,
        {
          lastName: 'Beispiel-Neu',
          organisation: 'Stadt Wittenberge',
          answers: { ernaehrung: 'alles' },
        },
        version,
      );
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({
        lastName: 'Beispiel-Neu',
        firstName: 'Jana',
        organisation: 'Stadt Wittenberge',
        answers: { ernaehrung: 'alles' },
        locale: 'de',
        status: 'confirmed',
        version: version + 1,
      });
      expect(await jobsFor(person.id)).toBe(mailsBefore);
      const [entry] = await dataSource.query(
        "SELECT before, after FROM audit_entry WHERE action = 'registration.edit' AND subject_id = $1",
        [person.id],
      );
      expect(entry).toEqual({
        before: { lastName: 'Beispiel', organisation: null, answers: { ernaehrung: 'vegan' } },
        after: {
          lastName: 'Beispiel-Neu',
          organisation: 'Stadt Wittenberge',
          answers: { ernaehrung: 'alles' },
        },
      });

      const stale = await edit(admin, person.id, { firstName: 'Janina' }, version);
      expect(stale.status).toBe(412);
      expect(stale.body.code).toBe('REGISTRATION.STALE');
      const wrong = await edit(admin, person.id, { answers: { ernaehrung: 'Fisch' } }, version + 1);
      expect(wrong.status).toBe(422);
      expect(wrong.body.code).toBe('REGISTRATION.INVALID_ANSWER');
    });

    it('changes the address unless another registration of the event has it', async () => {
      const event = await vhwEvent();
      const first = await registerAndConfirm(event.slug);
      const second = await registerAndConfirm(event.slug);
      const taken = await edit(admin, second.id, { email: first.email.toUpperCase() }, 2);
      expect(taken.status).toBe(409);
      expect(taken.body).toMatchObject({
        code: 'REGISTRATION.ALREADY_REGISTERED',
        registrationId: first.id,
      });
      const fresh = uniqueEmail();
      const typed = fresh.replace('anmeldung', 'Anmeldung');
      const moved = await edit(admin, second.id, { email: typed }, 2);
      expect(moved.status).toBe(200);
      expect(moved.body.email).toBe(typed);
      const [row] = await dataSource.query(
        'SELECT email_normalized FROM registration WHERE id = $1',
        [second.id],
      );
      expect(row.email_normalized).toBe(fresh);
    });

    it('refuses read-only staff and registrations of other organisations', async () => {
      const event = await vhwEvent();
      const person = await registerAndConfirm(event.slug);
      expect((await edit(readOnly, person.id, { lastName: 'X' }, 2)).status).toBe(403);
      const foreign = await vhwEvent({}, null);
      const stranger = await registerAndConfirm(foreign.slug);
      const hidden = await edit(organiser, stranger.id, { lastName: 'X' }, 2);
      expect(hidden.status).toBe(404);
      expect(hidden.body.code).toBe('REGISTRATION.ID_NOT_FOUND');
    });
  });

  describe('status changes', () => {
    it('approves with an invitation, cancels with the note and METHOD:CANCEL, and promotes the next', async () => {
      const event = await vhwEvent({ capacity: 1, approvalRequired: true });
      const applicant = await registerAndConfirm(event.slug);
      expect(applicant.status).toBe('awaiting_approval');

      const approved = await call(organiser, 'POST', `/registrations/${applicant.id}/status`, {
        status: 'confirmed',
      });
      expect(approved.status).toBe(200);
      expect(approved.body).toMatchObject({
        status: 'confirmed',
        allowedStatuses: ['waitlisted', 'cancelled'],
      });
      const [approvedMail] = await smtp.waitFor(applicant.email, 1, (m) =>
        Boolean(m.subject?.includes('Anmeldung angenommen')),
      );
      expect(approvedMail!.subject).toContain('Anmeldung angenommen');
      expect(calendarMethod(approvedMail!)).toBe('REQUEST');

      // The next applicant waits for approval; staff put them on the waiting list.
      const next = await registerAndConfirm(event.slug);
      const moved = await call(organiser, 'POST', `/registrations/${next.id}/status`, {
        status: 'waitlisted',
      });
      expect(moved.body).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });

      const cancelled = await call(organiser, 'POST', `/registrations/${applicant.id}/status`, {
        status: 'cancelled',
        message: 'Leider ist Ihre Kommune nicht Teil des Programms.',
      });
      expect(cancelled.body).toMatchObject({ status: 'cancelled', allowedStatuses: [] });
      const cancelMail = (
        await smtp.waitFor(applicant.email, 1, (m) => Boolean(m.subject?.includes('storniert')))
      )[0]!;
      expect(cancelMail.text).toContain('Leider ist Ihre Kommune nicht Teil des Programms.');
      expect(calendarMethod(cancelMail)).toBe('CANCEL');

      const promotedMail = (
        await smtp.waitFor(next.email, 1, (m) => Boolean(m.subject?.includes('Platz ist frei')))
      )[0]!;
      expect(calendarMethod(promotedMail)).toBe('REQUEST');
      const promoted = await call(readOnly, 'GET', `/registrations/${next.id}`);
      expect(promoted.body).toMatchObject({
        status: 'confirmed',
        editable: false,
        allowedStatuses: [],
      });

      const detail = await call(admin, 'GET', `/registrations/${applicant.id}`);
      expect(detail.body.consents).toEqual([
        expect.objectContaining({ purpose: 'privacy', granted: true, textVersion: consentVersion }),
      ]);
      expect(detail.body.consents[0].text.length).toBeGreaterThan(20);
      expect(detail.body.history.map((h: { action: string }) => h.action)).toEqual([
        'registration.status',
        'registration.status',
      ]);
      expect(detail.body.history[1].after).toMatchObject({
        status: 'cancelled',
        message: 'Leider ist Ihre Kommune nicht Teil des Programms.',
      });
      // The last may still be on its way from the outbox to sent_message.
      const mails = detail.body.mails.map((m: { template: string }) => m.template);
      expect(mails).toEqual(
        expect.arrayContaining([
          'confirm-address',
          'registration-awaiting-approval',
          'registration-approved',
          'registration-cancelled-by-organiser',
        ]),
      );
    });

    it('refuses what the rules forbid, a seat of a full event, and repeats nothing', async () => {
      const event = await vhwEvent({ capacity: 1 });
      const seated = await registerAndConfirm(event.slug);
      const waiting = await registerAndConfirm(event.slug);
      expect([seated.status, waiting.status]).toEqual(['confirmed', 'waitlisted']);

      const full = await call(admin, 'POST', `/registrations/${waiting.id}/status`, {
        status: 'confirmed',
      });
      expect(full.status).toBe(409);
      expect(full.body.code).toBe('REGISTRATION.FULL');
      const rejected = await call(admin, 'POST', `/registrations/${waiting.id}/status`, {
        status: 'rejected',
      });
      expect(rejected.status).toBe(409);
      expect(rejected.body).toMatchObject({
        code: 'REGISTRATION.INVALID_TRANSITION',
        from: 'waitlisted',
        to: 'rejected',
      });

      const jobsBefore = await jobsFor(seated.id);
      const same = await call(admin, 'POST', `/registrations/${seated.id}/status`, {
        status: 'confirmed',
      });
      expect(same.status).toBe(200);
      expect(await jobsFor(seated.id)).toBe(jobsBefore);

      const overbooked = await call(admin, 'POST', `/registrations/${waiting.id}/status`, {
        status: 'confirmed',
        overbook: true,
        notify: false,
      });
      expect(overbooked.body.status).toBe('confirmed');
      const counts = await call(admin, 'GET', `/events/${event.id}/registrations?limit=1`);
      expect(counts.body.counts).toMatchObject({ confirmed: 2, waitlisted: 0 });
    });

    it('refuses read-only staff, other organisations, unknown ids and bad bodies', async () => {
      const foreign = await vhwEvent({}, null);
      const person = await registerAndConfirm(foreign.slug);
      const body = { status: 'cancelled' };
      expect(
        (await call(readOnly, 'POST', `/registrations/${person.id}/status`, body)).status,
      ).toBe(403);
      const hidden = await call(organiser, 'POST', `/registrations/${person.id}/status`, body);
      expect(hidden.status).toBe(404);
      expect(hidden.body.code).toBe('REGISTRATION.ID_NOT_FOUND');
      expect((await call(organiser, 'GET', `/registrations/${person.id}`)).status).toBe(404);
      const missing = await call(
        admin,
        'GET',
        '/registrations/00000000-0000-4000-8000-000000000000',
      );
      expect(missing.body.code).toBe('REGISTRATION.ID_NOT_FOUND');
      const bad = await call(admin, 'POST', `/registrations/${person.id}/status`, {
        status: 'expired',
      });
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0].pointer).toBe('request.status');
    });
  });

  describe('check-in', () => {
    it('marks present with one call, keeps the first time, undoes, and counts', async () => {
      const event = await vhwEvent({ capacity: 1 });
      const seated = await registerAndConfirm(event.slug);
      const waiting = await registerAndConfirm(event.slug);

      const first = await call(organiser, 'PUT', `/registrations/${seated.id}/attendance`, {
        attended: true,
      });
      expect(first.status).toBe(200);
      expect(first.body.attendedAt).toEqual(expect.any(String));
      const again = await call(organiser, 'PUT', `/registrations/${seated.id}/attendance`, {
        attended: true,
      });
      expect(again.body.attendedAt).toBe(first.body.attendedAt);
      const present = await call(
        organiser,
        'GET',
        `/events/${event.id}/registrations?attended=yes`,
      );
      expect(present.body).toMatchObject({ total: 1, counts: { attended: 1 } });

      const undone = await call(organiser, 'PUT', `/registrations/${seated.id}/attendance`, {
        attended: false,
      });
      expect(undone.body.attendedAt).toBeNull();
      const history = await call(admin, 'GET', `/registrations/${seated.id}`);
      expect(history.body.history.map((h: { action: string }) => h.action)).toEqual([
        'registration.attendance',
        'registration.attendance',
      ]);

      const noSeat = await call(organiser, 'PUT', `/registrations/${waiting.id}/attendance`, {
        attended: true,
      });
      expect(noSeat.status).toBe(409);
      expect(noSeat.body.code).toBe('REGISTRATION.NOT_CONFIRMED');
      const wrongBody = await call(organiser, 'PUT', `/registrations/${seated.id}/attendance`, {
        attended: 'ja',
      });
      expect(wrongBody.status).toBe(400);
    });
  });
});
