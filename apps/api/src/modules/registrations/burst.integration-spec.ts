import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { startApiProcess, type ApiProcess, PROCESS_SECRET } from '../../../test/api-process.js';
import { createEvent } from '../../../test/event-fixture.js';
import { createScratchDatabase, migratedDataSource } from '../../../test/test-app.js';
import { seedDemoContent } from '../../database/seed/seed-demo-content.js';
import { MAIL_QUEUE } from '../mail/mail.queue.js';
import type { EventEntity } from '../events/event.entity.js';
import { registrationToken } from './registration-tokens.js';

const PEOPLE = 2_000;
const SEATS = 100;
const REPEATS = 200;

interface Answer {
  status: number;
  body: Record<string, unknown>;
  replayed: boolean;
}

/**
 * A popular talk opens: 2,000 people register and confirm at once, through two API processes
 * on one database, as behind a load balancer. The seats must go to exactly the first 100 in line.
 */
describe('a registration burst through two API processes', () => {
  let dataSource: DataSource;
  let processes: ApiProcess[];
  let event: EventEntity;
  let consentVersion: string;
  const emails = Array.from({ length: PEOPLE }, (_, i) => `ansturm.${i}@kommune.example`);

  /** Sends the calls with at most `parallel` in flight, alternating between the processes. */
  async function send(
    calls: { path: string; body: unknown; headers?: Record<string, string> }[],
    parallel = 200,
  ): Promise<Answer[]> {
    const answers: Answer[] = new Array(calls.length);
    let next = 0;
    const lane = async () => {
      for (let i = next++; i < calls.length; i = next++) {
        const { path, body, headers = {} } = calls[i]!;
        const response = await fetch(processes[i % processes.length]!.url + path, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify(body),
        });
        answers[i] = {
          status: response.status,
          body: (await response.json()) as Record<string, unknown>,
          replayed: response.headers.get('idempotent-replayed') === 'true',
        };
      }
    };
    await Promise.all(Array.from({ length: parallel }, lane));
    return answers;
  }

  const registration = (email: string) => ({
    email,
    firstName: 'Jana',
    lastName: 'Beispiel',
    consents: [{ purpose: 'privacy', granted: true, textVersion: consentVersion }],
  });

  beforeAll(async () => {
    const database = await createScratchDatabase('burst');
    dataSource = await migratedDataSource(database);
    await seedDemoContent(dataSource);
    event = await createEvent(dataSource, { capacity: SEATS, waitlistEnabled: true });
    processes = await Promise.all([startApiProcess(database), startApiProcess(database)]);
    const texts = (await (
      await fetch(`${processes[0]!.url}/api/v1/consent-texts?locale=de`)
    ).json()) as { items: { purpose: string; version: string }[] };
    consentVersion = texts.items.find((text) => text.purpose === 'privacy')!.version;
  }, 120_000);

  afterAll(async () => {
    await Promise.all((processes ?? []).map((p) => p.stop()));
    await dataSource?.destroy();
  });

  it('takes every registration once, the repeated ones included, without a 5xx', async () => {
    const path = `/api/v1/events/${event.slug}/registrations`;
    // Every tenth person clicks twice: the second request races the first.
    const calls = [
      ...emails.map((email) => ({ path, body: registration(email) })),
      ...emails.slice(0, REPEATS).map((email) => ({ path, body: registration(email) })),
    ];
    const answers = await send(calls);
    expect(answers.filter((a) => a.status !== 202)).toEqual([]);
    const [{ count, distinct }] = await dataSource.query(
      `SELECT count(*)::int AS count, count(DISTINCT email_normalized)::int AS distinct
         FROM registration WHERE event_id = $1`,
      [event.id],
    );
    expect({ count, distinct }).toEqual({ count: PEOPLE, distinct: PEOPLE });
  }, 180_000);

  it('gives exactly the seats to the first in line and queues the rest in order', async () => {
    const rows: { id: string }[] = await dataSource.query(
      'SELECT id FROM registration WHERE event_id = $1',
      [event.id],
    );
    const confirm = '/api/v1/registrations/confirm';
    const tokens = rows.map((row) => registrationToken(PROCESS_SECRET, 'confirm', row.id));
    // Every confirmation link is also clicked twice at once.
    const answers = await send(
      [...tokens, ...tokens.slice(0, REPEATS)].map((token) => ({ path: confirm, body: { token } })),
    );
    expect(answers.filter((a) => a.status !== 200)).toEqual([]);

    const statuses: { status: string; count: number }[] = await dataSource.query(
      `SELECT status, count(*)::int AS count FROM registration WHERE event_id = $1 GROUP BY status ORDER BY status`,
      [event.id],
    );
    expect(statuses).toEqual([
      { status: 'confirmed', count: SEATS },
      { status: 'waitlisted', count: PEOPLE - SEATS },
    ]);
    // First in line got the seats: no waiting person queued before a seated one.
    const [{ lastSeated, firstWaiting }] = await dataSource.query(
      `SELECT max(queued_at) FILTER (WHERE status = 'confirmed') AS "lastSeated",
              min(queued_at) FILTER (WHERE status = 'waitlisted') AS "firstWaiting"
         FROM registration WHERE event_id = $1`,
      [event.id],
    );
    expect(lastSeated.getTime()).toBeLessThanOrEqual(firstWaiting.getTime());
    // Each answer for a first click told the place the queue gives.
    const positions = answers
      .slice(0, PEOPLE)
      .filter((a) => a.body.status === 'waitlisted')
      .map((a) => a.body.waitlistPosition as number);
    expect(new Set(positions).size).toBe(PEOPLE - SEATS);
    expect(Math.min(...positions)).toBe(1);
    expect(Math.max(...positions)).toBe(PEOPLE - SEATS);
  }, 180_000);

  it('queued every mail once: one address confirmation and one outcome per person', async () => {
    const jobs: { key: string; count: number }[] = await dataSource.query(
      `SELECT singleton_key AS key, count(*)::int AS count FROM pgboss.job
        WHERE name = $1 AND singleton_key LIKE 'registration:%' GROUP BY singleton_key`,
      [MAIL_QUEUE],
    );
    expect(jobs.filter((job) => job.count > 1)).toEqual([]);
    const kinds = new Map<string, number>();
    for (const { key } of jobs) {
      const kind = key.split(':').slice(2).join(':');
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
    expect(kinds.get('confirm-address:initial')).toBe(PEOPLE);
    const outcomes = [...kinds].filter(([kind]) => !kind.startsWith('confirm-address'));
    expect(outcomes.reduce((sum, [, n]) => sum + n, 0)).toBe(PEOPLE);
  });

  it('does a registration once however often a client retries it with its idempotency key', async () => {
    const path = `/api/v1/events/${event.slug}/registrations`;
    const late = Array.from({ length: 300 }, (_, i) => `nachzuegler.${i}@kommune.example`);
    const call = (email: string) => ({
      path,
      body: registration(email),
      headers: { 'idempotency-key': `retry-${email.split('@')[0]}` },
    });
    // Three copies of each request at once, spread over both processes.
    const racing = await send(late.flatMap((email) => [call(email), call(email), call(email)]));
    // A copy that finds its twin still running is told so (409); none is done twice.
    const codes = racing.map((a) => (a.status === 202 ? 'accepted' : String(a.body.code)));
    expect(
      codes.filter((code) => code !== 'accepted' && code !== 'IDEMPOTENCY.IN_PROGRESS'),
    ).toEqual([]);
    for (let i = 0; i < late.length; i++)
      expect(codes.slice(3 * i, 3 * i + 3)).toContain('accepted');
    // The retries after the race are answered from the stored response.
    const retried = await send(late.map(call));
    expect(retried.every((a) => a.status === 202 && a.replayed)).toBe(true);

    const [{ count }] = await dataSource.query(
      'SELECT count(*)::int AS count FROM registration WHERE event_id = $1 AND email = ANY($2)',
      [event.id, late],
    );
    expect(count).toBe(late.length);
    const [{ mails }] = await dataSource.query(
      `SELECT count(*)::int AS mails FROM pgboss.job j
         JOIN registration r ON j.singleton_key = 'registration:' || r.id || ':confirm-address:initial'
        WHERE j.name = $1 AND r.email = ANY($2)`,
      [MAIL_QUEUE, late],
    );
    expect(mails).toBe(late.length);
  }, 120_000);
});
