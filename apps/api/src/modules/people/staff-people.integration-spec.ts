import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { StaffRole } from '@stadtgespraech/domain/staff';
import { DataSource } from 'typeorm';
import { createEvent } from '../../../test/event-fixture.js';
import { logInAs, type StaffLogin } from '../../../test/staff-session.js';
import { createSeededApp } from '../../../test/test-app.js';

describe('managing people', () => {
  let app: NestFastifyApplication;
  let dataSource: DataSource;
  let admin: StaffLogin;
  let organiser: StaffLogin;
  let reader: StaffLogin;

  const call = (
    login: StaffLogin,
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    payload?: object,
    version?: number,
  ) =>
    app.inject({
      method,
      url: `/api/v1/staff/people${url}`,
      payload,
      headers: { ...login.headers, ...(version ? { 'if-match': `"${version}"` } : {}) },
    });
  const speaks = (eventId: string, personId: string) =>
    dataSource.query(
      `INSERT INTO event_contributor (event_id, person_id, role, position) VALUES ($1, $2, 'speaker', 0)`,
      [eventId, personId],
    );
  const create = async (payload: object) => (await call(admin, 'POST', '', payload)).json();

  beforeAll(async () => {
    app = await createSeededApp({ RATE_LIMIT_POSTS: '1000' });
    dataSource = app.get(DataSource);
    admin = await logInAs(app, StaffRole.Administrator);
    organiser = await logInAs(app, StaffRole.Organiser);
    reader = await logInAs(app, StaffRole.ReadOnly);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('lists people by last name with organisation, usage and what the caller may edit', async () => {
    const items = (await call(organiser, 'GET', '')).json().items;
    expect(items.length).toBeGreaterThan(3);
    const lastNames = items.map((p: { lastName: string }) => p.lastName);
    expect(lastNames).toEqual([...lastNames].sort((a, b) => a.localeCompare(b, 'de')));
    expect(items.some((p: { events: number }) => p.events > 0)).toBe(true);
    expect(items[0]).toMatchObject({ version: 1, editable: true });
    expect((await call(reader, 'GET', '')).json().items[0].editable).toBe(false);
  });

  it('creates a person with a slug from the name, in an organisation', async () => {
    const [vhw] = await dataSource.query(`SELECT id FROM organisation WHERE slug = 'vhw'`);
    const created = await call(organiser, 'POST', '', {
      academicTitle: 'Dr.',
      firstName: 'Lena',
      lastName: 'Beispiel',
      function: 'Referentin für Stadtentwicklung',
      organisationId: vhw.id,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      slug: 'lena-beispiel',
      displayName: 'Dr. Lena Beispiel',
      organisationName: expect.stringContaining('vhw'),
      events: 0,
    });
    const again = await call(organiser, 'POST', '', { firstName: 'Lena', lastName: 'Beispiel' });
    expect(again.json().slug).toBe('lena-beispiel-2');

    const unknown = await call(admin, 'POST', '', {
      firstName: 'Nie',
      lastName: 'Mand',
      organisationId: '3f2504e0-4f89-41d3-9a0c-0305e82c3399',
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().code).toBe('PERSON.UNKNOWN_ORGANISATION');
    const taken = await call(admin, 'POST', '', {
      firstName: 'X',
      lastName: 'Y',
      slug: 'lena-beispiel',
    });
    expect(taken.json().code).toBe('PERSON.SLUG_TAKEN');
    expect(
      (await call(reader, 'POST', '', { firstName: 'Nur', lastName: 'Lesen' })).statusCode,
    ).toBe(403);
  });

  it('changes a person against the version', async () => {
    const person = await create({ firstName: 'Max', lastName: 'Muster' });
    expect((await call(organiser, 'PATCH', `/${person.id}`, { function: 'x' })).json().code).toBe(
      'PERSON.PRECONDITION_REQUIRED',
    );
    const changed = await call(
      organiser,
      'PATCH',
      `/${person.id}`,
      { function: 'Bürgermeister', organisationId: null },
      1,
    );
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).toBe('"2"');
    expect(changed.json()).toMatchObject({
      function: 'Bürgermeister',
      firstName: 'Max',
      version: 2,
    });
    const stale = await call(admin, 'PATCH', `/${person.id}`, { function: 'Alt' }, 1);
    expect(stale.json()).toMatchObject({ code: 'PERSON.STALE', currentVersion: 2 });
    const [entry] = await dataSource.query(
      `SELECT before, after FROM audit_entry WHERE action = 'person.update' AND subject_id = $1`,
      [person.id],
    );
    expect([entry.before.function, entry.after.function]).toEqual([null, 'Bürgermeister']);
  });

  it('merges a duplicate: contributions move once per role, events get a new version', async () => {
    const kept = await create({ firstName: 'Anna', lastName: 'Original' });
    const duplicate = await create({ firstName: 'Anna', lastName: 'Original (doppelt)' });
    const both = await createEvent(dataSource);
    const onlyDuplicate = await createEvent(dataSource);
    await speaks(both.id, kept.id);
    await speaks(both.id, duplicate.id);
    await speaks(onlyDuplicate.id, duplicate.id);

    expect(
      (await call(organiser, 'POST', `/${duplicate.id}/merge`, { into: kept.id })).statusCode,
    ).toBe(403);
    const merged = await call(admin, 'POST', `/${duplicate.id}/merge`, { into: kept.id });
    expect(merged.statusCode).toBe(200);
    expect(merged.json()).toMatchObject({ id: kept.id, lastName: 'Original', events: 2 });
    const contributions = await dataSource.query(
      `SELECT event_id FROM event_contributor WHERE person_id = $1 ORDER BY event_id`,
      [kept.id],
    );
    expect(contributions.map((c: { event_id: string }) => c.event_id)).toEqual(
      [both.id, onlyDuplicate.id].sort(),
    );
    const versions = await dataSource.query(`SELECT id, version FROM event WHERE id = ANY($1)`, [
      [both.id, onlyDuplicate.id],
    ]);
    expect(versions.every((e: { version: number }) => e.version === both.version + 1)).toBe(true);
    expect((await call(admin, 'GET', `/${duplicate.id}`)).statusCode).toBe(404);
  });

  it('deletes only a person no event names', async () => {
    const person = await create({ firstName: 'Eva', lastName: 'Einmal' });
    const event = await createEvent(dataSource);
    await speaks(event.id, person.id);
    const inUse = await call(admin, 'DELETE', `/${person.id}`);
    expect(inUse.statusCode).toBe(409);
    expect(inUse.json().code).toBe('PERSON.IN_USE');

    await dataSource.query('DELETE FROM event_contributor WHERE person_id = $1', [person.id]);
    expect((await call(organiser, 'DELETE', `/${person.id}`)).statusCode).toBe(403);
    expect((await call(admin, 'DELETE', `/${person.id}`)).statusCode).toBe(204);
  });
});
