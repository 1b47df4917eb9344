import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { StaffRole } from '@stadtgespraech/domain/staff';
import { DataSource } from 'typeorm';
import { privacyConsentVersion } from '../../../../test/consent-texts.js';
import { createEvent } from '../../../../test/event-fixture.js';
import { registerAndConfirm as register } from '../../../../test/register.js';
import { SmtpSink } from '../../../../test/smtp-sink.js';
import { logInAs, type StaffLogin } from '../../../../test/staff-session.js';
import { createSeededApp } from '../../../../test/test-app.js';

let counter = 0;
const uniqueEmail = () => `doku.${Date.now()}.${counter++}@kommune.example`;
const content = {
  report: '## Ergebnisse\n\nDrei Kleinstädte stellten ihre Innenstadtstrategien vor.',
  attachments: [
    {
      title: 'Präsentation',
      url: 'http://localhost:3000/api/v1/media/00000000-0000-4000-8000-000000000001/original.pdf',
      mediaType: 'application/pdf',
      sizeBytes: 380_000,
    },
  ],
  images: [],
  recordingUrl: 'https://www.youtube-nocookie.com/embed/abc',
};

describe('documentation after an event', () => {
  const smtp = new SmtpSink();
  let app: NestFastifyApplication;
  let dataSource: DataSource;
  let admin: StaffLogin;
  let organiser: StaffLogin;
  let consentVersion: string;

  const call = (
    login: StaffLogin,
    path: string,
    version: number | null,
    payload?: object,
    method: 'PUT' | 'POST' = 'POST',
  ) =>
    app.inject({
      method,
      url: `/api/v1/staff/events/${path}`,
      payload: payload ?? {},
      headers: { ...login.headers, ...(version === null ? {} : { 'if-match': `"${version}"` }) },
    });
  const version = async (id: string) =>
    (await dataSource.query('SELECT version FROM event WHERE id = $1', [id]))[0].version as number;
  const publicDocumentation = async (slug: string) =>
    (await app.inject({ method: 'GET', url: `/api/v1/events/${slug}` })).json().documentation;
  const moveIntoThePast = (id: string) =>
    dataSource.query(
      `UPDATE event SET starts_at = now() - interval '2 hours', ends_at = now() - interval '1 hour'
       WHERE id = $1`,
      [id],
    );

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
    admin = await logInAs(app, StaffRole.Administrator);
    organiser = await logInAs(app, StaffRole.Organiser);
    consentVersion = await privacyConsentVersion(app);
  });

  afterAll(async () => {
    await app?.close();
    await smtp.stop();
  });

  it('is written against the version, published once the event is over, and announced once', async () => {
    const event = await createEvent(dataSource, { startsInMinutes: 60 });
    const email = uniqueEmail();
    await registerAndConfirm(event.slug, email);

    const written = await call(admin, `${event.id}/documentation`, 1, content, 'PUT');
    expect(written.statusCode).toBe(200);
    expect(written.headers.etag).toBe('"2"');
    expect(written.json().documentation).toMatchObject({
      report: content.report,
      attachments: content.attachments,
      publishedAt: null,
      notifiedAt: null,
    });
    expect(await publicDocumentation(event.slug)).toBeNull();

    const early = await call(admin, `${event.id}/documentation/publish`, 2);
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('DOCUMENTATION.EVENT_NOT_OVER');

    await moveIntoThePast(event.id);
    const published = await call(admin, `${event.id}/documentation/publish`, 2);
    expect(published.statusCode).toBe(200);
    expect(published.json().notified).toBe(1);
    expect(published.json().event.documentation).toMatchObject({
      publishedAt: expect.any(String),
      notifiedAt: expect.any(String),
    });
    expect((await publicDocumentation(event.slug)).report).toBe(content.report);
    const [followUp] = await smtp.waitFor(email, 1, (m) => /Dokumentation/.test(m.subject ?? ''));
    expect(followUp!.text).toContain(`/veranstaltungen/${event.slug}`);

    const again = await call(admin, `${event.id}/documentation/publish`, 3);
    expect(again.json().code).toBe('DOCUMENTATION.ALREADY_PUBLISHED');
    const emptied = await call(
      admin,
      `${event.id}/documentation`,
      3,
      { report: null, attachments: [], images: [], recordingUrl: null },
      'PUT',
    );
    expect(emptied.statusCode).toBe(422);
    expect(emptied.json().code).toBe('DOCUMENTATION.EMPTY');

    const withdrawn = await call(admin, `${event.id}/documentation/unpublish`, 3);
    expect(withdrawn.json().documentation.publishedAt).toBeNull();
    expect(await publicDocumentation(event.slug)).toBeNull();
    const republished = await call(admin, `${event.id}/documentation/publish`, 4);
    expect(republished.json().notified).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(smtp.to(email).filter((m) => /Dokumentation/.test(m.subject ?? ''))).toHaveLength(1);

    const actions = await dataSource.query(
      `SELECT action FROM audit_entry WHERE subject_id = $1 ORDER BY at`,
      [event.id],
    );
    expect(actions.map((a: { action: string }) => a.action)).toEqual([
      'event.documentation',
      'event.documentation.publish',
      'event.documentation.unpublish',
      'event.documentation.publish',
    ]);
  });

  it('publishes without the mail when asked, and never for drafts or without content', async () => {
    const event = await createEvent(dataSource, { startsInMinutes: 60 });
    const email = uniqueEmail();
    await registerAndConfirm(event.slug, email);
    await moveIntoThePast(event.id);

    const empty = await call(admin, `${event.id}/documentation/publish`, 1);
    expect(empty.statusCode).toBe(422);
    expect(empty.json().code).toBe('DOCUMENTATION.EMPTY');

    await call(admin, `${event.id}/documentation`, 1, { report: 'Kurzbericht' }, 'PUT');
    const quiet = await call(admin, `${event.id}/documentation/publish`, 2, { notify: false });
    expect(quiet.json()).toMatchObject({
      notified: 0,
      event: { documentation: { notifiedAt: null } },
    });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(smtp.to(email).filter((m) => /Dokumentation/.test(m.subject ?? ''))).toHaveLength(0);

    const draft = await createEvent(dataSource, { status: 'draft', startsInMinutes: -120 });
    await call(admin, `${draft.id}/documentation`, 1, { report: 'Entwurf' }, 'PUT');
    const refused = await call(admin, `${draft.id}/documentation/publish`, 2);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('DOCUMENTATION.EVENT_NOT_PUBLISHED');
  });

  it('guards versions, scope and input', async () => {
    const event = await createEvent(dataSource);
    const stale = await call(admin, `${event.id}/documentation`, 7, content, 'PUT');
    expect(stale.statusCode).toBe(412);
    expect(stale.json()).toMatchObject({
      code: 'EVENT.STALE',
      currentVersion: await version(event.id),
    });
    const unconditional = await call(admin, `${event.id}/documentation`, null, content, 'PUT');
    expect(unconditional.statusCode).toBe(428);
    // An event of no organisation of theirs is absent for an organiser.
    const outside = await call(organiser, `${event.id}/documentation`, 1, content, 'PUT');
    expect(outside.statusCode).toBe(404);
    const published = await call(
      admin,
      `${event.id}/documentation`,
      1,
      { ...content, publishedAt: '2026-01-01T00:00:00Z' },
      'PUT',
    );
    expect(published.statusCode).toBe(400);
    expect(published.json().errors[0].pointer).toBe('request.publishedAt');
    const withDocumentation = await app.inject({
      method: 'PATCH',
      url: `/api/v1/staff/events/${event.id}`,
      payload: { documentation: content },
      headers: { ...admin.headers, 'if-match': '"1"' },
    });
    expect(withDocumentation.statusCode).toBe(400);
    expect(await version(event.id)).toBe(1);
  });
});
