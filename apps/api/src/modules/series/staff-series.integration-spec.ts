import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { StaffRole } from '@stadtgespraech/domain/staff';
import { DataSource } from 'typeorm';
import { createEvent } from '../../../test/event-fixture.js';
import { logInAs, type StaffLogin } from '../../../test/staff-session.js';
import { insertSubscription } from '../../../test/newsletter-fixture.js';
import { createSeededApp } from '../../../test/test-app.js';

describe('managing series', () => {
  let app: NestFastifyApplication;
  let dataSource: DataSource;
  let admin: StaffLogin;
  let organiser: StaffLogin;
  let org: Record<string, string>;

  const call = (
    login: StaffLogin,
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    payload?: object,
    version?: number,
  ) =>
    app.inject({
      method,
      url: `/api/v1/staff/series${url}`,
      payload,
      headers: { ...login.headers, ...(version ? { 'if-match': `"${version}"` } : {}) },
    });
  const seriesOf = async (slug: string) =>
    (await call(admin, 'GET', '')).json().items.find((s: { slug: string }) => s.slug === slug);
  const subscribe = (email: string, series: string[]) =>
    insertSubscription(dataSource, email, { series });
  const seriesChosenBy = async (email: string) =>
    (
      await dataSource.query('SELECT series FROM newsletter_subscription WHERE email = $1', [email])
    )[0].series;
  const eventIn = async (seriesId: string) => {
    const event = await createEvent(dataSource);
    await dataSource.query('UPDATE event SET series_id = $2 WHERE id = $1', [event.id, seriesId]);
    return event;
  };

  beforeAll(async () => {
    app = await createSeededApp({ RATE_LIMIT_POSTS: '1000' });
    dataSource = app.get(DataSource);
    admin = await logInAs(app, StaffRole.Administrator);
    organiser = await logInAs(app, StaffRole.Organiser);
    const rows: { slug: string; id: string }[] = await dataSource.query(
      'SELECT slug, id FROM organisation',
    );
    org = Object.fromEntries(rows.map((row) => [row.slug, row.id]));
  });

  afterAll(async () => {
    await app?.close();
  });

  it('lists series with organisers, usage, version and what the caller may edit', async () => {
    const asOrganiser = await call(organiser, 'GET', '');
    expect(asOrganiser.statusCode).toBe(200);
    const bySlug = Object.fromEntries(
      asOrganiser.json().items.map((s: { slug: string }) => [s.slug, s]),
    );
    expect(bySlug['kleinstadt-web-talks']).toMatchObject({
      title: 'Kleinstadt Web-Talks',
      organisers: [
        { slug: 'vhw', role: 'host' },
        { slug: 'bbsr', role: 'co_host' },
        { slug: 'kleinstadt-akademie', role: 'co_host' },
      ],
      version: 1,
      editable: true,
    });
    expect(bySlug['kleinstadt-web-talks'].events).toBeGreaterThan(0);
    // The demo organiser works for the vhw, not for the Deutscher Verband.
    expect(bySlug['gemeinsam-fuer-das-quartier'].editable).toBe(false);
    const one = await call(organiser, 'GET', `/${bySlug['kleinstadt-web-talks'].id}`);
    expect(one.headers.etag).toBe('"1"');
  });

  it('creates a series with a slug from its title; organisers only for their organisations', async () => {
    const outside = await call(organiser, 'POST', '', {
      title: 'Quartiersdialoge',
      organisers: [{ organisationId: org['deutscher-verband'], role: 'host' }],
    });
    expect(outside.statusCode).toBe(403);
    expect(outside.json().code).toBe('SERIES.OUT_OF_SCOPE');

    const created = await call(organiser, 'POST', '', {
      title: 'Kleinstadt-Werkstätten',
      contactEmail: 'werkstatt@vhw.example',
      organisers: [
        { organisationId: org['vhw'], role: 'host' },
        { organisationId: org['bbsr'], role: 'partner' },
      ],
    });
    expect(created.statusCode).toBe(201);
    expect(created.headers.etag).toBe('"1"');
    expect(created.json()).toMatchObject({
      slug: 'kleinstadt-werkstaetten',
      organisers: [{ slug: 'vhw' }, { slug: 'bbsr', role: 'partner' }],
      events: 0,
      editable: true,
    });
    const entry = await dataSource.query(
      `SELECT action, after FROM audit_entry WHERE subject_id = $1`,
      [created.json().id],
    );
    expect(entry).toEqual([
      expect.objectContaining({
        action: 'series.create',
        after: expect.objectContaining({ title: 'Kleinstadt-Werkstätten' }),
      }),
    ]);

    const taken = await call(admin, 'POST', '', {
      title: 'Noch eine',
      slug: 'kleinstadt-werkstaetten',
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().code).toBe('SERIES.SLUG_TAKEN');
    const unknown = await call(admin, 'POST', '', {
      title: 'Ohne Veranstalter',
      organisers: [{ organisationId: '3f2504e0-4f89-41d3-9a0c-0305e82c3399', role: 'host' }],
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().code).toBe('SERIES.UNKNOWN_ORGANISATION');
  });

  it('changes a series against its version; subscriptions follow a new slug', async () => {
    const series = (
      await call(admin, 'POST', '', {
        title: 'Digitale Kleinstadt',
        organisers: [{ organisationId: org['vhw'], role: 'host' }],
      })
    ).json();
    await subscribe('digital@verwaltung.example', ['digitale-kleinstadt', 'kleinstadt-web-talks']);

    const blind = await call(organiser, 'PATCH', `/${series.id}`, { subtitle: 'Ohne Version' });
    expect(blind.statusCode).toBe(428);
    expect(blind.json().code).toBe('SERIES.PRECONDITION_REQUIRED');

    const changed = await call(
      organiser,
      'PATCH',
      `/${series.id}`,
      { slug: 'digitale-kleinstaedte', subtitle: 'Werkzeuge für Verwaltungen' },
      1,
    );
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({
      slug: 'digitale-kleinstaedte',
      subtitle: 'Werkzeuge für Verwaltungen',
      title: 'Digitale Kleinstadt',
      subscriptions: 1,
      version: 2,
    });
    expect((await seriesChosenBy('digital@verwaltung.example')).sort()).toEqual([
      'digitale-kleinstaedte',
      'kleinstadt-web-talks',
    ]);

    const stale = await call(organiser, 'PATCH', `/${series.id}`, { subtitle: 'Alt' }, 1);
    expect(stale.statusCode).toBe(412);
    expect(stale.json()).toMatchObject({ code: 'SERIES.STALE', currentVersion: 2 });

    const dropOwn = await call(
      organiser,
      'PATCH',
      `/${series.id}`,
      { organisers: [{ organisationId: org['bbsr'], role: 'host' }] },
      2,
    );
    expect(dropOwn.statusCode).toBe(403);
    const organisersOnly = await call(
      admin,
      'PATCH',
      `/${series.id}`,
      { organisers: [{ organisationId: org['bbsr'], role: 'host' }] },
      2,
    );
    expect(organisersOnly.json()).toMatchObject({ version: 3, organisers: [{ slug: 'bbsr' }] });
    const notTheirs = await call(organiser, 'PATCH', `/${series.id}`, { subtitle: 'x' }, 3);
    expect(notTheirs.statusCode).toBe(403);
    expect(notTheirs.json().code).toBe('SERIES.OUT_OF_SCOPE');
  });

  it('merges a duplicate: events move (their versions rise), subscriptions follow', async () => {
    const kept = await seriesOf('gemeinsam-fuer-das-quartier');
    const duplicate = (
      await call(admin, 'POST', '', {
        title: 'Gemeinsam fürs Quartier',
        organisers: [{ organisationId: org['deutscher-verband'], role: 'host' }],
      })
    ).json();
    const event = await eventIn(duplicate.id);
    await subscribe('quartier@verwaltung.example', ['gemeinsam-fuers-quartier']);

    expect(
      (await call(organiser, 'POST', `/${duplicate.id}/merge`, { into: kept.id })).statusCode,
    ).toBe(403);
    const itself = await call(admin, 'POST', `/${duplicate.id}/merge`, { into: duplicate.id });
    expect(itself.json().code).toBe('SERIES.MERGE_INTO_ITSELF');

    const merged = await call(admin, 'POST', `/${duplicate.id}/merge`, { into: kept.id });
    expect(merged.statusCode).toBe(200);
    expect(merged.json()).toMatchObject({ id: kept.id, events: kept.events + 1 });
    const [moved] = await dataSource.query('SELECT series_id, version FROM event WHERE id = $1', [
      event.id,
    ]);
    expect(moved).toEqual({ series_id: kept.id, version: event.version + 1 });
    expect(await seriesChosenBy('quartier@verwaltung.example')).toEqual([
      'gemeinsam-fuer-das-quartier',
    ]);
    expect((await call(admin, 'GET', `/${duplicate.id}`)).statusCode).toBe(404);
  });

  it('deletes only a series without events', async () => {
    const series = (await call(admin, 'POST', '', { title: 'Einmalige Reihe' })).json();
    const event = await eventIn(series.id);
    const inUse = await call(admin, 'DELETE', `/${series.id}`);
    expect(inUse.statusCode).toBe(409);
    expect(inUse.json().code).toBe('SERIES.IN_USE');

    await dataSource.query('UPDATE event SET series_id = NULL WHERE id = $1', [event.id]);
    expect((await call(organiser, 'DELETE', `/${series.id}`)).statusCode).toBe(403);
    expect((await call(admin, 'DELETE', `/${series.id}`)).statusCode).toBe(204);
    expect((await call(admin, 'DELETE', `/${series.id}`)).statusCode).toBe(404);
    const [entry] = await dataSource.query(
      `SELECT before FROM audit_entry WHERE action = 'series.delete' AND subject_id = $1`,
      [series.id],
    );
    expect(entry.before).toMatchObject({ slug: 'einmalige-reihe' });
  });

  it('refuses invalid input with field errors', async () => {
    const invalid = await call(admin, 'POST', '', { title: '', contactEmail: 'keine-adresse' });
    expect(invalid.statusCode).toBe(400);
    expect(
      invalid
        .json()
        .errors.map((e: { pointer: string }) => e.pointer)
        .sort(),
    ).toEqual(['request.contactEmail', 'request.title']);
  });
});
