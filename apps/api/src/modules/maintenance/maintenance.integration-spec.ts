import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createEvent } from '../../../test/event-fixture.js';
import { SmtpSink } from '../../../test/smtp-sink.js';
import { createSeededApp } from '../../../test/test-app.js';
import { MaintenanceJobs } from './maintenance.jobs.js';

describe('maintenance', () => {
  let app: NestFastifyApplication;
  let dataSource: DataSource;
  const smtp = new SmtpSink();

  beforeAll(async () => {
    await smtp.start();
    app = await createSeededApp({ SMTP_URL: smtp.url, JOBS_POLLING_MS: '500' });
    dataSource = app.get(DataSource);
  });

  afterAll(async () => {
    await app?.close();
    await smtp.stop();
  });

  it('is scheduled every five minutes in Berlin time', async () => {
    const [schedule] = await dataSource.query(
      `SELECT cron, timezone FROM pgboss.schedule WHERE name = 'maintenance'`,
    );
    expect(schedule).toEqual({ cron: '*/5 * * * *', timezone: 'Europe/Berlin' });
  });

  it('sums the rows of registration count differences every minute, counts unchanged', async () => {
    const [schedule] = await dataSource.query(
      `SELECT cron FROM pgboss.schedule WHERE name = 'registration-counts'`,
    );
    expect(schedule).toEqual({ cron: '* * * * *' });
    const event = await createEvent(dataSource);
    for (const address of ['a@x.example', 'b@x.example', 'c@x.example'])
      await dataSource.query(
        `INSERT INTO registration (event_id, status, email, email_normalized, first_name, last_name,
           answers, locale, manage_token_hash, join_token_hash, version)
         VALUES ($1, 'confirmed', $2::text, $2::text, 'A', 'B', '{}', 'de', md5($2::text) || md5($2::text), md5($2::text || 'j') || md5($2::text || 'j'), 1)`,
        [event.id, address],
      );
    await dataSource.query(
      `UPDATE registration SET status = 'cancelled' WHERE event_id = $1 AND email = 'c@x.example'`,
      [event.id],
    );
    const rows = () =>
      dataSource.query(
        `SELECT status, count FROM registration_count_delta WHERE event_id = $1 ORDER BY status, count`,
        [event.id],
      );
    // Five rows (+1 ×3, −1 and +1) until summed, here or by the scheduled job meanwhile.
    await app.get(MaintenanceJobs).compactCounts();
    expect(await rows()).toEqual([
      { status: 'cancelled', count: 1 },
      { status: 'confirmed', count: 2 },
    ]);
  });

  it('expires unconfirmed registrations and forgets old keys and counters, and repeats harmlessly', async () => {
    const event = await createEvent(dataSource);
    await dataSource.query(
      `INSERT INTO registration (event_id, status, email, email_normalized, first_name, last_name, answers, locale,
         confirmation_token_hash, confirmation_expires_at, manage_token_hash, join_token_hash, version)
       VALUES ($1, 'pending_confirmation', 'alt@x.example', 'alt@x.example', 'A', 'B', '{}', 'de',
         repeat('a', 64), now() - interval '1 hour', repeat('b', 64), repeat('c', 64), 1)`,
      [event.id],
    );
    await dataSource.query(
      `INSERT INTO idempotency_key (scope, key, request_hash, status, body, created_at)
       VALUES ('POST /x', 'old-key-0001', repeat('d', 64), 202, 'null'::jsonb, now() - interval '2 days')`,
    );
    await dataSource.query(
      `INSERT INTO rate_limit_window (key, window_start, hits) VALUES ('r:1.2.3.4', now() - interval '2 days', 3)`,
    );

    const maintenance = app.get(MaintenanceJobs);
    expect(await maintenance.run()).toMatchObject({
      expiredRegistrations: 1,
      idempotencyKeys: 1,
      rateLimitWindows: 1,
    });
    expect(await maintenance.run()).toMatchObject({
      expiredRegistrations: 0,
      idempotencyKeys: 0,
      rateLimitWindows: 0,
    });
  });
});
