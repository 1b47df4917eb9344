import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { StaffRole } from '@stadtgespraech/domain/staff';
import { DEMO_STAFF } from '../src/database/seed/demo-staff.seed.js';

/** A logged-in staff member for `app.inject`: the cookie and the CSRF token to send. */
export interface StaffLogin {
  cookie: string;
  csrfToken: string;
  /** Headers of a state-changing request of this session. */
  headers: Record<string, string>;
}

/** The session cookie ("sg_staff=…") from a Set-Cookie header. */
export function sessionCookie(setCookie: string | string[] | undefined): string {
  const value = Array.isArray(setCookie) ? setCookie[0] : setCookie;
  const cookie = value?.split(';')[0];
  if (!cookie?.startsWith('sg_staff=')) throw new Error(`No session cookie in ${String(value)}`);
  return cookie;
}

/** Logs in with e-mail and password through the API. */
export async function logIn(
  app: NestFastifyApplication,
  email: string,
  password: string,
): Promise<StaffLogin> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/staff/session',
    payload: { email, password },
  });
  if (response.statusCode !== 200) throw new Error(`Login failed: ${response.body}`);
  const cookie = sessionCookie(response.headers['set-cookie']);
  const { csrfToken } = response.json();
  return { cookie, csrfToken, headers: { cookie, 'x-csrf-token': csrfToken } };
}

/** Logs in as the demo account of a role (the seeded demo content has one per role). */
export function logInAs(app: NestFastifyApplication, role: StaffRole): Promise<StaffLogin> {
  const account = DEMO_STAFF.find((a) => a.role === role);
  if (!account) throw new Error(`No demo account for ${role}`);
  return logIn(app, account.email, account.password);
}

export const ALL_ROLES = Object.values(StaffRole);
