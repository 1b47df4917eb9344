import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { createScratchDatabase, migratedDataSource } from '../../../test/test-app.js';
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
});
