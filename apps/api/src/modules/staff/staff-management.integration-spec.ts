import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { StaffRole } from '@stadtgespraech/domain/staff';
import { DataSource } from 'typeorm';
import { DEMO_STAFF } from '../../database/seed/demo-staff.seed.js';
import { type ReceivedMail, SmtpSink } from '../../../test/smtp-sink.js';
import { logIn, logInAs, type StaffLogin } from '../../../test/staff-session.js';
import { createSeededApp } from '../../../test/test-app.js';
import { createStaffAccount } from './accounts/create-staff-account.js';
import { totpCode, totpStep } from './totp.js';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
const PASSWORD = 'Kleinstadt-Werkstatt-2026';
const ADMIN_URL = 'https://verwaltung.kleinstadt.example';

/** The token of a link to the admin's "choose password" page: it travels in the fragment. */
function linkToken(mail: ReceivedMail): string {
  const link = (mail.text ?? '').match(/https:\/\/\S+\/passwort-setzen#([\w-]{43})/);
  if (!link) throw new Error(`No password link in "${mail.subject}"`);
  return link[1]!;
}

describe('staff management, invitations, password reset and the second-factor setting', () => {
  const smtp = new SmtpSink();
  let app: NestFastifyApplication;
  let dataSource: DataSource;
  let admin: StaffLogin;

  const call = (
    login: StaffLogin | null,
    method: Method,
    url: string,
    payload?: object,
    headers = {},
  ) =>
    app.inject({
      method,
      url: `/api/v1/staff${url}`,
      headers: { ...(login?.headers ?? {}), ...headers },
      payload: payload as never,
    });
  const invite = (email: string, extra: object = {}) =>
    call(admin, 'POST', '/accounts', {
      email,
      displayName: 'Kim Team',
      role: 'organiser',
      organisations: ['vhw'],
      ...extra,
    });
  const audit = async (action: string, subjectId: string) =>
    dataSource.query(
      'SELECT account_email, before, after FROM audit_entry WHERE action = $1 AND subject_id = $2 ORDER BY at',
      [action, subjectId],
    );
  const withTotp = async (login: StaffLogin) => {
    const setup = await call(login, 'POST', '/second-factor/setup');
    const { secret } = setup.json();
    const enabled = await call(login, 'POST', '/second-factor', {
      code: totpCode(secret, totpStep(new Date())),
    });
    expect(enabled.statusCode).toBe(200);
    const cookie = String(enabled.headers['set-cookie']).split(';')[0]!;
    const csrfToken = enabled.json().csrfToken as string;
    return { cookie, csrfToken, headers: { cookie, 'x-csrf-token': csrfToken } };
  };

  beforeAll(async () => {
    await smtp.start();
    app = await createSeededApp({
      SMTP_URL: smtp.url,
      JOBS_POLLING_MS: '500',
      ADMIN_URL,
      RATE_LIMIT_POSTS: '1000',
    });
    dataSource = app.get(DataSource);
    admin = await logInAs(app, StaffRole.Administrator);
  });

  afterAll(async () => {
    await app?.close();
    await smtp.stop();
  });

  it('invites a person, who chooses a password through the mailed link and logs in', async () => {
    const email = 'kim.team@vhw.example';
    const created = await invite(email);
    expect(created.statusCode).toBe(201);
    expect(created.headers.etag).toBe('"1"');
    const account = created.json();
    expect(account).toMatchObject({ email, role: 'organiser', organisations: ['vhw'] });
    expect(account).toMatchObject({ status: 'invited', lastLoginAt: null, version: 1 });

    const [mail] = await smtp.waitFor(email);
    expect(mail!.subject).toBe('Einladung in die Verwaltung von Stadtgespräch');
    expect(mail!.text).toContain('Guten Tag Kim Team,');
    expect(mail!.text).toContain('Vera Verwaltung (Demo) hat Sie');
    expect(mail!.text).toContain(`${ADMIN_URL}/anmelden`);
    const token = linkToken(mail!);

    // No password yet: the login fails like a wrong one.
    const early = await call(null, 'POST', '/session', { email, password: PASSWORD });
    expect(early.json().code).toBe('AUTH.INVALID_CREDENTIALS');

    const check = await call(null, 'POST', '/password-link/check', { token });
    expect(check.statusCode).toBe(200);
    expect(check.json()).toMatchObject({ purpose: 'invitation', email, displayName: 'Kim Team' });
    const expires = Date.parse(check.json().expiresAt) - Date.now();
    expect(expires).toBeGreaterThan(6.9 * 24 * 3_600_000);
    expect(expires).toBeLessThanOrEqual(7 * 24 * 3_600_000);

    const weak = await call(null, 'POST', '/password-link/complete', {
      token,
      newPassword: 'kim.team-2026',
    });
    expect(weak.statusCode).toBe(422);
    expect(weak.json()).toMatchObject({ code: 'AUTH.PASSWORD_WEAK', reason: 'contains_email' });

    const done = await call(null, 'POST', '/password-link/complete', {
      token,
      newPassword: PASSWORD,
    });
    expect(done.statusCode).toBe(204);
    const again = await call(null, 'POST', '/password-link/complete', {
      token,
      newPassword: PASSWORD,
    });
    expect(again.statusCode).toBe(404);
    expect(again.json().code).toBe('AUTH.LINK_INVALID');

    const login = await logIn(app, email, PASSWORD);
    expect((await call(login, 'GET', '/session')).json().account.status).toBe('active');
    expect(await audit('staff.invite', account.id)).toEqual([
      expect.objectContaining({
        account_email: DEMO_STAFF[0]!.email,
        after: { email, displayName: 'Kim Team', role: 'organiser', organisations: ['vhw'] },
      }),
    ]);
    expect(await audit('staff.invitation_accepted', account.id)).toHaveLength(1);
  });

  it('refuses a taken address, unknown organisations and organisations that do not fit the role', async () => {
    const taken = await invite(DEMO_STAFF[1]!.email.toUpperCase());
    expect(taken.statusCode).toBe(409);
    expect(taken.json().code).toBe('STAFF.EMAIL_TAKEN');
    const unknown = await invite('neu@vhw.example', { organisations: ['gibt-es-nicht'] });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json()).toMatchObject({
      code: 'STAFF.UNKNOWN_ORGANISATION',
      unknown: ['gibt-es-nicht'],
    });
    const readOnly = await invite('neu@vhw.example', { role: 'read_only' });
    expect(readOnly.statusCode).toBe(400);
    const [{ count }] = await dataSource.query(
      "SELECT count(*)::int FROM staff_account WHERE email = 'neu@vhw.example'",
    );
    expect(count).toBe(0);
  });

  it('edits an account on the version loaded, refuses a stale or blind edit, and audits the change', async () => {
    const { id } = (await invite('edit.me@vhw.example')).json();
    const input = {
      email: 'edit.me@vhw.example',
      displayName: 'Eddi Edit',
      role: 'read_only',
      organisations: [],
    };
    const blind = await call(admin, 'PUT', `/accounts/${id}`, input);
    expect(blind.statusCode).toBe(428);
    expect(blind.json().code).toBe('STAFF.PRECONDITION_REQUIRED');
    const ok = await call(admin, 'PUT', `/accounts/${id}`, input, { 'if-match': '"1"' });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers.etag).toBe('"2"');
    expect(ok.json()).toMatchObject({
      displayName: 'Eddi Edit',
      role: 'read_only',
      organisations: [],
    });
    const stale = await call(admin, 'PUT', `/accounts/${id}`, input, { 'if-match': '"1"' });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().code).toBe('STAFF.STALE');
    // The invitation went to the old address; after a new one, that link opens nothing.
    const [invitation] = await smtp.waitFor('edit.me@vhw.example');
    const moved = await call(
      admin,
      'PUT',
      `/accounts/${id}`,
      { ...input, email: 'eddi.edit@vhw.example' },
      { 'if-match': '"2"' },
    );
    expect(moved.json().email).toBe('eddi.edit@vhw.example');
    const old = await call(null, 'POST', '/password-link/check', { token: linkToken(invitation!) });
    expect(old.json().code).toBe('AUTH.LINK_INVALID');
    const [entry] = await audit('staff.update', id);
    expect(entry.before).toMatchObject({ role: 'organiser', organisations: ['vhw'] });
    expect(entry.after).toMatchObject({ role: 'read_only', organisations: [] });
  });

  it('keeps administrators from changing their own role, access or second factor', async () => {
    const self = DEMO_STAFF[0]!;
    const { id, version } = (await call(admin, 'GET', '/session')).json().account;
    const demote = await call(
      admin,
      'PUT',
      `/accounts/${id}`,
      { email: self.email, displayName: self.displayName, role: 'read_only', organisations: [] },
      { 'if-match': `"${version}"` },
    );
    expect(demote.json().code).toBe('STAFF.OWN_ACCOUNT');
    for (const [method, path] of [
      ['POST', 'disable'],
      ['DELETE', 'second-factor'],
    ] as const) {
      const response = await call(admin, method, `/accounts/${id}/${path}`);
      expect(response.statusCode).toBe(409);
      expect(response.json().code).toBe('STAFF.OWN_ACCOUNT');
    }
  });

  it('sends an invitation again with a new link; the old link stops working', async () => {
    const email = 'spaet@vhw.example';
    const { id } = (await invite(email)).json();
    const [first] = await smtp.waitFor(email);
    const resent = await call(admin, 'POST', `/accounts/${id}/invitation`);
    expect(resent.statusCode).toBe(200);
    const mails = await smtp.waitFor(email, 2);
    const old = await call(null, 'POST', '/password-link/check', { token: linkToken(first!) });
    expect(old.json().code).toBe('AUTH.LINK_INVALID');
    const fresh = await call(null, 'POST', '/password-link/check', { token: linkToken(mails[1]!) });
    expect(fresh.statusCode).toBe(200);

    const active = DEMO_STAFF[2]!;
    const accounts = (await call(admin, 'GET', '/accounts')).json().items;
    const activeId = accounts.find((a: { email: string }) => a.email === active.email).id;
    const refused = await call(admin, 'POST', `/accounts/${activeId}/invitation`);
    expect(refused.json().code).toBe('STAFF.ALREADY_ACTIVE');
  });

  const newAccount = async (email: string, role: StaffRole = StaffRole.ReadOnly) => {
    const { account, password } = await createStaffAccount(dataSource, {
      email,
      displayName: 'Gesa Geht',
      role,
    });
    return { account, password, login: await logIn(app, email, password) };
  };

  it('disables an account at once and enables it again', async () => {
    const { account, password, login } = await newAccount('geht@vhw.example');
    const disabled = await call(admin, 'POST', `/accounts/${account.id}/disable`);
    expect(disabled.json().status).toBe('disabled');
    expect((await call(login, 'GET', '/session')).statusCode).toBe(401);
    const refused = await call(null, 'POST', '/session', { email: account.email, password });
    expect(refused.json().code).toBe('AUTH.INVALID_CREDENTIALS');
    const resend = await call(admin, 'POST', `/accounts/${account.id}/invitation`);
    expect(resend.json().code).toBe('STAFF.ALREADY_ACTIVE');

    const enabled = await call(admin, 'POST', `/accounts/${account.id}/enable`);
    expect(enabled.json().status).toBe('active');
    await logIn(app, account.email, password);
    expect(await audit('staff.disable', account.id)).toHaveLength(1);
    expect(await audit('staff.enable', account.id)).toHaveLength(1);
  });

  it('resets a lost second factor: sessions end, the person is told, the next login needs none', async () => {
    const { account, password, login } = await newAccount('verloren@vhw.example');
    const secured = await withTotp(login);
    const reset = await call(admin, 'DELETE', `/accounts/${account.id}/second-factor`);
    expect(reset.statusCode).toBe(200);
    expect(reset.json().secondFactorEnabled).toBe(false);
    expect((await call(secured, 'GET', '/session')).statusCode).toBe(401);
    const [mail] = await smtp.waitFor(account.email);
    expect(mail!.subject).toBe('Ihr zweiter Faktor wurde zurückgesetzt');
    expect(mail!.text).toContain('Vera Verwaltung (Demo) hat den zweiten Faktor');
    const next = await call(null, 'POST', '/session', { email: account.email, password });
    expect(next.json().secondFactor).toBe('none');
    const [row] = await dataSource.query(
      'SELECT totp_secret_sealed, recovery_code_hashes FROM staff_account WHERE id = $1',
      [account.id],
    );
    expect(row).toEqual({ totp_secret_sealed: null, recovery_code_hashes: [] });
  });

  it('mails a reset link only for existing accounts, once in two minutes, answering alike', async () => {
    const { account, password, login } = await newAccount('vergessen@vhw.example');
    const unknown = await call(null, 'POST', '/password-reset', { email: 'niemand@vhw.example' });
    const known = await call(null, 'POST', '/password-reset', {
      email: account.email.toUpperCase(),
    });
    expect([unknown.statusCode, known.statusCode]).toEqual([202, 202]);
    expect(unknown.body).toBe(known.body);
    const repeated = await call(null, 'POST', '/password-reset', { email: account.email });
    expect(repeated.statusCode).toBe(202);
    const [mail] = await smtp.waitFor(account.email);
    expect(mail!.subject).toBe('Neues Passwort festlegen');
    const token = linkToken(mail!);
    const check = await call(null, 'POST', '/password-link/check', { token });
    expect(check.json().purpose).toBe('password_reset');
    const expires = Date.parse(check.json().expiresAt) - Date.now();
    expect(expires).toBeGreaterThan(55 * 60_000);
    expect(expires).toBeLessThanOrEqual(60 * 60_000);

    const done = await call(null, 'POST', '/password-link/complete', {
      token,
      newPassword: PASSWORD,
    });
    expect(done.statusCode).toBe(204);
    expect((await call(login, 'GET', '/session')).statusCode).toBe(401);
    const old = await call(null, 'POST', '/session', { email: account.email, password });
    expect(old.json().code).toBe('AUTH.INVALID_CREDENTIALS');
    await logIn(app, account.email, PASSWORD);
    // Two requests, one mail: the second came within two minutes of the first.
    expect(smtp.to(account.email)).toHaveLength(1);
    expect(smtp.to('niemand@vhw.example')).toHaveLength(0);
    expect(await audit('staff.password_reset', account.id)).toHaveLength(1);
  });

  it('refuses an expired link with 410 and an unknown one with 404', async () => {
    const { account } = await newAccount('abgelaufen@vhw.example');
    await call(null, 'POST', '/password-reset', { email: account.email });
    const [mail] = await smtp.waitFor(account.email);
    await dataSource.query(
      "UPDATE staff_link SET expires_at = now() - interval '1 minute' WHERE account_id = $1",
      [account.id],
    );
    const expired = await call(null, 'POST', '/password-link/complete', {
      token: linkToken(mail!),
      newPassword: PASSWORD,
    });
    expect(expired.statusCode).toBe(410);
    expect(expired.json().code).toBe('AUTH.LINK_EXPIRED');
    const unknown = await call(null, 'POST', '/password-link/check', { token: 'x'.repeat(43) });
    expect(unknown.json().code).toBe('AUTH.LINK_INVALID');
  });

  it('requires the second factor for everyone once an administrator with one switches it on', async () => {
    const settings = await call(admin, 'GET', '/settings');
    expect(settings.json()).toEqual({
      secondFactorRequired: false,
      secondFactorRequiredByOperator: false,
    });
    const withoutOwn = await call(admin, 'PUT', '/settings', { secondFactorRequired: true });
    expect(withoutOwn.statusCode).toBe(409);
    expect(withoutOwn.json().code).toBe('SETTINGS.OWN_SECOND_FACTOR_MISSING');

    const second = await newAccount('zweite.admin@vhw.example', StaffRole.Administrator);
    const secured = await withTotp(second.login);
    const bystander = await newAccount('ohne.faktor@vhw.example');
    const on = await call(secured, 'PUT', '/settings', { secondFactorRequired: true });
    expect(on.statusCode).toBe(200);
    expect(on.json().secondFactorRequired).toBe(true);
    // Sessions without a second factor end; the administrator's own goes on.
    expect((await call(bystander.login, 'GET', '/session')).statusCode).toBe(401);
    expect((await call(secured, 'GET', '/session')).statusCode).toBe(200);
    const next = await call(null, 'POST', '/session', {
      email: bystander.account.email,
      password: bystander.password,
    });
    expect(next.json().secondFactor).toBe('setup_required');
    const [entry] = await audit('settings.update', 'staff.second_factor_required');
    expect(entry).toMatchObject({
      before: { secondFactorRequired: false },
      after: { secondFactorRequired: true },
    });

    const off = await call(secured, 'PUT', '/settings', { secondFactorRequired: false });
    expect(off.json().secondFactorRequired).toBe(false);
    const free = await call(null, 'POST', '/session', {
      email: bystander.account.email,
      password: bystander.password,
    });
    expect(free.json().secondFactor).toBe('none');
  });
});
