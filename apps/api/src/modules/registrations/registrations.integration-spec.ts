import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createEvent, type EventFixture } from '../../../test/event-fixture.js';
import { parseCalendar } from '../../../test/ical.js';
import { linkIn, SmtpSink, tokenOf } from '../../../test/smtp-sink.js';
import { createSeededApp } from '../../../test/test-app.js';
import { EventEntity } from '../events/event.entity.js';
import { hashToken } from './registration-tokens.js';
import { RegistrationEntity } from './registration.entity.js';
import { RegistrationsRepository } from './registrations.repository.js';
import { RegistrationsService } from './registrations.service.js';

let counter = 0;
const uniqueEmail = (name = 'teilnehmerin') => `${name}.${Date.now()}.${counter++}@kommune.example`;

describe('registration life cycle', () => {
  let app: NestFastifyApplication;
  let dataSource: DataSource;
  let consentVersion: string;
  const smtp = new SmtpSink();

  const inject = async (
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    payload?: unknown,
  ) => {
    const response = await app.inject({ method, url, payload: payload as never });
    const body = response.body
      ? response.headers['content-type']?.includes('json')
        ? response.json()
        : response.body
      : null;
    return { status: response.statusCode, body, headers: response.headers };
  };

  const registration = (email: string, extra: Record<string, unknown> = {}) => ({
    email,
    firstName: 'Jana',
    lastName: 'Beispiel',
    salutation: 'frau',
    organisation: 'Stadt Musterstadt',
    consents: [{ purpose: 'privacy', granted: true, textVersion: consentVersion }],
    ...extra,
  });

  /** Registers and confirms; returns the manage token and the confirmation outcome. */
  async function registerAndConfirm(event: EventEntity, email: string) {
    const response = await inject(
      'POST',
      `/api/v1/events/${event.slug}/registrations`,
      registration(email),
    );
    expect(response.status).toBe(202);
    const [mail] = await smtp.waitFor(email, 1, (m) =>
      (m.text ?? '').includes('/anmeldung/bestaetigen/'),
    );
    const confirmed = await inject('POST', '/api/v1/registrations/confirm', {
      token: tokenOf(linkIn(mail!, '/anmeldung/bestaetigen/')),
    });
    expect(confirmed.status).toBe(200);
    return { outcome: confirmed.body, manageToken: tokenOf(confirmed.body.manageUrl) };
  }

  const newEvent = (fixture: EventFixture = {}) => createEvent(dataSource, fixture);

  beforeAll(async () => {
    await smtp.start();
    app = await createSeededApp({
      SMTP_URL: smtp.url,
      JOIN_OPENS_MINUTES: '30',
      RATE_LIMIT_POSTS: '100000',
      JOBS_POLLING_MS: '500',
    });
    dataSource = app.get(DataSource);
    const texts = await inject('GET', '/api/v1/consent-texts?locale=de');
    consentVersion = texts.body.items.find(
      (t: { purpose: string }) => t.purpose === 'privacy',
    ).version;
  });

  afterAll(async () => {
    await app?.close();
    await smtp.stop();
  });

  it('walks through register, confirm, view, change, join and cancel with a mail at every step', async () => {
    const event = await newEvent({ capacity: 5 });
    const email = uniqueEmail();

    const accepted = await inject(
      'POST',
      `/api/v1/events/${event.slug}/registrations`,
      registration(email),
    );
    expect(accepted.status).toBe(202);
    expect(JSON.stringify(accepted.body)).not.toContain(email);

    const [confirmMail] = await smtp.waitFor(email);
    expect(confirmMail!.subject).toMatch(/bestätigen/i);
    const confirmed = await inject('POST', '/api/v1/registrations/confirm', {
      token: tokenOf(linkIn(confirmMail!, '/anmeldung/bestaetigen/')),
    });
    expect(confirmed.body).toMatchObject({ status: 'confirmed', waitlistPosition: null });

    const [seatMail] = await smtp.waitFor(email, 1, (m) => (m.text ?? '').includes('/teilnehmen/'));
    const invitation = seatMail!.attachments.find((a) => a.mimeType.startsWith('text/calendar'));
    const calendar = parseCalendar(
      typeof invitation!.content === 'string'
        ? invitation!.content
        : Buffer.from(invitation!.content as ArrayBuffer).toString('utf8'),
    );
    expect(calendar.method).toBe('REQUEST');
    expect(calendar.timezones).toContain('Europe/Berlin');
    expect(calendar.events[0]!.attendees.map((a) => a.address)).toEqual([`mailto:${email}`]);
    // iCalendar counts whole seconds.
    expect(calendar.events[0]!.start.instant.getTime()).toBe(
      Math.floor(event.startsAt.getTime() / 1000) * 1000,
    );

    const manageToken = tokenOf(confirmed.body.manageUrl);
    const view = await inject('GET', `/api/v1/registrations/manage/${manageToken}`);
    expect(view.body).toMatchObject({
      status: 'confirmed',
      email,
      firstName: 'Jana',
      canChange: true,
    });
    expect(view.body.consents[0]).toMatchObject({
      purpose: 'privacy',
      granted: true,
      textVersion: consentVersion,
    });
    expect(view.body.consents[0].text).toContain('Datenschutz');
    expect(view.body.personalJoinLink).toContain('/teilnehmen/');

    const changed = await inject('PATCH', `/api/v1/registrations/manage/${manageToken}`, {
      organisation: 'Landkreis Beispiel',
    });
    expect(changed.body.organisation).toBe('Landkreis Beispiel');
    await smtp.waitFor(email, 3);

    const joinToken = tokenOf(view.body.personalJoinLink);
    const early = await inject('GET', `/api/v1/join/${joinToken}`);
    expect(early.status).toBe(425);
    expect(early.body).toMatchObject({
      code: 'JOIN.NOT_OPEN_YET',
      opensAt: new Date(event.startsAt.getTime() - 30 * 60_000).toISOString(),
    });

    await dataSource.getRepository(EventEntity).update(event.id, {
      startsAt: new Date(Date.now() + 10 * 60_000),
      endsAt: new Date(Date.now() + 70 * 60_000),
    });
    const open = await inject('GET', `/api/v1/join/${joinToken}`);
    expect(open.status).toBe(302);
    expect(open.headers.location).toBe('https://meet.example.org/secret-room');

    await dataSource.getRepository(EventEntity).update(event.id, {
      startsAt: new Date(Date.now() - 120 * 60_000),
      endsAt: new Date(Date.now() - 60 * 60_000),
    });
    expect((await inject('GET', `/api/v1/join/${joinToken}`)).body.code).toBe('JOIN.CLOSED');

    const cancelled = await inject('DELETE', `/api/v1/registrations/manage/${manageToken}`);
    expect(cancelled.body).toMatchObject({
      status: 'cancelled',
      canChange: false,
      personalJoinLink: null,
    });
    const [cancelMail] = await smtp.waitFor(email, 1, (m) => /Abmeldung/.test(m.subject ?? ''));
    expect(cancelMail!.attachments.some((a) => a.mimeType.startsWith('text/calendar'))).toBe(true);
    expect(
      (await inject('DELETE', `/api/v1/registrations/manage/${manageToken}`)).body.status,
    ).toBe('cancelled');
  });

  it('reads a registration by its token as TypeORM would, as an entity', async () => {
    const event = await newEvent({ capacity: 5 });
    const { manageToken } = await registerAndConfirm(event, uniqueEmail());
    const manageTokenHash = hashToken(manageToken);
    const [plain, typeorm] = await dataSource.transaction((manager) =>
      Promise.all([
        app
          .get(RegistrationsRepository)
          .findByTokenHash(manager, 'manageTokenHash', manageTokenHash),
        manager.findOne(RegistrationEntity, { where: { manageTokenHash } }),
      ]),
    );
    expect(plain).toBeInstanceOf(RegistrationEntity);
    expect(plain).toEqual(typeorm);
    expect(plain?.queuedAt).toBeInstanceOf(Date);
  });

  it('writes to English registrants in English, with links to the English portal pages', async () => {
    const event = await newEvent({ capacity: 5 });
    const email = uniqueEmail('participant');
    const accepted = await inject(
      'POST',
      `/api/v1/events/${event.slug}/registrations`,
      registration(email, { locale: 'en' }),
    );
    expect(accepted.status).toBe(202);
    const [confirmMail] = await smtp.waitFor(email);
    expect(confirmMail!.subject).toMatch(/confirm/i);
    expect(linkIn(confirmMail!, '/en/events/')).toContain(`/en/events/${event.slug}`);
    const confirmed = await inject('POST', '/api/v1/registrations/confirm', {
      token: tokenOf(linkIn(confirmMail!, '/en/registration/confirm/')),
    });
    expect(confirmed.body).toMatchObject({ status: 'confirmed' });
    expect(new URL(confirmed.body.manageUrl).pathname).toMatch(/^\/en\/registration\/[\w-]+$/);
    const [seatMail] = await smtp.waitFor(email, 1, (m) => (m.text ?? '').includes('/en/join/'));
    expect(linkIn(seatMail!, '/en/registration/')).toBe(confirmed.body.manageUrl);
    expect(linkIn(seatMail!, '/en/join/')).toMatch(/\/en\/join\/[\w-]{43}$/);
  });

  it('shows the event behind a confirmation link without confirming, then says it is done', async () => {
    const event = await newEvent({ capacity: 5 });
    const email = uniqueEmail('vorschau');
    await inject('POST', `/api/v1/events/${event.slug}/registrations`, registration(email));
    const [mail] = await smtp.waitFor(email);
    const token = tokenOf(linkIn(mail!, '/anmeldung/bestaetigen/'));

    const before = await inject('GET', `/api/v1/registrations/confirm/${token}`);
    expect(before.status).toBe(200);
    expect(before.headers['cache-control']).toBe('no-store');
    expect(before.body).toEqual({
      state: 'pending',
      event: expect.objectContaining({ slug: event.slug, title: event.title, status: 'published' }),
    });
    expect(JSON.stringify(before.body)).not.toContain(email);
    // Looking twice changes nothing: still waiting for the confirmation.
    expect((await inject('GET', `/api/v1/registrations/confirm/${token}`)).body.state).toBe(
      'pending',
    );

    await inject('POST', '/api/v1/registrations/confirm', { token });
    expect((await inject('GET', `/api/v1/registrations/confirm/${token}`)).body.state).toBe('done');
    const unknown = await inject('GET', `/api/v1/registrations/confirm/${'x'.repeat(43)}`);
    expect(unknown.status).toBe(404);
  });

  it('puts people on the waiting list when full and promotes the first when a seat frees up', async () => {
    const event = await newEvent({ capacity: 1 });
    const first = await registerAndConfirm(event, uniqueEmail('erste'));
    const secondEmail = uniqueEmail('zweite');
    const second = await registerAndConfirm(event, secondEmail);
    const third = await registerAndConfirm(event, uniqueEmail('dritte'));
    expect(first.outcome.status).toBe('confirmed');
    expect(second.outcome).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    expect(third.outcome).toMatchObject({ status: 'waitlisted', waitlistPosition: 2 });

    await inject('DELETE', `/api/v1/registrations/manage/${first.manageToken}`);
    expect(
      (await inject('GET', `/api/v1/registrations/manage/${second.manageToken}`)).body.status,
    ).toBe('confirmed');
    expect(
      (await inject('GET', `/api/v1/registrations/manage/${third.manageToken}`)).body,
    ).toMatchObject({
      status: 'waitlisted',
      waitlistPosition: 1,
    });
    await smtp.waitFor(secondEmail, 1, (m) => (m.text ?? '').includes('/teilnehmen/'));
  });

  it('never creates a second record for the same address and answers identically', async () => {
    const event = await newEvent();
    const email = uniqueEmail();
    const first = await inject(
      'POST',
      `/api/v1/events/${event.slug}/registrations`,
      registration(email),
    );
    const second = await inject(
      'POST',
      `/api/v1/events/${event.slug}/registrations`,
      registration(email.toUpperCase()),
    );
    expect({ status: second.status, body: second.body }).toEqual({
      status: first.status,
      body: first.body,
    });
    const [{ count }] = await dataSource.query(
      'SELECT count(*)::int AS count FROM registration WHERE event_id = $1',
      [event.id],
    );
    expect(count).toBe(1);
    await smtp.waitFor(email, 2); // the confirmation link again
  });

  it('sends the personal link again when a confirmed address registers once more', async () => {
    const event = await newEvent();
    const email = uniqueEmail();
    const { manageToken } = await registerAndConfirm(event, email);
    await inject('POST', `/api/v1/events/${event.slug}/registrations`, registration(email));
    const [again] = await smtp.waitFor(
      email,
      1,
      (m) => (m.text ?? '').includes(manageToken) && !(m.text ?? '').includes('/teilnehmen/'),
    );
    expect(again).toBeDefined();
  });

  it.each<[string, EventFixture, Record<string, unknown>, number, string]>([
    [
      'a passed deadline',
      { deadline: new Date(Date.now() - 60_000) },
      {},
      409,
      'REGISTRATION.DEADLINE_PASSED',
    ],
    [
      'a form not open yet',
      { opensAt: new Date(Date.now() + 86_400_000) },
      {},
      409,
      'REGISTRATION.NOT_OPEN_YET',
    ],
    ['a cancelled event', { status: 'cancelled' }, {}, 409, 'REGISTRATION.EVENT_CANCELLED'],
    [
      'an event without registration',
      { registrationMode: 'none' },
      {},
      409,
      'REGISTRATION.NOT_AVAILABLE',
    ],
    [
      'a full event without waiting list',
      { capacity: 1, waitlistEnabled: false },
      {},
      409,
      'REGISTRATION.FULL',
    ],
    [
      'an unknown question',
      {},
      { answers: { hobby: 'Segeln' } },
      422,
      'REGISTRATION.UNKNOWN_QUESTION',
    ],
    [
      'a missing required answer',
      {
        questions: [
          {
            key: 'konzept',
            type: 'text',
            label: 'Konzept?',
            helpText: null,
            required: true,
            options: [],
          },
        ],
      },
      {},
      422,
      'REGISTRATION.ANSWER_REQUIRED',
    ],
    [
      'privacy not accepted',
      {},
      { consents: [{ purpose: 'privacy', granted: false, textVersion: 'x' }] },
      422,
      'REGISTRATION.PRIVACY_CONSENT_REQUIRED',
    ],
    [
      'a consent the event does not ask for',
      { consents: ['photos_recording'] },
      {
        consents: [
          { purpose: 'privacy', granted: true, textVersion: 'x' },
          { purpose: 'newsletter', granted: true, textVersion: 'x' },
        ],
      },
      422,
      'REGISTRATION.CONSENT_NOT_ASKED',
    ],
    [
      'an outdated consent text',
      {},
      { consents: [{ purpose: 'privacy', granted: true, textVersion: '1999-01-01' }] },
      422,
      'REGISTRATION.CONSENT_TEXT_OUTDATED',
    ],
  ])('refuses %s with its own problem code', async (_name, fixture, extra, status, code) => {
    const event = await newEvent(fixture);
    if (code === 'REGISTRATION.FULL') await registerAndConfirm(event, uniqueEmail('platz'));
    const email = uniqueEmail();
    const response = await inject(
      'POST',
      `/api/v1/events/${event.slug}/registrations`,
      registration(email, extra),
    );
    expect(response.status).toBe(status);
    expect(response.body.code).toBe(code);
    const [{ count }] = await dataSource.query(
      'SELECT count(*)::int AS count FROM registration WHERE email = $1',
      [email],
    );
    expect(count).toBe(0);
  });

  it('asks only the consents the event chose, and records what was asked', async () => {
    const event = await newEvent({ consents: ['photos_recording'] });
    const shown = await inject('GET', `/api/v1/events/${event.slug}`);
    expect(shown.body.registration.consents).toEqual(['photos_recording']);
    const texts = await inject('GET', '/api/v1/consent-texts?locale=de');
    const photos = texts.body.items.find(
      (t: { purpose: string }) => t.purpose === 'photos_recording',
    ).version;
    const email = uniqueEmail('foto');
    const response = await inject(
      'POST',
      `/api/v1/events/${event.slug}/registrations`,
      registration(email, {
        consents: [
          { purpose: 'privacy', granted: true, textVersion: consentVersion },
          { purpose: 'photos_recording', granted: true, textVersion: photos },
        ],
      }),
    );
    expect(response.status).toBe(202);
    const recorded = await dataSource.query(
      `SELECT c.purpose FROM registration_consent c JOIN registration r ON r.id = c.registration_id
        WHERE r.email = $1 ORDER BY c.purpose`,
      [email],
    );
    expect(recorded.map((row: { purpose: string }) => row.purpose)).toEqual([
      'photos_recording',
      'privacy',
    ]);
  });

  it('sends staff-approval events to awaiting_approval', async () => {
    const event = await newEvent({ approvalRequired: true });
    expect((await registerAndConfirm(event, uniqueEmail())).outcome.status).toBe(
      'awaiting_approval',
    );
  });

  it('rejects at confirmation when the last seat went meanwhile and there is no waiting list', async () => {
    const event = await newEvent({ capacity: 1, waitlistEnabled: false });
    const lateEmail = uniqueEmail('spaet');
    await inject('POST', `/api/v1/events/${event.slug}/registrations`, registration(lateEmail));
    const [lateMail] = await smtp.waitFor(lateEmail);
    await registerAndConfirm(event, uniqueEmail('frueh'));
    const late = await inject('POST', '/api/v1/registrations/confirm', {
      token: tokenOf(linkIn(lateMail!, '/anmeldung/bestaetigen/')),
    });
    expect(late.body.status).toBe('rejected');
  });

  it('refuses an expired confirmation and deletes unconfirmed registrations after their time', async () => {
    const event = await newEvent();
    const email = uniqueEmail();
    await inject('POST', `/api/v1/events/${event.slug}/registrations`, registration(email));
    const [mail] = await smtp.waitFor(email);
    await dataSource.query(
      `UPDATE registration SET confirmation_expires_at = now() - interval '1 minute' WHERE email = $1`,
      [email],
    );
    const token = tokenOf(linkIn(mail!, '/anmeldung/bestaetigen/'));
    expect((await inject('GET', `/api/v1/registrations/confirm/${token}`)).body.state).toBe(
      'expired',
    );
    const late = await inject('POST', '/api/v1/registrations/confirm', { token });
    expect(late.status).toBe(410);
    expect(late.body.code).toBe('REGISTRATION.CONFIRMATION_EXPIRED');

    const other = uniqueEmail();
    await inject('POST', `/api/v1/events/${event.slug}/registrations`, registration(other));
    await dataSource.query(
      `UPDATE registration SET confirmation_expires_at = now() - interval '1 minute' WHERE email = $1`,
      [other],
    );
    expect(await app.get(RegistrationsService).expireUnconfirmed()).toBeGreaterThanOrEqual(1);
    const [{ count }] = await dataSource.query(
      'SELECT count(*)::int AS count FROM registration WHERE email = $1',
      [other],
    );
    expect(count).toBe(0);
  });

  it('answers unknown and malformed personal links with 404 problems', async () => {
    for (const url of [
      '/api/v1/registrations/manage/x',
      `/api/v1/registrations/manage/${'a'.repeat(43)}`,
      `/api/v1/join/${'b'.repeat(43)}`,
    ]) {
      const response = await inject('GET', url);
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('REGISTRATION.TOKEN_INVALID');
    }
  });

  it('queues each reminder once, with the join link, however often the job runs', async () => {
    const event = await newEvent({ startsInMinutes: 24 * 60 + 30 });
    const email = uniqueEmail('erinnerung');
    await registerAndConfirm(event, email);
    await dataSource.query(
      `UPDATE registration SET queued_at = now() - interval '1 day' WHERE email = $1`,
      [email],
    );
    const service = app.get(RegistrationsService);
    const inADay = new Date(event.startsAt.getTime() - 23 * 60 * 60_000);
    await service.queueReminders(inADay);
    await service.queueReminders(inADay);
    const reminders = await smtp.waitFor(email, 1, (m) => /erinnerung/i.test(m.subject ?? ''));
    await new Promise((r) => setTimeout(r, 1_000));
    expect(smtp.to(email).filter((m) => /erinnerung/i.test(m.subject ?? ''))).toHaveLength(1);
    expect(reminders[0]!.text).toContain('/teilnehmen/');
  });
  it('tells confirmed registrants where the documentation is, once', async () => {
    const event = await newEvent();
    const email = uniqueEmail('doku');
    await registerAndConfirm(event, email);
    const service = app.get(RegistrationsService);
    const queue = () =>
      dataSource.transaction((manager) => service.queueFollowUps(manager, event.id));
    expect(await queue()).toBe(1);
    await queue();
    const [followUp] = await smtp.waitFor(
      email,
      1,
      (m) =>
        (m.text ?? '').includes(`/veranstaltungen/${event.slug}`) &&
        /Dokumentation/i.test(m.text ?? ''),
    );
    expect(followUp).toBeDefined();
    await new Promise((r) => setTimeout(r, 1_000));
    expect(smtp.to(email).filter((m) => /Dokumentation/i.test(m.subject ?? ''))).toHaveLength(1);
  });

  it('gives exactly the free seats to 200 simultaneous confirmations', async () => {
    const event = await newEvent({ capacity: 10 });
    const emails = Array.from({ length: 200 }, () => uniqueEmail('ansturm'));
    for (const email of emails) {
      expect(
        (await inject('POST', `/api/v1/events/${event.slug}/registrations`, registration(email)))
          .status,
      ).toBe(202);
    }
    const tokens = await Promise.all(
      emails.map(async (email) =>
        tokenOf(
          linkIn((await smtp.waitFor(email, 1, () => true, 60_000))[0]!, '/anmeldung/bestaetigen/'),
        ),
      ),
    );
    const results = await Promise.all(
      tokens.map((token) => inject('POST', '/api/v1/registrations/confirm', { token })),
    );
    expect(results.every((r) => r.status === 200)).toBe(true);
    const statuses = results.map((r) => r.body.status);
    expect(statuses.filter((s) => s === 'confirmed')).toHaveLength(10);
    expect(statuses.filter((s) => s === 'waitlisted')).toHaveLength(190);
    const positions = results
      .filter((r) => r.body.status === 'waitlisted')
      .map((r) => r.body.waitlistPosition);
    expect(new Set(positions).size).toBe(190);
    const [{ count }] = await dataSource.query(
      `SELECT count(*)::int AS count FROM registration WHERE event_id = $1 AND status = 'confirmed'`,
      [event.id],
    );
    expect(count).toBe(10);
  }, 180_000);
});
