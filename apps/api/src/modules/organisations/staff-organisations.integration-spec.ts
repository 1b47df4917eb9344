import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { StaffRole } from '@stadtgespraech/domain/staff';
import { DataSource } from 'typeorm';
import { createEvent } from '../../../test/event-fixture.js';
import { logInAs, type StaffLogin } from '../../../test/staff-session.js';
import { createSeededApp } from '../../../test/test-app.js';

describe('managing organisations', () => {
  let app: NestFastifyApplication;
  let dataSource: DataSource;
  let admin: StaffLogin;
  let organiser: StaffLogin;

  const call = (
    login: StaffLogin,
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    payload?: object,
    version?: number,
  ) =>
    app.inject({
      method,
      url: `/api/v1/staff/organisations${url}`,
      payload,
      headers: { ...login.headers, ...(version ? { 'if-match': `"${version}"` } : {}) },
    });
  const bySlug = async (login: StaffLogin, slug: string) =>
    (await call(login, 'GET', '')).json().items.find((o: { slug: string }) => o.slug === slug);

  beforeAll(async () => {
    app = await createSeededApp({ RATE_LIMIT_POSTS: '1000' });
    dataSource = app.get(DataSource);
    admin = await logInAs(app, StaffRole.Administrator);
    organiser = await logInAs(app, StaffRole.Organiser);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('lists organisations with usage and what an organiser may change', async () => {
    const vhw = await bySlug(organiser, 'vhw');
    expect(vhw).toMatchObject({ shortName: 'vhw', version: 1, editable: true });
    expect(vhw.usage.events).toBeGreaterThan(0);
    expect(vhw.usage.series).toBeGreaterThan(0);
    expect(vhw.usage.staff).toBe(1);
    expect((await bySlug(organiser, 'bbsr')).editable).toBe(false);
    expect((await bySlug(admin, 'bbsr')).editable).toBe(true);
  });

  it('creates an organisation with contact persons and municipality data', async () => {
    const created = await call(organiser, 'POST', '', {
      name: 'Stadt Bad Belzig',
      shortName: 'Bad Belzig',
      type: 'municipality',
      website: 'https://www.bad-belzig.de',
      municipality: { bundesland: 'DE-BB', population: 11000, ags: '12069020' },
      contacts: [
        { name: 'Petra Beispiel', function: 'Stadtplanung', email: 'planung@bad-belzig.example' },
      ],
    });
    expect(created.statusCode).toBe(201);
    expect(created.headers.etag).toBe('"1"');
    expect(created.json()).toMatchObject({
      slug: 'bad-belzig',
      municipality: { bundesland: 'DE-BB', population: 11000, ags: '12069020' },
      contacts: [{ id: expect.any(String), name: 'Petra Beispiel', phone: null }],
      usage: { events: 0, series: 0, people: 0, staff: 0 },
      // The organiser does not work for it: administrators change it from now on.
      editable: false,
    });
    const [entry] = await dataSource.query(
      `SELECT after FROM audit_entry WHERE action = 'organisation.create' AND subject_id = $1`,
      [created.json().id],
    );
    expect(entry.after).toMatchObject({ name: 'Stadt Bad Belzig', contacts: 1 });
    expect(JSON.stringify(entry.after)).not.toContain('planung@bad-belzig.example');

    const taken = await call(admin, 'POST', '', {
      name: 'Noch einmal',
      slug: 'bad-belzig',
      type: 'other',
    });
    expect(taken.json().code).toBe('ORGANISATION.SLUG_TAKEN');
    const invalid = await call(admin, 'POST', '', {
      name: 'Falsch',
      type: 'gibt-es-nicht',
      municipality: { ags: '123' },
    });
    expect(invalid.statusCode).toBe(400);
    expect(
      invalid
        .json()
        .errors.map((e: { pointer: string }) => e.pointer)
        .sort(),
    ).toEqual(['request.municipality.ags', 'request.type']);
  });

  it('changes an organisation against its version and replaces its contact persons', async () => {
    const created = (
      await call(admin, 'POST', '', {
        name: 'Stadt Wittstock/Dosse',
        type: 'municipality',
        municipality: { bundesland: 'DE-BB' },
        contacts: [{ name: 'Anna Alt' }, { name: 'Bernd Bleibt' }],
      })
    ).json();
    const keep = created.contacts[1];

    const blind = await call(admin, 'PATCH', `/${created.id}`, { phone: '+49 3394 4290' });
    expect(blind.json().code).toBe('ORGANISATION.PRECONDITION_REQUIRED');
    const changed = await call(
      admin,
      'PATCH',
      `/${created.id}`,
      {
        phone: '+49 3394 4290',
        municipality: null,
        contacts: [
          { id: keep.id, name: 'Bernd Bleibt', function: 'Bürgermeister' },
          { name: 'Clara Neu' },
        ],
      },
      1,
    );
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({
      phone: '+49 3394 4290',
      municipality: null,
      name: 'Stadt Wittstock/Dosse',
      version: 2,
      contacts: [
        { id: keep.id, name: 'Bernd Bleibt', function: 'Bürgermeister' },
        { name: 'Clara Neu' },
      ],
    });

    const stale = await call(admin, 'PATCH', `/${created.id}`, { phone: null }, 1);
    expect(stale.json()).toMatchObject({ code: 'ORGANISATION.STALE', currentVersion: 2 });
    const vhw = await bySlug(admin, 'vhw');
    const foreign = await call(
      admin,
      'PATCH',
      `/${created.id}`,
      { contacts: [{ id: vhw.contacts[0]?.id ?? created.id, name: 'Fremd' }] },
      2,
    );
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json().code).toBe('ORGANISATION.UNKNOWN_CONTACT');

    const notTheirs = await call(organiser, 'PATCH', `/${created.id}`, { phone: null }, 2);
    expect(notTheirs.statusCode).toBe(403);
    expect(notTheirs.json().code).toBe('ORGANISATION.OUT_OF_SCOPE');
    const own = await call(organiser, 'PATCH', `/${vhw.id}`, { phone: vhw.phone }, vhw.version);
    expect(own.statusCode).toBe(200);
  });

  it('merges a duplicate: events, series, people, staff and contacts move over', async () => {
    const vhw = await bySlug(admin, 'vhw');
    const duplicate = (
      await call(admin, 'POST', '', {
        name: 'vhw e. V.',
        type: 'association',
        contacts: [{ name: 'Doppelt Gemeldet' }],
      })
    ).json();
    const event = await createEvent(dataSource);
    await dataSource.query(
      `INSERT INTO event_organiser (event_id, organisation_id, role, position) VALUES ($1, $2, 'host', 0)`,
      [event.id, duplicate.id],
    );
    const [person] = await dataSource.query(
      `INSERT INTO person (slug, first_name, last_name, organisation_id)
       VALUES ('doppelt-gemeldet', 'Doppelt', 'Gemeldet', $1) RETURNING id`,
      [duplicate.id],
    );

    expect(
      (await call(organiser, 'POST', `/${duplicate.id}/merge`, { into: vhw.id })).statusCode,
    ).toBe(403);
    const merged = await call(admin, 'POST', `/${duplicate.id}/merge`, { into: vhw.id });
    expect(merged.statusCode).toBe(200);
    expect(merged.json()).toMatchObject({
      id: vhw.id,
      name: vhw.name,
      usage: { events: vhw.usage.events + 1, people: vhw.usage.people + 1 },
    });
    expect(merged.json().contacts.at(-1)).toMatchObject({ name: 'Doppelt Gemeldet' });
    const [moved] = await dataSource.query(
      'SELECT e.version, o.organisation_id FROM event e JOIN event_organiser o ON o.event_id = e.id WHERE e.id = $1',
      [event.id],
    );
    expect(moved).toEqual({ version: event.version + 1, organisation_id: vhw.id });
    const [movedPerson] = await dataSource.query(
      'SELECT organisation_id FROM person WHERE id = $1',
      [person.id],
    );
    expect(movedPerson.organisation_id).toBe(vhw.id);
    expect((await call(admin, 'GET', `/${duplicate.id}`)).statusCode).toBe(404);
  });

  it('deletes only an organisation nothing names', async () => {
    const bbsr = await bySlug(admin, 'bbsr');
    const inUse = await call(admin, 'DELETE', `/${bbsr.id}`);
    expect(inUse.statusCode).toBe(409);
    expect(inUse.json()).toMatchObject({ code: 'ORGANISATION.IN_USE', usage: bbsr.usage });

    const unused = (
      await call(admin, 'POST', '', { name: 'Einmalig e. V.', type: 'association' })
    ).json();
    expect((await call(organiser, 'DELETE', `/${unused.id}`)).statusCode).toBe(403);
    expect((await call(admin, 'DELETE', `/${unused.id}`)).statusCode).toBe(204);
    expect((await call(admin, 'GET', `/${unused.id}`)).statusCode).toBe(404);
  });
});
