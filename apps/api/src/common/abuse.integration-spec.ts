import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createEvent } from '../../test/event-fixture.js';
import { SmtpSink } from '../../test/smtp-sink.js';
import { createSeededApp } from '../../test/test-app.js';
import { DEVELOPMENT_SECRET } from '../config/app-config.js';
import type { EventEntity } from '../modules/events/event.entity.js';
import { signFormToken } from './abuse/form-protection.js';
import { ABANDONED_CLAIM_SECONDS } from './idempotency/idempotency.interceptor.js';

let n = 0;
const email = () => `schutz.${Date.now()}.${n++}@kommune.example`;

describe('protection of public writes', () => {
  let app: NestFastifyApplication;
  let dataSource: DataSource;
  let event: EventEntity;
  let version: string;
  const smtp = new SmtpSink();

  const body = (address: string, extra: Record<string, unknown> = {}) => ({
    email: address,
    firstName: 'Max',
    lastName: 'Muster',
    consents: [{ purpose: 'privacy', granted: true, textVersion: version }],
    ...extra,
  });
  const post = (payload: unknown, headers: Record<string, string> = {}, ip = '198.51.100.1') =>
    app.inject({
      method: 'POST',
      url: `/api/v1/events/${event.slug}/registrations`,
      payload: payload as never,
      headers,
      remoteAddress: ip,
    });
  const stored = async (address: string) =>
    (
      await dataSource.query('SELECT count(*)::int AS count FROM registration WHERE email = $1', [
        address,
      ])
    )[0].count;

  beforeAll(async () => {
    await smtp.start();
    app = await createSeededApp({
      SMTP_URL: smtp.url,
      RATE_LIMIT_POSTS: '5',
      FORM_MIN_FILL_SECONDS: '3',
      JOBS_POLLING_MS: '500',
    });
    dataSource = app.get(DataSource);
    event = await createEvent(dataSource);
    const texts = (await app.inject({ method: 'GET', url: '/api/v1/consent-texts' })).json();
    version = texts.items.find((t: { purpose: string }) => t.purpose === 'privacy').version;
  });

  afterAll(async () => {
    await app?.close();
    await smtp.stop();
  });

  it('replays the first response for a retried Idempotency-Key and does the work once', async () => {
    const address = email();
    const first = await post(
      body(address),
      { 'idempotency-key': 'retry-key-0001' },
      '198.51.100.10',
    );
    const retry = await post(
      body(address),
      { 'idempotency-key': 'retry-key-0001' },
      '198.51.100.10',
    );
    expect(retry.statusCode).toBe(first.statusCode);
    expect(retry.json()).toEqual(first.json());
    expect(retry.headers['idempotent-replayed']).toBe('true');
    await smtp.waitFor(address);
    await new Promise((r) => setTimeout(r, 500));
    expect(smtp.to(address)).toHaveLength(1);
  });

  it('keeps nothing of a request whose answer could not be stored, so that its retry does it once', async () => {
    const address = email();
    const key = 'lost-answer-0004';
    // The database refuses the stored answer, as if it went away between the work and the answer.
    await dataSource.query(`
      CREATE FUNCTION refuse_answer() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.key = '${key}' AND NEW.status <> 0 THEN RAISE EXCEPTION 'connection lost'; END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER refuse_answer BEFORE UPDATE ON idempotency_key
        FOR EACH ROW EXECUTE FUNCTION refuse_answer();`);
    try {
      const lost = await post(body(address), { 'idempotency-key': key }, '198.51.100.13');
      expect(lost.statusCode).toBe(500);
      expect(await stored(address)).toBe(0);
    } finally {
      await dataSource.query(
        'DROP TRIGGER refuse_answer ON idempotency_key; DROP FUNCTION refuse_answer();',
      );
    }
    const retried = await post(body(address), { 'idempotency-key': key }, '198.51.100.13');
    expect(retried.statusCode).toBe(202);
    expect(retried.headers['idempotent-replayed']).toBeUndefined();
    expect(await stored(address)).toBe(1);
    await smtp.waitFor(address);
    await new Promise((r) => setTimeout(r, 500));
    expect(smtp.to(address)).toHaveLength(1);
  });

  it('lets a retry take over a claim an earlier version left unfinished when the database went away', async () => {
    const address = email();
    const claim = (key: string) => post(body(address), { 'idempotency-key': key }, '198.51.100.12');
    // A first request claimed the key and then lost the database: the claim stays unfinished.
    const first = await claim('lost-claim-0003');
    expect(first.statusCode).toBe(202);
    await dataSource.query(
      `UPDATE idempotency_key SET status = 0, body = 'null'::jsonb WHERE key = 'lost-claim-0003'`,
    );
    await dataSource.query(`DELETE FROM registration WHERE email = $1`, [address]);
    const fresh = await claim('lost-claim-0003');
    expect(fresh.json().code).toBe('IDEMPOTENCY.IN_PROGRESS');

    await dataSource.query(
      `UPDATE idempotency_key SET created_at = now() - make_interval(secs => $1)
        WHERE key = 'lost-claim-0003'`,
      [ABANDONED_CLAIM_SECONDS + 1],
    );
    const retried = await claim('lost-claim-0003');
    expect(retried.statusCode).toBe(202);
    expect(retried.headers['idempotent-replayed']).toBeUndefined();
    expect(await stored(address)).toBe(1);
    const replayed = await claim('lost-claim-0003');
    expect(replayed.headers['idempotent-replayed']).toBe('true');
  });

  it('refuses a reused key with another body and a malformed key', async () => {
    await post(body(email()), { 'idempotency-key': 'reused-key-0002' }, '198.51.100.11');
    const other = await post(
      body(email()),
      { 'idempotency-key': 'reused-key-0002' },
      '198.51.100.11',
    );
    expect(other.statusCode).toBe(422);
    expect(other.json().code).toBe('IDEMPOTENCY.KEY_REUSED');
    const malformed = await post(
      body(email()),
      { 'idempotency-key': 'no spaces allowed' },
      '198.51.100.11',
    );
    expect(malformed.json().code).toBe('IDEMPOTENCY.KEY_INVALID');
  });

  it('limits the registrations of one client per window, across the shared counter', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await post(body(email()), {}, '198.51.100.20')).statusCode);
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
    const limited = await post(body(email()), {}, '198.51.100.20');
    expect(limited.json().code).toBe('REQUEST.RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await post(body(email()), {}, '198.51.100.21')).statusCode).toBe(202); // another client
  });

  it('counts per visitor behind the portal, whose address it forwards, not per portal', async () => {
    // The portal on the same machine (loopback, trusted by default) forwards each visitor.
    const viaPortal = (visitor: string) =>
      post(body(email()), { 'x-forwarded-for': visitor }, '127.0.0.1');
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await viaPortal('203.0.113.7')).statusCode);
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
    expect((await viaPortal('203.0.113.8')).statusCode).toBe(202);
    // A peer that is not trusted cannot pick its address: its own counts.
    const spoofed: number[] = [];
    for (let i = 0; i < 6; i++) {
      const forged = `192.0.2.${i}`;
      spoofed.push(
        (await post(body(email()), { 'x-forwarded-for': forged }, '198.51.100.40')).statusCode,
      );
    }
    expect(spoofed).toEqual([202, 202, 202, 202, 202, 429]);
  });

  it('answers a filled honeypot as if it worked and stores nothing', async () => {
    const address = email();
    const response = await post(
      body(address, { website: 'https://spam.example' }),
      {},
      '198.51.100.30',
    );
    expect(response.statusCode).toBe(202);
    expect(await stored(address)).toBe(0);
  });

  it('ignores forms sent back faster than the minimum fill time or with a forged token', async () => {
    const fast = email();
    expect(
      (
        await post(
          body(fast, { formToken: signFormToken(DEVELOPMENT_SECRET, Date.now()) }),
          {},
          '198.51.100.31',
        )
      ).statusCode,
    ).toBe(202);
    expect(await stored(fast)).toBe(0);
    const forged = email();
    await post(body(forged, { formToken: `${Date.now() - 60_000}.forged` }), {}, '198.51.100.31');
    expect(await stored(forged)).toBe(0);
    const human = email();
    await post(
      body(human, {
        formToken: signFormToken(DEVELOPMENT_SECRET, Date.now() - 20_000),
        website: '',
      }),
      {},
      '198.51.100.31',
    );
    expect(await stored(human)).toBe(1);
  });

  it('issues form tokens that pass after the minimum time', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/form-token' });
    expect(response.json()).toMatchObject({ minimumSeconds: 3, honeypotField: 'website' });
    expect(response.headers['cache-control']).toBe('no-store');
  });
});
