import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { StaffRole } from '@stadtgespraech/domain/staff';
import { DataSource } from 'typeorm';
import { privacyConsentVersion } from '../../../test/consent-texts.js';
import { parseCalendar } from '../../../test/ical.js';
import { registerAndConfirm as register } from '../../../test/register.js';
import { SmtpSink, type ReceivedMail } from '../../../test/smtp-sink.js';
import { logInAs, type StaffLogin } from '../../../test/staff-session.js';
import { createSeededApp } from '../../../test/test-app.js';

let counter = 0;
const uniqueEmail = () => `teilnehmerin.${Date.now()}.${counter++}@kommune.example`;
const inDays = (days: number, hour = 10) => {
  const date = new Date(Date.now() + days * 86_400_000);
  date.setUTCHours(hour, 0, 0, 0);
  return date.toISOString();
};
const calendarOf = (mail: ReceivedMail) => {
  const file = mail.attachments.find((a) => a.mimeType.startsWith('text/calendar'));
  if (!file) throw new Error(`No calendar file in "${mail.subject}"`);
  return parseCalendar(
    typeof file.content === 'string'
      ? file.content
      : Buffer.from(file.content as ArrayBuffer).toString('utf8'),
  );
};

describe('staff editing events', () => {
  let app: NestFastifyApplication;
  let dataSource: DataSource;
  let admin: StaffLogin;
  let organiser: StaffLogin;
  let readOnly: StaffLogin;
  let consentVersion: string;
  const ids: Record<string, string> = {};
  const smtp = new SmtpSink();

  const call = async (
    login: StaffLogin | null,
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ) => {
    const response = await app.inject({
      method,
      url,
      payload: payload as never,
      headers: { ...(login?.headers ?? {}), ...headers },
    });
    return {
      status: response.statusCode,
      body: response.body ? response.json() : null,
      etag: response.headers.etag,
    };
  };

  /** A complete web talk of the vhw with a two-item agenda and one custom question. */
  const webTalk = (extra: Record<string, unknown> = {}) => {
    const startsAt = inDays(20);
    const at = (minutes: number) => new Date(Date.parse(startsAt) + minutes * 60_000).toISOString();
    return {
      title: `Kleinstadt Web-Talk Test ${counter++}`,
      type: 'web_talk',
      format: 'online',
      startsAt,
      endsAt: at(60),
      onlinePlatform: 'Webex',
      joinUrl: 'https://meet.example.org/web-talk',
      organisers: [{ organisationId: ids.vhw, role: 'host' }],
      discussionQuestions: ['Wie gelingt Beteiligung in der Kleinstadt?'],
      agenda: [
        { startsAt, endsAt: at(10), title: 'Begrüßung', kind: 'welcome' },
        {
          startsAt: at(10),
          endsAt: at(50),
          title: 'Impuls',
          kind: 'talk',
          contributors: [
            { personId: ids.person, role: 'speaker', contributionTitle: 'Aus der Praxis' },
          ],
        },
      ],
      registration: {
        mode: 'internal',
        capacity: 1,
        waitlistEnabled: true,
        questions: [
          {
            key: 'erwartung',
            type: 'text',
            label: 'Was erwarten Sie vom Web-Talk?',
            required: false,
          },
        ],
      },
      ...extra,
    };
  };

  const create = async (login: StaffLogin, body: Record<string, unknown> = webTalk()) => {
    const response = await call(login, 'POST', '/api/v1/staff/events', body);
    expect(response.status).toBe(201);
    return response.body;
  };

  const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

  const registerAndConfirm = (slug: string, email: string) =>
    register(app, smtp, { slug, email, consentVersion });

  beforeAll(async () => {
    await smtp.start();
    app = await createSeededApp({
      SMTP_URL: smtp.url,
      RATE_LIMIT_POSTS: '100000',
      JOBS_POLLING_MS: '500',
    });
    dataSource = app.get(DataSource);
    const [vhw] = await dataSource.query("SELECT id FROM organisation WHERE slug = 'vhw'");
    const [bbsr] = await dataSource.query("SELECT id FROM organisation WHERE slug = 'bbsr'");
    const [person] = await dataSource.query("SELECT id FROM person WHERE slug = 'nico-schulz'");
    ids.vhw = vhw.id;
    ids.bbsr = bbsr.id;
    ids.person = person.id;
    admin = await logInAs(app, StaffRole.Administrator);
    organiser = await logInAs(app, StaffRole.Organiser);
    readOnly = await logInAs(app, StaffRole.ReadOnly);
    consentVersion = await privacyConsentVersion(app);
  });

  afterAll(async () => {
    await app?.close();
    await smtp.stop();
  });

  it('creates a draft with agenda and question, publishes it, and the portal shows it', async () => {
    const draft = await create(organiser);
    expect(draft).toMatchObject({
      status: 'draft',
      version: 1,
      editable: true,
      joinUrl: 'https://meet.example.org/web-talk',
      publishBlockers: [],
      agendaIssues: [],
      organisers: [{ organisationId: ids.vhw, role: 'host', name: expect.stringContaining('vhw') }],
    });
    expect(draft.agenda.map((item: { title: string }) => item.title)).toEqual([
      'Begrüßung',
      'Impuls',
    ]);
    expect(draft.agenda[1].contributors[0]).toMatchObject({
      personId: ids.person,
      name: 'Nico Schulz',
    });
    expect(draft.slug).toMatch(/^kleinstadt-web-talk-test-\d+$/);

    expect((await call(null, 'GET', `/api/v1/events/${draft.slug}`)).status).toBe(404);
    const loaded = await call(readOnly, 'GET', `/api/v1/staff/events/${draft.id}`);
    expect(loaded.etag).toBe('"1"');
    expect(loaded.body.editable).toBe(false);

    const published = await call(
      organiser,
      'POST',
      `/api/v1/staff/events/${draft.id}/publish`,
      undefined,
      ifMatch(1),
    );
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ status: 'published', version: 2 });
    expect(draft.portalUrl).toBeNull();
    expect(published.body.portalUrl).toMatch(new RegExp(`/veranstaltungen/${draft.slug}$`));
    expect(published.etag).toBe('"2"');

    const page = await call(null, 'GET', `/api/v1/events/${draft.slug}`);
    expect(page.status).toBe(200);
    expect(page.body.registration.questions[0].label).toBe('Was erwarten Sie vom Web-Talk?');
    expect(page.body.agenda).toHaveLength(2);
    expect(JSON.stringify(page.body)).not.toContain('meet.example.org');

    const list = await call(
      organiser,
      'GET',
      '/api/v1/staff/events?q=Web-Talk%20Test&pageSize=100',
    );
    expect(list.body.items.map((e: { id: string }) => e.id)).toContain(draft.id);
  });

  it('refuses a stale edit and an edit without If-Match, and keeps the newer change', async () => {
    const event = await create(admin);
    const first = await call(
      admin,
      'PATCH',
      `/api/v1/staff/events/${event.id}`,
      { subtitle: 'Erste Änderung' },
      ifMatch(1),
    );
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(2);

    const stale = await call(
      organiser,
      'PATCH',
      `/api/v1/staff/events/${event.id}`,
      { subtitle: 'Veraltete Änderung' },
      ifMatch(1),
    );
    expect(stale.status).toBe(412);
    expect(stale.body).toMatchObject({ code: 'EVENT.STALE', currentVersion: 2 });

    const blind = await call(organiser, 'PATCH', `/api/v1/staff/events/${event.id}`, {
      subtitle: 'Blind',
    });
    expect(blind.status).toBe(428);
    expect(blind.body.code).toBe('EVENT.PRECONDITION_REQUIRED');

    const now = await call(admin, 'GET', `/api/v1/staff/events/${event.id}`);
    expect(now.body.subtitle).toBe('Erste Änderung');
  });

  it('refuses agenda items outside the event and warns about overlaps', async () => {
    const base = webTalk();
    const outside = await call(admin, 'POST', '/api/v1/staff/events', {
      ...base,
      agenda: [{ startsAt: inDays(21), title: 'Am Tag danach', kind: 'talk' }],
    });
    expect(outside.status).toBe(422);
    expect(outside.body.code).toBe('EVENT.AGENDA_OUTSIDE_EVENT');
    expect(outside.body.errors[0].pointer).toBe('request.agenda[0].startsAt');

    const overlapping = await create(admin, {
      ...base,
      agenda: [
        { startsAt: base.startsAt, endsAt: base.endsAt, title: 'Workshop A', kind: 'discussion' },
        { startsAt: base.startsAt, endsAt: base.endsAt, title: 'Workshop B', kind: 'discussion' },
      ],
    });
    expect(overlapping.agendaIssues).toEqual([
      { code: 'overlap', index: 1, otherIndex: 0, severity: 'warning' },
    ]);
  });

  it('publishes only a complete event and says what is missing', async () => {
    const event = await create(admin, webTalk({ format: 'hybrid', organisers: [] }));
    expect(event.publishBlockers).toEqual(['no_host', 'no_venue']);
    const refused = await call(
      admin,
      'POST',
      `/api/v1/staff/events/${event.id}/publish`,
      undefined,
      ifMatch(1),
    );
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({
      code: 'EVENT.NOT_PUBLISHABLE',
      blockers: ['no_host', 'no_venue'],
    });
  });

  it('keeps organisers to the events of their organisations and read-only staff to reading', async () => {
    const foreign = await create(
      admin,
      webTalk({ organisers: [{ organisationId: ids.bbsr, role: 'host' }] }),
    );
    expect((await call(organiser, 'GET', `/api/v1/staff/events/${foreign.id}`)).status).toBe(404);
    const list = await call(organiser, 'GET', '/api/v1/staff/events?pageSize=100&status=draft');
    expect(list.body.items.map((e: { id: string }) => e.id)).not.toContain(foreign.id);
    const change = await call(
      organiser,
      'PATCH',
      `/api/v1/staff/events/${foreign.id}`,
      { title: 'Übernommen' },
      ifMatch(1),
    );
    expect(change.status).toBe(404);

    const forOthers = await call(
      organiser,
      'POST',
      '/api/v1/staff/events',
      webTalk({ organisers: [{ organisationId: ids.bbsr, role: 'host' }] }),
    );
    expect(forOthers.status).toBe(403);
    expect(forOthers.body.code).toBe('EVENT.OUT_OF_SCOPE');

    const own = await create(organiser);
    const handOver = await call(
      organiser,
      'PATCH',
      `/api/v1/staff/events/${own.id}`,
      { organisers: [{ organisationId: ids.bbsr, role: 'host' }] },
      ifMatch(1),
    );
    expect(handOver.status).toBe(403);

    const reading = await call(readOnly, 'POST', '/api/v1/staff/events', webTalk());
    expect(reading.status).toBe(403);
    expect(reading.body.code).toBe('AUTH.FORBIDDEN');
  });

  it('refuses unknown references and fields with problem documents', async () => {
    const unknown = await call(
      admin,
      'POST',
      '/api/v1/staff/events',
      webTalk({ topicIds: ['00000000-0000-4000-8000-000000000000'] }),
    );
    expect(unknown.status).toBe(422);
    expect(unknown.body.code).toBe('EVENT.UNKNOWN_REFERENCE');
    const invalid = await call(admin, 'POST', '/api/v1/staff/events', {
      ...webTalk(),
      capacity: 10,
    });
    expect(invalid.status).toBe(400);
    expect((await call(admin, 'GET', '/api/v1/staff/events/kein-uuid')).status).toBe(400);
  });

  it('tells registrants about a new time, promotes the waiting list on more seats, and cancels with METHOD:CANCEL', async () => {
    let event = await create(admin);
    event = (
      await call(admin, 'POST', `/api/v1/staff/events/${event.id}/publish`, undefined, ifMatch(1))
    ).body;
    const seated = uniqueEmail();
    const waiting = uniqueEmail();
    expect((await registerAndConfirm(event.slug, seated)).status).toBe('confirmed');
    expect((await registerAndConfirm(event.slug, waiting)).status).toBe('waitlisted');

    const later = new Date(Date.parse(event.startsAt) + 3_600_000);
    const moved = await call(
      admin,
      'PATCH',
      `/api/v1/staff/events/${event.id}`,
      {
        startsAt: later.toISOString(),
        endsAt: new Date(later.getTime() + 3_600_000).toISOString(),
        agenda: [],
      },
      ifMatch(event.version),
    );
    expect(moved.status).toBe(200);
    const [changed] = await smtp.waitFor(seated, 1, (m) => /Geänderte/.test(m.subject ?? ''));
    expect(changed!.text).toContain('Datum oder Uhrzeit');
    const update = calendarOf(changed!);
    expect(update.method).toBe('REQUEST');
    expect(update.events[0]!.sequence).toBe(1);
    expect(update.events[0]!.start.instant.getTime()).toBe(later.getTime());
    await smtp.waitFor(waiting, 1, (m) => /Geänderte/.test(m.subject ?? ''));

    const more = await call(
      admin,
      'PATCH',
      `/api/v1/staff/events/${event.id}`,
      { registration: { mode: 'internal', capacity: 2, waitlistEnabled: true } },
      ifMatch(moved.body.version),
    );
    expect(more.body.registrations).toMatchObject({ confirmed: 2, waitlisted: 0 });
    await smtp.waitFor(waiting, 1, (m) => (m.text ?? '').includes('/teilnehmen/'));

    const cancelled = await call(
      admin,
      'POST',
      `/api/v1/staff/events/${event.id}/cancel`,
      { message: 'Der Referent ist erkrankt; ein neuer Termin folgt.' },
      ifMatch(more.body.version),
    );
    expect(cancelled.body.status).toBe('cancelled');
    for (const email of [seated, waiting]) {
      const [mail] = await smtp.waitFor(email, 1, (m) => /^Abgesagt/.test(m.subject ?? ''));
      expect(mail!.text).toContain('Der Referent ist erkrankt');
      const cancel = calendarOf(mail!);
      expect(cancel.method).toBe('CANCEL');
      expect(cancel.events[0]!.sequence).toBe(2);
    }
    const page = await call(null, 'GET', `/api/v1/events/${event.slug}`);
    expect(page.body.status).toBe('cancelled');

    // Cancelling again is refused and sends nothing more.
    const again = await call(
      admin,
      'POST',
      `/api/v1/staff/events/${event.id}/cancel`,
      {},
      ifMatch(cancelled.body.version),
    );
    expect(again.status).toBe(409);
    const [audit] = await dataSource.query(
      "SELECT account_email, before, after FROM audit_entry WHERE action = 'event.cancel' AND subject_id = $1",
      [event.id],
    );
    expect(audit).toMatchObject({
      account_email: 'verwaltung@stadtgespraech.demo',
      before: { status: 'published' },
      after: { status: 'cancelled' },
    });
  });

  it('duplicates an event as a draft without meeting link, and deletes only drafts', async () => {
    const source = await create(organiser);
    const copy = await call(organiser, 'POST', `/api/v1/staff/events/${source.id}/duplicate`);
    expect(copy.status).toBe(201);
    expect(copy.body).toMatchObject({
      status: 'draft',
      slug: `${source.slug}-kopie`,
      title: source.title,
      joinUrl: null,
      organisers: source.organisers,
    });
    expect(copy.body.agenda.map((item: { title: string }) => item.title)).toEqual([
      'Begrüßung',
      'Impuls',
    ]);
    expect(copy.body.agenda[0].id).not.toBe(source.agenda[0].id);

    const deleted = await call(
      organiser,
      'DELETE',
      `/api/v1/staff/events/${copy.body.id}`,
      undefined,
      ifMatch(copy.body.version),
    );
    expect(deleted.status).toBe(204);
    expect((await call(organiser, 'GET', `/api/v1/staff/events/${copy.body.id}`)).status).toBe(404);
    const published = await call(
      organiser,
      'POST',
      `/api/v1/staff/events/${source.id}/publish`,
      undefined,
      ifMatch(1),
    );
    const refused = await call(
      organiser,
      'DELETE',
      `/api/v1/staff/events/${source.id}`,
      undefined,
      ifMatch(published.body.version),
    );
    expect(refused.status).toBe(409);
  });
});
