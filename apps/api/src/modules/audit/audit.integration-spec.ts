import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { StaffRole } from '@stadtgespraech/domain/staff';
import { DataSource } from 'typeorm';
import { logInAs } from '../../../test/staff-session.js';
import { createSeededApp } from '../../../test/test-app.js';

describe('audit log', () => {
  let app: NestFastifyApplication;
  let dataSource: DataSource;

  beforeAll(async () => {
    app = await createSeededApp({ RATE_LIMIT_POSTS: '1000' });
    dataSource = app.get(DataSource);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('records logins and logouts with who, when and from where, newest first', async () => {
    const reader = await logInAs(app, StaffRole.ReadOnly);
    await app.inject({ method: 'DELETE', url: '/api/v1/staff/session', headers: reader.headers });
    const admin = await logInAs(app, StaffRole.Administrator);

    const page = await app.inject({
      method: 'GET',
      url: '/api/v1/staff/audit?pageSize=10',
      headers: { cookie: admin.cookie },
    });
    expect(page.statusCode).toBe(200);
    const { items, total } = page.json();
    expect(total).toBe(3);
    expect(
      items.map((e: { action: string; accountEmail: string }) => [e.action, e.accountEmail]),
    ).toEqual([
      ['staff.login', 'verwaltung@stadtgespraech.demo'],
      ['staff.logout', 'lesen@stadtgespraech.demo'],
      ['staff.login', 'lesen@stadtgespraech.demo'],
    ]);
    expect(items[0]).toMatchObject({ subjectType: 'staff_account', clientIp: '127.0.0.1' });

    const logins = await app.inject({
      method: 'GET',
      url: '/api/v1/staff/audit?action=staff.login',
      headers: { cookie: admin.cookie },
    });
    expect(logins.json().total).toBe(2);
    const bad = await app.inject({
      method: 'GET',
      url: '/api/v1/staff/audit?action=DROP%20TABLE',
      headers: { cookie: admin.cookie },
    });
    expect(bad.statusCode).toBe(400);
  });

  it('filters by action, account and time, and pages', async () => {
    const admin = await logInAs(app, StaffRole.Administrator);
    const account = '00000000-0000-4000-8000-00000000a0d1';
    for (const at of ['2026-03-01T10:00:00Z', '2026-03-02T10:00:00Z', '2026-03-03T10:00:00Z'])
      await dataSource.query(
        `INSERT INTO audit_entry (at, account_id, account_email, action, subject_type, subject_id)
         VALUES ($1, $2, 'kim@vhw.example', 'registration.attendance-list', 'event', 'e1')`,
        [at, account],
      );
    const list = async (query: string) => {
      const response = await app.inject({
        method: 'GET',
        url: `/api/v1/staff/audit?${query}`,
        headers: { cookie: admin.cookie },
      });
      expect(response.statusCode).toBe(200);
      return response.json();
    };
    const ofAccount = await list(`account=${account}&action=registration.attendance-list`);
    expect(ofAccount.total).toBe(3);
    const window = await list(
      `account=${account}&from=2026-03-02T00:00:00Z&to=2026-03-03T00:00:00Z`,
    );
    expect(window.items.map((e: { at: string }) => e.at)).toEqual(['2026-03-02T10:00:00.000Z']);
    const second = await list(`account=${account}&pageSize=2&page=2`);
    expect(second).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(second.items.map((e: { at: string }) => e.at)).toEqual(['2026-03-01T10:00:00.000Z']);
  });

  it('refuses to change or delete an entry, even from inside the database', async () => {
    await expect(dataSource.query(`UPDATE audit_entry SET action = 'x'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(dataSource.query('DELETE FROM audit_entry')).rejects.toThrow(/append-only/);
    const [{ count }] = await dataSource.query('SELECT count(*)::int AS count FROM audit_entry');
    expect(count).toBeGreaterThan(0);
  });
});
