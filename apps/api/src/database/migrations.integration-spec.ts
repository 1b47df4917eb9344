import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { createScratchDatabase, migratedDataSource } from '../../test/test-app.js';

describe('migrations', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await migratedDataSource(await createScratchDatabase('migrations'));
  });

  afterAll(async () => {
    await dataSource?.destroy();
  });

  it('leave no difference between the entities and the schema (no drift)', async () => {
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('create the German full-text index the event search relies on', async () => {
    const [index] = await dataSource.query(
      `SELECT indexdef FROM pg_indexes WHERE indexname = 'IDX_event_search'`,
    );
    expect(index.indexdef).toContain("to_tsvector('german'");
  });

  it('can be reverted completely and applied again', async () => {
    for (const _ of dataSource.migrations)
      await dataSource.undoLastMigration({ transaction: 'each' });
    const [{ count }] = await dataSource.query(
      `SELECT count(*)::int AS count FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migration'`,
    );
    expect(count).toBe(0);
    await dataSource.runMigrations({ transaction: 'each' });
    expect((await dataSource.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
  });
});
