import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { StaffRole } from '@stadtgespraech/domain/staff';
import { DataSource } from 'typeorm';
import { DEMO_STAFF } from '../../database/seed/demo-staff.seed.js';
import { createSeededApp } from '../../../test/test-app.js';
import { ALL_ROLES, logIn, logInAs, sessionCookie } from '../../../test/staff-session.js';
import { createStaffAccount } from './accounts/create-staff-account.js';
import { totpCode, totpStep } from './totp.js';

const demo = (role: StaffRole) => DEMO_STAFF.find((a) => a.role === role)!;

describe('staff login, sessions and second factor', () => {
  let app: NestFastifyApplication;
  let dataSource: DataSource;

  const inject = (
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    headers: Record<string, string> = {},
    payload?: unknown,
  ) => app.inject({ method, url, headers, payload: payload as never });

  beforeAll(async () => {
    app = await createSeededApp({ RATE_LIMIT_POSTS: '1000', STAFF_LOGIN_MAX_FAILURES: '3' });
    dataSource = app.get(DataSource);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('logs in with a session cookie scripts cannot read, and answers who is logged in', async () => {
    const admin = demo(StaffRole.Administrator);
    const response = await inject(
      'POST',
      '/api/v1/staff/session',
      {},
      {
        email: admin.email.toUpperCase(),
        password: admin.password,
      },
    );
    expect(response.statusCode).toBe(200);
    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(/^sg_staff=[\w-]{43}; Path=\/api; HttpOnly; SameSite=Strict/);
    expect(setCookie).not.toContain('Secure'); // plain http on a local machine
    expect(response.json()).toMatchObject({
      account: { email: admin.email, role: 'administrator', secondFactorEnabled: false },
      secondFactor: 'none',
      csrfToken: expect.stringMatching(/^[\w-]{43}$/),
    });
    expect(response.body).not.toMatch(/passwordHash|password_hash|\$argon2/);

    const session = await inject('GET', '/api/v1/staff/session', {
      cookie: sessionCookie(response.headers['set-cookie']),
    });
    expect(session.json().account.displayName).toBe(admin.displayName);
    const [row] = await dataSource.query(
      'SELECT password_hash FROM staff_account WHERE email = $1',
      [admin.email],
    );
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('sets the Secure flag outside a local machine', async () => {
    const admin = demo(StaffRole.Administrator);
    const response = await inject(
      'POST',
      '/api/v1/staff/session',
      { host: 'admin.kleinstadt.example' },
      { email: admin.email, password: admin.password },
    );
    expect(String(response.headers['set-cookie'])).toContain('; Secure');
  });

  it('answers a wrong password and an unknown address alike, then locks the address', async () => {
    const organiser = demo(StaffRole.Organiser);
    const wrong = await inject(
      'POST',
      '/api/v1/staff/session',
      {},
      {
        email: organiser.email,
        password: 'falsches-passwort-123',
      },
    );
    const unknown = await inject(
      'POST',
      '/api/v1/staff/session',
      {},
      {
        email: 'niemand@stadtgespraech.demo',
        password: 'falsches-passwort-123',
      },
    );
    for (const response of [wrong, unknown]) {
      expect(response.statusCode).toBe(401);
      expect(response.json()).toMatchObject({ code: 'AUTH.INVALID_CREDENTIALS' });
    }
    expect(wrong.json().title).toBe(unknown.json().title);

    // Three failures in all (STAFF_LOGIN_MAX_FAILURES): the right password waits too.
    for (const email of [organiser.email, 'niemand@stadtgespraech.demo']) {
      for (let i = 0; i < 2; i++) {
        await inject('POST', '/api/v1/staff/session', {}, { email, password: 'noch-falscher-1' });
      }
    }
    const locked = await inject(
      'POST',
      '/api/v1/staff/session',
      {},
      {
        email: organiser.email,
        password: organiser.password,
      },
    );
    expect(locked.statusCode).toBe(429);
    expect(locked.json()).toMatchObject({ code: 'AUTH.LOCKED', retryAfter: expect.any(Number) });
    const lockedUnknown = await inject(
      'POST',
      '/api/v1/staff/session',
      {},
      {
        email: 'niemand@stadtgespraech.demo',
        password: 'x',
      },
    );
    expect(lockedUnknown.json().code).toBe('AUTH.LOCKED');
    await dataSource.query('DELETE FROM staff_login_failure');
  });

  it('refuses state changes without the CSRF token, and logs out', async () => {
    const login = await logInAs(app, StaffRole.ReadOnly);
    const noToken = await inject('DELETE', '/api/v1/staff/session', { cookie: login.cookie });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().code).toBe('AUTH.CSRF_INVALID');
    const wrongToken = await inject('DELETE', '/api/v1/staff/session', {
      cookie: login.cookie,
      'x-csrf-token': 'x'.repeat(43),
    });
    expect(wrongToken.json().code).toBe('AUTH.CSRF_INVALID');

    const out = await inject('DELETE', '/api/v1/staff/session', login.headers);
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toContain('Max-Age=0');
    const after = await inject('GET', '/api/v1/staff/session', { cookie: login.cookie });
    expect(after.statusCode).toBe(401);
    expect(after.json().code).toBe('AUTH.SESSION_REQUIRED');
  });

  it('ends a session after the idle timeout and logs out everywhere', async () => {
    const idle = await logInAs(app, StaffRole.ReadOnly);
    await dataSource.query(
      `UPDATE staff_session SET last_seen_at = now() - interval '31 minutes'
        WHERE token_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex')`,
      [decodeURIComponent(idle.cookie.slice('sg_staff='.length))],
    );
    expect((await inject('GET', '/api/v1/staff/session', { cookie: idle.cookie })).statusCode).toBe(
      401,
    );

    const first = await logInAs(app, StaffRole.ReadOnly);
    const second = await logInAs(app, StaffRole.ReadOnly);
    const everywhere = await inject('DELETE', '/api/v1/staff/sessions', first.headers);
    expect(everywhere.statusCode).toBe(204);
    for (const login of [first, second]) {
      expect(
        (await inject('GET', '/api/v1/staff/session', { cookie: login.cookie })).statusCode,
      ).toBe(401);
    }
  });

  it('sets up an authenticator, then asks for a code at login, once per code, with recovery codes', async () => {
    const organiser = demo(StaffRole.Organiser);
    const setupLogin = await logIn(app, organiser.email, organiser.password);
    const setup = await inject('POST', '/api/v1/staff/second-factor/setup', setupLogin.headers);
    expect(setup.statusCode).toBe(200);
    const { secret, otpauthUri } = setup.json();
    expect(otpauthUri).toContain(`secret=${secret}`);
    expect(otpauthUri).toContain('issuer=Stadtgespr');
    const [stored] = await dataSource.query(
      'SELECT totp_secret_sealed FROM staff_account WHERE email = $1',
      [organiser.email],
    );
    expect(stored.totp_secret_sealed).not.toContain(secret); // sealed, not in clear

    const wrongFirst = await inject('POST', '/api/v1/staff/second-factor', setupLogin.headers, {
      code: '000000',
    });
    expect(wrongFirst.json().code).toBe('AUTH.SECOND_FACTOR_INVALID');
    const enabled = await inject('POST', '/api/v1/staff/second-factor', setupLogin.headers, {
      code: totpCode(secret, totpStep(new Date())),
    });
    expect(enabled.statusCode).toBe(200);
    const { recoveryCodes } = enabled.json();
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    expect(enabled.json().account.secondFactorEnabled).toBe(true);

    // The next login waits for the second factor; only the login steps answer meanwhile.
    const pending = await logIn(app, organiser.email, organiser.password);
    const state = await inject('GET', '/api/v1/staff/session', { cookie: pending.cookie });
    expect(state.json().secondFactor).toBe('required');
    const blocked = await inject('DELETE', '/api/v1/staff/sessions', pending.headers);
    expect(blocked.json().code).toBe('AUTH.SECOND_FACTOR_REQUIRED');
    // The code that switched the factor on was used already.
    const replay = await inject('POST', '/api/v1/staff/session/second-factor', pending.headers, {
      code: totpCode(secret, totpStep(new Date())),
    });
    expect(replay.json().code).toBe('AUTH.SECOND_FACTOR_INVALID');

    const recovered = await inject('POST', '/api/v1/staff/session/second-factor', pending.headers, {
      code: recoveryCodes[0],
    });
    expect(recovered.statusCode).toBe(200);
    expect(recovered.json().secondFactor).toBe('none');
    const renewed = sessionCookie(recovered.headers['set-cookie']);
    expect(renewed).not.toBe(pending.cookie);
    // The token from before the second factor is worth nothing now.
    expect(
      (await inject('GET', '/api/v1/staff/session', { cookie: pending.cookie })).statusCode,
    ).toBe(401);
    expect((await inject('GET', '/api/v1/staff/session', { cookie: renewed })).statusCode).toBe(
      200,
    );

    const again = await logIn(app, organiser.email, organiser.password);
    const reused = await inject('POST', '/api/v1/staff/session/second-factor', again.headers, {
      code: recoveryCodes[0],
    });
    expect(reused.json().code).toBe('AUTH.SECOND_FACTOR_INVALID');
    await dataSource.query('DELETE FROM staff_login_failure');
  });

  it('creates an account with a new password for operators, and refuses bad input', async () => {
    const { account, password } = await createStaffAccount(dataSource, {
      email: 'Erste.Admin@Kommune.example',
      displayName: 'Erste Administratorin',
      role: StaffRole.Administrator,
    });
    expect(account.emailNormalized).toBe('erste.admin@kommune.example');
    expect(password).toMatch(/^[\w-]{24}$/);
    const login = await logIn(app, 'erste.admin@kommune.example', password);
    const session = await inject('GET', '/api/v1/staff/session', { cookie: login.cookie });
    expect(session.json().account.role).toBe('administrator');

    const organiser = await createStaffAccount(dataSource, {
      email: 'team@kommune.example',
      displayName: 'Team',
      role: StaffRole.Organiser,
      organisations: ['vhw'],
    });
    expect(organiser.account.organisations.map((o) => o.slug)).toEqual(['vhw']);
    await expect(
      createStaffAccount(dataSource, {
        email: 'erste.admin@kommune.example',
        displayName: 'Noch einmal',
        role: StaffRole.ReadOnly,
      }),
    ).rejects.toThrow(/exists already/);
    await expect(
      createStaffAccount(dataSource, {
        email: 'x@kommune.example',
        displayName: 'X',
        role: StaffRole.Organiser,
        organisations: ['gibt-es-nicht'],
      }),
    ).rejects.toThrow(/Unknown organisations: gibt-es-nicht/);
    await expect(
      createStaffAccount(dataSource, {
        email: 'x@kommune.example',
        displayName: 'X',
        role: 'chef' as StaffRole,
      }),
    ).rejects.toThrow(/Unknown role/);
  });

  it('changes the own password after checking the old one, and ends the other sessions', async () => {
    const { account, password } = await createStaffAccount(dataSource, {
      email: 'wechsel@kommune.example',
      displayName: 'Wechsel',
      role: StaffRole.ReadOnly,
    });
    const other = await logIn(app, account.email, password);
    const here = await logIn(app, account.email, password);
    const change = (body: Record<string, string>) =>
      inject('PUT', '/api/v1/staff/password', here.headers, body);

    const wrongOld = await change({
      currentPassword: 'falsch',
      newPassword: 'Kleinstadt-Talk-2026',
    });
    expect(wrongOld.json().code).toBe('AUTH.INVALID_CREDENTIALS');
    const weak = await change({ currentPassword: password, newPassword: 'kurz' });
    expect(weak.statusCode).toBe(422);
    expect(weak.json()).toMatchObject({ code: 'AUTH.PASSWORD_WEAK', reason: 'too_short' });
    const noCsrf = await inject(
      'PUT',
      '/api/v1/staff/password',
      { cookie: here.cookie },
      {
        currentPassword: password,
        newPassword: 'Kleinstadt-Talk-2026',
      },
    );
    expect(noCsrf.json().code).toBe('AUTH.CSRF_INVALID');

    const done = await change({ currentPassword: password, newPassword: 'Kleinstadt-Talk-2026' });
    expect(done.statusCode).toBe(204);
    expect((await inject('GET', '/api/v1/staff/session', { cookie: here.cookie })).statusCode).toBe(
      200,
    );
    expect(
      (await inject('GET', '/api/v1/staff/session', { cookie: other.cookie })).statusCode,
    ).toBe(401);
    await logIn(app, account.email, 'Kleinstadt-Talk-2026');
    await dataSource.query('DELETE FROM staff_login_failure');
  });
});

describe('a second factor required for everyone', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await createSeededApp({ RATE_LIMIT_POSTS: '1000', STAFF_SECOND_FACTOR_REQUIRED: 'true' });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('lets an account without one only set it up', async () => {
    const login = await logInAs(app, StaffRole.Administrator);
    const session = await app.inject({
      method: 'GET',
      url: '/api/v1/staff/session',
      headers: { cookie: login.cookie },
    });
    expect(session.json().secondFactor).toBe('setup_required');
    const accounts = await app.inject({
      method: 'GET',
      url: '/api/v1/staff/accounts',
      headers: login.headers,
    });
    expect(accounts.json().code).toBe('AUTH.SECOND_FACTOR_REQUIRED');
    const setup = await app.inject({
      method: 'POST',
      url: '/api/v1/staff/second-factor/setup',
      headers: login.headers,
    });
    const enabled = await app.inject({
      method: 'POST',
      url: '/api/v1/staff/second-factor',
      headers: login.headers,
      payload: { code: totpCode(setup.json().secret, totpStep(new Date())) },
    });
    const renewed = sessionCookie(enabled.headers['set-cookie']);
    const allowed = await app.inject({
      method: 'GET',
      url: '/api/v1/staff/accounts',
      headers: { cookie: renewed },
    });
    expect(allowed.statusCode).toBe(200);
    expect(
      allowed
        .json()
        .items.map((a: { role: string }) => a.role)
        .sort(),
    ).toEqual([...ALL_ROLES].sort());
  });
});
