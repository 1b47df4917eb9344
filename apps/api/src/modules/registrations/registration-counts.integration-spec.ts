import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { DataSource } from 'typeorm';
import { createEvent } from '../../../test/event-fixture.js';
import {
  createScratchDatabase,
  migratedDataSource,
  testDatabaseUrl,
} from '../../../test/test-app.js';
import pg from 'pg';
import { ContentChanges } from '../../common/public-cache/content-changes.js';
import { AppConfig } from '../../config/app-config.js';
import { EventEntity } from '../events/event.entity.js';
import { RegistrationEntity } from './registration.entity.js';
import { RegistrationsRepository } from './registrations.repository.js';

const STATUSES = ['pending_confirmation', 'confirmed', 'waitlisted', 'cancelled'] as const;

type Change =
  | { kind: 'insert'; event: number; status: number; attended: boolean }
  | { kind: 'status'; pick: number; status: number }
  | { kind: 'attended'; pick: number; attended: boolean }
  | { kind: 'move'; pick: number; event: number }
  | { kind: 'delete'; pick: number }
  | { kind: 'compact' }
  | { kind: 'seats'; event: number };

const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    event: fc.nat(2),
    status: fc.nat(STATUSES.length - 1),
    attended: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('status' as const),
    pick: fc.nat(),
    status: fc.nat(STATUSES.length - 1),
  }),
  fc.record({ kind: fc.constant('attended' as const), pick: fc.nat(), attended: fc.boolean() }),
  fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), event: fc.nat(2) }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('compact' as const) }),
  fc.record({ kind: fc.constant('seats' as const), event: fc.nat(2) }),
);

/** The counts per event and status that the database keeps, next to the counted truth. */
async function keptAndCounted(dataSource: DataSource) {
  const [kept, counted] = await Promise.all([
    dataSource.query(
      `SELECT event_id, status, sum(count)::int AS count, sum(attended)::int AS attended
         FROM registration_count_delta GROUP BY event_id, status
       HAVING sum(count) <> 0 OR sum(attended) <> 0 ORDER BY event_id, status`,
    ),
    dataSource.query(
      `SELECT event_id, status, count(*)::int AS count, count(attended_at)::int AS attended
         FROM registration GROUP BY event_id, status ORDER BY event_id, status`,
    ),
  ]);
  return { kept, counted };
}

