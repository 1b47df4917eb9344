import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createSeededApp } from '../../../test/test-app.js';
import { waitFor } from '../../../test/wait.js';

// Tables the public endpoints never show: writes to them must not clear the cache (a
// registration burst would otherwise empty it hundreds of times a second). Every other table
// carries the trigger; a new table fails this test until it is put on one side or the other.
const PRIVATE_TABLES = [
  'audit_entry',
  'contact_request',
  'idempotency_key',
  'mailing',
  'migration',
  'newsletter_issue',
  'newsletter_subscription',
  'rate_limit_window',
  'registration',
  'registration_consent',
  'registration_count_delta',
  'sent_message',
  'staff_account',
  'staff_account_organisation',
  'staff_link',
  'staff_login_failure',
  'staff_session',
];

describe('public answers cache', () => {
  let app: NestFastifyApplication;
  let dataSource: DataSource;
  let slug: string;

  let base: string;
  // Over real HTTP: kept answers are served by the server before Fastify (inject skips that).
  const get = async (url: string) => {
    const response = await fetch(base + url);
    const body = await response.text();
    return {
      statusCode: response.status,
      headers: Object.fromEntries(response.headers),
      body,
      json: () => JSON.parse(body),
    };
  };

  /** Waits until the listener is connected: answers are then kept (a miss is announced). */
  const cachingResumed = (url: string) =>
    waitFor(async () => (await get(url)).headers['x-cache'] === 'miss', { what: 'caching' });

  beforeAll(async () => {
    app = await createSeededApp({ PUBLIC_CACHE_SECONDS: '60' });
    await app.listen(0, '127.0.0.1');
    base = await app.getUrl();
    dataSource = app.get(DataSource);
    [{ slug }] = await dataSource.query(
      `SELECT slug FROM event WHERE status = 'published' ORDER BY starts_at LIMIT 1`,
    );
    await cachingResumed('/api/v1/topics');
  });

  afterAll(async () => {
    await app?.close();
  });

  it('serves a repeated public read from memory with the same body and fresh headers', async () => {
    const first = await get(`/api/v1/events/${slug}`);
    const second = await get(`/api/v1/events/${slug}`);
    expect(first.headers['x-cache']).toBe('miss');
    expect(second.headers['x-cache']).toBe('hit');
    expect(second.statusCode).toBe(200);
    expect(second.body).toBe(first.body);
    expect(second.headers['content-type']).toBe(first.headers['content-type']);
    expect(second.headers['content-security-policy']).toBe(
      first.headers['content-security-policy'],
    );
    expect(second.headers['x-request-id']).not.toBe(first.headers['x-request-id']);
    expect(Number(second.headers['content-length'])).toBe(Buffer.byteLength(second.body));
  });

  it('takes over a harmless request id of the caller, also for kept answers', async () => {
    const url = `/api/v1/events/${slug}`;
    await get(url);
    const response = await fetch(base + url, { headers: { 'x-request-id': 'trace-42' } });
    expect(response.headers.get('x-cache')).toBe('hit');
    expect(response.headers.get('x-request-id')).toBe('trace-42');
  });

  it('keeps each query string apart', async () => {
    await get('/api/v1/events?time=past');
    const upcoming = await get('/api/v1/events?time=upcoming');
    const past = await get('/api/v1/events?time=past');
    expect(upcoming.headers['x-cache']).toBe('miss');
    expect(past.headers['x-cache']).toBe('hit');
    expect(past.body).not.toBe(upcoming.body);
  });

  it('keeps calendar files with their own headers', async () => {
    const url = `/api/v1/events/${slug}/calendar.ics`;
    const first = await get(url);
    const second = await get(url);
    expect(second.headers['x-cache']).toBe('hit');
    expect(second.body).toBe(first.body);
    expect(second.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(second.headers['content-disposition']).toBe(first.headers['content-disposition']);
  });

  it('does not keep problems, nor answers of routes that are not marked', async () => {
    await get('/api/v1/events/gibt-es-nicht');
    const missing = await get('/api/v1/events/gibt-es-nicht');
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['x-cache']).toBe('miss');

    await get(`/api/v1/events/${slug}/availability`);
    const availability = await get(`/api/v1/events/${slug}/availability`);
    expect(availability.headers['x-cache']).toBeUndefined();
  });

  it('forgets every answer when content changes, whoever changes it', async () => {
    const url = `/api/v1/events/${slug}`;
    await get(url);
    expect((await get(url)).headers['x-cache']).toBe('hit');

    // Straight into the database, as another API process or a person at psql would.
    await dataSource.query(`UPDATE event SET title = 'Neu betitelt' WHERE slug = $1`, [slug]);

    const changed = await waitFor(
      async () => {
        const response = await get(url);
        return response.json().title === 'Neu betitelt' && response;
      },
      { timeoutMs: 2000, intervalMs: 20, what: 'the new title' },
    );
    expect(changed.headers['x-cache']).toBe('miss');
  });

  it('does not forget them for writes to private tables', async () => {
    const url = '/api/v1/topics';
    await get(url);
    await dataSource.query(`DELETE FROM rate_limit_window`);
    await dataSource.query(`UPDATE staff_account SET email = email`);
    // A notification would have arrived by now (the change test above sees them within ms).
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await get(url)).headers['x-cache']).toBe('hit');
  });

  it('stops keeping answers while it cannot hear of changes, and resumes after', async () => {
    const url = '/api/v1/series';
    await get(url);
    const [{ terminated }] = await dataSource.query(
      `SELECT count(pg_terminate_backend(pid))::int AS terminated FROM pg_stat_activity
        WHERE application_name = 'stadtgespraech-api-listen' AND datname = current_database()`,
    );
    expect(terminated).toBe(1);
    const during = await waitFor(
      async () => {
        const response = await get(url);
        return response.headers['x-cache'] === undefined && response;
      },
      { timeoutMs: 2000, intervalMs: 20, what: 'caching to stop' },
    );
    expect(during.statusCode).toBe(200);

    await cachingResumed(url);
    expect((await get(url)).headers['x-cache']).toBe('hit');
  });

  it('has every table either announcing its changes or listed as private', async () => {
    const rows: { table: string; announces: boolean }[] = await dataSource.query(`
      SELECT c.relname AS table,
             EXISTS (SELECT 1 FROM pg_trigger t
                      WHERE t.tgrelid = c.oid AND t.tgname = 'public_content_changed') AS announces
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r'`);
    const silent = rows.filter((row) => !row.announces).map((row) => row.table);
    expect(silent.sort()).toEqual([...PRIVATE_TABLES].sort());
    expect(rows.filter((row) => row.announces).length).toBeGreaterThan(10);
  });
});
