import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { createScratchDatabase, migratedDataSource } from '../../../test/test-app.js';
import { seedDemoRegistrations } from './demo-registrations.js';
import { DEMO_STAFF } from './demo-staff.seed.js';
import { redateDemoEvents } from './redate-demo-events.js';
import { demoContent, seedDemoContent } from './seed-demo-content.js';

describe('seedDemoContent', () => {
  let dataSource: DataSource;
  const now = new Date('2026-11-21T10:00:00Z');

  beforeAll(async () => {
    dataSource = await migratedDataSource(await createScratchDatabase('seed'));
  });

  afterAll(async () => {
    await dataSource?.destroy();
  });

  it('loads every organisation, person, series, event and news post of the content', async () => {
    const content = demoContent(now);
    const { inserted } = await seedDemoContent(dataSource, now);
    expect(inserted).toEqual({
      organisations: content.organisations.length,
      people: content.people.length,
      topics: content.topics.length,
      series: content.series.length,
      events: content.events.length,
      news: content.news.length,
      'staff accounts': DEMO_STAFF.length,
    });
  });

  it('changes nothing when run again, even a day later', async () => {
    const before = await dataSource.query('SELECT slug, updated_at FROM event ORDER BY slug');
    const { inserted } = await seedDemoContent(dataSource, new Date(now.getTime() + 86_400_000));
    expect(Object.values(inserted).every((n) => n === 0)).toBe(true);
    expect(await dataSource.query('SELECT slug, updated_at FROM event ORDER BY slug')).toEqual(
      before,
    );
  });

  it('stores the agenda of the 2021 Netzwerkgespräch with its speakers in order', async () => {
    const rows = await dataSource.query(`
      SELECT a.title, to_char(a.starts_at AT TIME ZONE 'Europe/Berlin', 'HH24:MI') AS starts, p.last_name
        FROM agenda_item a JOIN event e ON e.id = a.event_id
        JOIN agenda_item_contributor c ON c.agenda_item_id = a.id JOIN person p ON p.id = c.person_id
       WHERE e.slug = 'auftakt-gemeinsam-fuer-das-quartier-2021' ORDER BY a.position, c.position`);
    expect(
      rows.map((r: { starts: string; last_name: string }) => `${r.starts} ${r.last_name}`),
    ).toEqual([
      '11:00 Groschek',
      '11:00 Willinger',
      '11:15 Berding',
      '11:15 Schmidt',
      '12:00 Weigel',
      '12:00 Weiß',
      '12:00 Huttenloher',
      '12:00 Mages',
    ]);
  });

  it('offers demo events for every registration situation, relative to the load time', async () => {
    const demo = await dataSource.query(
      `SELECT slug, starts_at, registration_deadline, capacity FROM event WHERE is_demo ORDER BY starts_at`,
    );
    type Row = {
      slug: string;
      starts_at: Date;
      registration_deadline: Date | null;
      capacity: number | null;
    };
    const rows = demo as Row[];
    expect(rows.length).toBeGreaterThanOrEqual(5);
    expect(rows.every((r) => r.starts_at > now)).toBe(true);
    expect(rows.some((r) => r.starts_at.getTime() - now.getTime() <= 60 * 60_000)).toBe(true); // starts within the hour
    expect(
      rows.some((r) => r.registration_deadline !== null && r.registration_deadline < now),
    ).toBe(true); // deadline passed
    expect(rows.some((r) => r.capacity !== null && r.capacity <= 5)).toBe(true); // few seats
  });

  it('keeps real people out of demo events', async () => {
    const [{ count }] = await dataSource.query(`
      SELECT count(*)::int AS count FROM event_contributor c JOIN event e ON e.id = c.event_id JOIN person p ON p.id = c.person_id
       WHERE e.is_demo AND p.slug NOT LIKE '%-demo'`);
    expect(count).toBe(0);
  });

  it('moves the demo events, their deadlines and agendas back to their dates days later', async () => {
    const later = new Date(now.getTime() + 3 * 86_400_000 + 17 * 60_000);
    const snapshot = () =>
      dataSource.query(
        `SELECT e.slug, e.is_demo, e.starts_at, e.ends_at, e.registration_deadline,
                min(a.starts_at) AS first_item
           FROM event e LEFT JOIN agenda_item a ON a.event_id = e.id
          GROUP BY e.id ORDER BY e.slug`,
      ) as Promise<
        {
          slug: string;
          is_demo: boolean;
          starts_at: Date;
          ends_at: Date;
          registration_deadline: Date | null;
          first_item: Date | null;
        }[]
      >;
    const before = await snapshot();
    const planned = new Map(demoContent(later).events.map((e) => [e.slug, e]));

    const moved = await redateDemoEvents(dataSource, later);
    const after = await snapshot();
    expect(moved).toBe(before.filter((e) => e.is_demo).length);
    for (const [index, event] of after.entries()) {
      const old = before[index]!;
      if (!event.is_demo) {
        expect(event).toEqual(old); // the real archive never moves
        continue;
      }
      const shift = event.starts_at.getTime() - old.starts_at.getTime();
      expect(event.starts_at).toEqual(planned.get(event.slug)!.startsAt);
      expect(event.ends_at.getTime() - old.ends_at.getTime()).toBe(shift);
      if (old.registration_deadline) {
        expect(event.registration_deadline!.getTime() - old.registration_deadline.getTime()).toBe(
          shift,
        );
      }
      if (old.first_item) {
        expect(event.first_item!.getTime() - old.first_item.getTime()).toBe(shift);
      }
    }
    // In place already: a second run moves nothing.
    expect(await redateDemoEvents(dataSource, later)).toBe(0);
  });

  it('adds sample registrations to the events with registration on the platform, once', async () => {
    const added = await seedDemoRegistrations(dataSource, now);
    expect(added).toBeGreaterThan(0);
    const [figures] = await dataSource.query(
      `SELECT count(*)::int AS total,
              count(*) FILTER (WHERE r.created_at > $1)::int AS from_the_future,
              count(*) FILTER (WHERE r.email NOT LIKE '%.invalid')::int AS deliverable,
              count(*) FILTER (WHERE r.attended_at IS NOT NULL)::int AS attended,
              count(DISTINCT r.event_id) FILTER (WHERE e.registration_mode <> 'internal')::int
                AS elsewhere
         FROM registration r JOIN event e ON e.id = r.event_id`,
      [now],
    );
    expect(figures).toMatchObject({
      total: added,
      from_the_future: 0,
      deliverable: 0,
      elsewhere: 0,
    });
    expect(figures.attended).toBeGreaterThan(0);
    // No event is overbooked by the sample.
    const overbooked = await dataSource.query(
      `SELECT e.slug FROM event e JOIN registration r ON r.event_id = e.id AND r.status = 'confirmed'
        WHERE e.capacity IS NOT NULL GROUP BY e.slug, e.capacity HAVING count(*) >= e.capacity`,
    );
    expect(overbooked).toEqual([]);
    expect(await seedDemoRegistrations(dataSource, now)).toBe(0);
  });
});