describe('registration counts kept by the database', () => {
  let dataSource: DataSource;
  let databaseUrl: string;

  beforeAll(async () => {
    const database = await createScratchDatabase('counts');
    databaseUrl = testDatabaseUrl(database);
    dataSource = await migratedDataSource(database);
  });

  afterAll(async () => {
    await dataSource?.destroy();
  });

  const repository = () =>
    new RegistrationsRepository(
      dataSource.getRepository(EventEntity),
      dataSource.getRepository(RegistrationEntity),
      new ContentChanges(),
      new AppConfig(),
    );

  /** What a seat decision reads, next to the counted confirmed and waitlisted registrations. */
  async function seatsAndCounted(eventId: string) {
    const { confirmed, waitlisted } = await dataSource.transaction((manager) =>
      repository().seatState(manager, eventId),
    );
    const seats = { confirmed, waitlisted };
    const [counted] = await dataSource.query(
      `SELECT count(*) FILTER (WHERE status = 'confirmed')::int AS confirmed,
              count(*) FILTER (WHERE status = 'waitlisted')::int AS waitlisted
         FROM registration WHERE event_id = $1`,
      [eventId],
    );
    return { seats, counted };
  }

  const insert = (eventId: string, status: string, attended: boolean) =>
    dataSource.query(
      `INSERT INTO registration (event_id, status, email, email_normalized, first_name, last_name,
              answers, locale, manage_token_hash, join_token_hash, attended_at, version)
       SELECT $1, $2, e, e, 'Jana', 'Beispiel', '{}', 'de',
              md5(random()::text) || md5(random()::text), md5(random()::text) || md5(random()::text),
              CASE WHEN $3 THEN now() END, 1
         FROM (SELECT gen_random_uuid() || '@kommune.example' AS e) address`,
      [eventId, status, attended],
    );

  it('match the counted rows after any sequence of inserts, changes, moves, deletes, compactions and seat decisions', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 25 }), async (changes) => {
        await dataSource.query('TRUNCATE registration, event CASCADE');
        const events = [
          (await createEvent(dataSource)).id,
          (await createEvent(dataSource)).id,
          (await createEvent(dataSource)).id,
        ];
        const ids = async () =>
          (await dataSource.query('SELECT id FROM registration ORDER BY id')).map(
            (row: { id: string }) => row.id,
          ) as string[];
        for (const step of changes) {
          const existing = await ids();
          const picked = existing.length
            ? existing['pick' in step ? step.pick % existing.length : 0]
            : null;
          // Changes one picked registration; nothing to do while there is none.
          const change = (sql: string, ...values: unknown[]) =>
            picked ? dataSource.query(sql, [picked, ...values]) : undefined;
          switch (step.kind) {
            case 'insert':
              await insert(events[step.event]!, STATUSES[step.status]!, step.attended);
              break;
            case 'status':
              await change(
                'UPDATE registration SET status = $2 WHERE id = $1',
                STATUSES[step.status],
              );
              break;
            case 'attended':
              await change(
                'UPDATE registration SET attended_at = CASE WHEN $2 THEN now() END WHERE id = $1',
                step.attended,
              );
              break;
            case 'move':
              await change(
                'UPDATE registration SET event_id = $2 WHERE id = $1',
                events[step.event],
              );
              break;
            case 'delete':
              await change('DELETE FROM registration WHERE id = $1');
              break;
            case 'compact':
              await dataSource.query('SELECT registration_count_compact()');
              break;
            case 'seats': {
              const { seats, counted } = await seatsAndCounted(events[step.event]!);
              expect(seats).toEqual(counted);
              break;
            }
          }
        }
        // Deleting an event takes its registrations along; its counts go at the next compaction.
        await dataSource.query('DELETE FROM event WHERE id = $1', [events[2]]);
        const { kept, counted } = await keptAndCounted(dataSource);
        expect(kept.filter((row: { event_id: string }) => row.event_id !== events[2])).toEqual(
          counted,
        );
        await dataSource.query('SELECT registration_count_compact()');
        expect((await keptAndCounted(dataSource)).kept).toEqual(counted);
      }),
      { numRuns: 40 },
    );
  });

  it('give a seat decision the same few rows to read however long the waiting list grows', async () => {
    const event = await createEvent(dataSource);
    for (let i = 0; i < 30; i++) await insert(event.id, i < 10 ? 'confirmed' : 'waitlisted', false);
    const rows = () =>
      dataSource.query(
        `SELECT status, count FROM registration_count_delta
          WHERE event_id = $1 AND status IN ('confirmed', 'waitlisted') ORDER BY status`,
        [event.id],
      );
    expect(await rows()).toHaveLength(30);
    expect((await seatsAndCounted(event.id)).seats).toEqual({ confirmed: 10, waitlisted: 20 });
    expect(await rows()).toEqual([
      { status: 'confirmed', count: 10 },
      { status: 'waitlisted', count: 20 },
    ]);
  });

  it('let a seat decision count without waiting for a compaction in progress', async () => {
    const event = await createEvent(dataSource);
    for (let i = 0; i < 6; i++) await insert(event.id, i < 2 ? 'confirmed' : 'waitlisted', false);
    const job = new pg.Client({ connectionString: databaseUrl });
    await job.connect();
    try {
      // The job has moved every row but not committed: it holds them all.
      await job.query('BEGIN');
      await job.query('SELECT registration_count_compact()');
      const seats = await dataSource.transaction(async (manager) => {
        await manager.query("SET LOCAL lock_timeout = '2s'");
        return repository().seatState(manager, event.id);
      });
      expect(seats).toMatchObject({ confirmed: 2, waitlisted: 4 });
      await job.query('COMMIT');
    } finally {
      await job.end();
    }
    expect(await seatsAndCounted(event.id)).toEqual({
      seats: { confirmed: 2, waitlisted: 4 },
      counted: { confirmed: 2, waitlisted: 4 },
    });
    const { kept, counted } = await keptAndCounted(dataSource);
    expect(kept).toEqual(counted);
  });

  it('start empty again when the registrations are truncated', async () => {
    const event = await createEvent(dataSource);
    await insert(event.id, 'confirmed', false);
    await dataSource.query('TRUNCATE registration CASCADE');
    expect(await dataSource.query('SELECT * FROM registration_count_delta')).toEqual([]);
  });

  it('never make two registrations of one event wait for each other', async () => {
    const event = await createEvent(dataSource);
    const first = new pg.Client({ connectionString: databaseUrl });
    const second = new pg.Client({ connectionString: databaseUrl });
    await Promise.all([first.connect(), second.connect()]);
    try {
      // A confirmed registration of the event, on one of the two connections.
      const register = (client: pg.Client, n: number) =>
        client.query(
          `INSERT INTO registration (event_id, status, email, email_normalized, first_name,
                  last_name, answers, locale, manage_token_hash, join_token_hash, version)
           VALUES ($1, 'confirmed', $2, $2, 'A', 'B', '{}', 'de', repeat($3, 64), repeat($4, 64), 1)`,
          [event.id, `${n}@kommune.example`, String(2 * n), String(2 * n + 1)],
        );
      await first.query('BEGIN');
      await register(first, 1);
      // While the first is open, a second registration of the same event goes through at once.
      await second.query("SET lock_timeout = '2s'");
      await register(second, 2);
      await first.query('COMMIT');
    } finally {
      await Promise.all([first.end(), second.end()]);
    }
    const [{ count }] = await dataSource.query(
      'SELECT sum(count)::int AS count FROM registration_count_delta WHERE event_id = $1',
      [event.id],
    );
    expect(count).toBe(2);
  });
});
