import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { StaffRole } from '@stadtgespraech/domain/staff';
import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { logInAs, type StaffLogin } from '../../test/staff-session.js';
import { createSeededApp } from '../../test/test-app.js';
import { buildOpenApiDocument } from '../openapi/openapi-document.js';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

// Tables a refused request may legitimately write: the log of who read or tried what, sessions'
// last activity, failed logins, rate-limit windows and remembered idempotency keys.
const BOOKKEEPING = new Set([
  'audit_entry',
  'staff_session',
  'staff_login_failure',
  'rate_limit_window',
  'idempotency_key',
  'migrations',
]);
// Calls that end the fuzzer's own session, or start its second-factor set-up (a body-less call
// that rightly changes its own account): their refusals are covered by the staff specs.
const LEFT_OUT = new Set([
  'DELETE /api/v1/staff/session',
  'DELETE /api/v1/staff/sessions',
  'POST /api/v1/staff/second-factor/setup',
]);
// No record has this id: a call that passes validation meets nothing it could change.
const MISSING_ID = '00000000-0000-4000-8000-000000000000';
// Field names of the API's bodies, so that values reach the validation of real fields.
const FIELDS = [
  'email',
  'firstName',
  'lastName',
  'organisation',
  'organisationType',
  'state',
  'consents',
  'answers',
  'purpose',
  'granted',
  'textVersion',
  'formToken',
  'website',
  'title',
  'slug',
  'summary',
  'description',
  'startsAt',
  'endsAt',
  'capacity',
  'status',
  'reason',
  'events',
  'subject',
  'intro',
  'message',
  'password',
  'code',
  'role',
  'organisations',
  'name',
  'topics',
  'agenda',
  'contributors',
  'registration',
  'published',
  'attended',
  'ids',
  'text',
  'kind',
];

const hostileString = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '%00',
    '\uFFFF',
    '\u202E',
    '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
    "' OR 1=1 --",
    '<script>',
    '../../etc/passwd',
    '${jndi:ldap://x}',
    '{{7*7}}',
    'NaN',
    '-1',
    '1e400',
    '2026-02-30T25:61:00Z',
    'null',
    'true',
    'a@b',
    'x'.repeat(10_000),
  ),
);
const pollutingKey = fc.constantFrom('__proto__', 'constructor', 'prototype');
const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileString,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...FIELDS), pollutingKey, fc.string()), tie('value'), {
      maxKeys: 4,
    }),
  ),
})).value;
/** A JSON body: an object with known and hostile keys, or anything else JSON can be. */
const hostileBody = fc.oneof(
  fc.dictionary(fc.oneof(fc.constantFrom(...FIELDS), pollutingKey, fc.string()), hostileValue, {
    maxKeys: 8,
  }),
  fc.jsonValue(),
  hostileValue,
);
const hostileHeaders = fc.record(
  {
    'content-type': fc.constantFrom(
      'application/json',
      'application/json; charset=utf-16',
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/xml',
    ),
    'if-match': fc.oneof(hostileString, fc.constantFrom('"1"', '*', 'W/"1"')),
    'idempotency-key': hostileString,
    'accept-language': hostileString,
    'x-forwarded-for': hostileString,
  },
  { requiredKeys: ['content-type'] },
);

/** Header values fast-check may make that HTTP cannot carry are left out. */
function sendable(headers: Record<string, string>) {
  return Object.fromEntries(
    Object.entries(headers).filter(([, value]) => /^[\t\x20-\x7e\x80-\xff]*$/.test(value)),
  );
}

describe('fuzzing every endpoint of the OpenAPI document', () => {
  let app: NestFastifyApplication;
  let dataSource: DataSource;
  let staff: StaffLogin;
  let operations: { method: Method; path: string }[];

  /** md5 of every table but the bookkeeping ones. */
  async function fingerprint(): Promise<Record<string, string>> {
    const tables: { name: string }[] = await dataSource.query(
      `SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    const prints: Record<string, string> = {};
    for (const { name } of tables.filter((t) => !BOOKKEEPING.has(t.name))) {
      const [row] = await dataSource.query(
        `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS print FROM "${name}" t`,
      );
      prints[name] = row.print;
    }
    return prints;
  }

  beforeAll(async () => {
    // No workers here: the five-minute maintenance (retention marks events) would change rows
    // the fingerprint compares.
    app = await createSeededApp({ RATE_LIMIT_POSTS: '1000000', JOBS_WORKER: 'false' });
    dataSource = app.get(DataSource);
    staff = await logInAs(app, StaffRole.Administrator);
    const document = buildOpenApiDocument(app);
    operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item as object)
        .map((method) => ({ method: method.toUpperCase() as Method, path }))
        .filter(({ method, path }) => !LEFT_OUT.has(`${method} ${path}`)),
    );
  });

  afterAll(async () => {
    await app?.close();
  });

  it('finds the operations to fuzz', () => {
    expect(operations.length).toBeGreaterThan(100);
    expect(operations.filter((o) => o.path.startsWith('/api/v1/staff')).length).toBeGreaterThan(50);
  });

  it('answers thousands of hostile requests with 2xx or 4xx problem documents, and changes nothing', async () => {
    const before = await fingerprint();
    const statuses = new Map<number, number>();
    const problemCodes = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: 10_000 }),
        fc.oneof(fc.constant(MISSING_ID), hostileString),
        fc.dictionary(fc.oneof(fc.string({ maxLength: 20 }), pollutingKey), hostileString, {
          maxKeys: 4,
        }),
        hostileBody,
        hostileHeaders,
        fc.boolean(),
        async (which, parameter, query, body, headers, asStaff) => {
          const { method, path } = operations[which % operations.length]!;
          const url =
            path.replace(/\{[^}]+\}/g, () => encodeURIComponent(parameter)) +
            '?' +
            new URLSearchParams(query as Record<string, string>).toString();
          const staffHeaders = asStaff || path.startsWith('/api/v1/staff') ? staff.headers : {};
          const response = await app.inject({
            method,
            url,
            headers: { ...sendable(headers as Record<string, string>), ...staffHeaders },
            payload: method === 'GET' || method === 'DELETE' ? undefined : JSON.stringify(body),
          });
          statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
          if (response.statusCode >= 400 && response.statusCode < 500) {
            const code = String(response.json().code);
            problemCodes.set(code, (problemCodes.get(code) ?? 0) + 1);
          }
          if (response.statusCode >= 500) {
            throw new Error(
              `${method} ${url} → ${response.statusCode}: ${response.body.slice(0, 500)}`,
            );
          }
          if (response.statusCode >= 400) {
            expect(response.headers['content-type']).toContain('application/problem+json');
            expect(response.json().code).toEqual(expect.any(String));
          }
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 3_000) },
    );
    // Nothing a refused or harmless request could touch has changed, and no prototype was polluted.
    expect(await fingerprint()).toEqual(before);
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // The fuzzer reached past the validation: refusals of several kinds were seen.
    expect([...statuses.keys()].filter((status) => status >= 400).length).toBeGreaterThan(3);
    expect(problemCodes.get('REQUEST.VALIDATION_FAILED')).toBeGreaterThan(300);
  }, 600_000);
});
