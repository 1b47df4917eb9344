import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { createScratchDatabase, migratedDataSource } from '../../test/test-app.js';
import { isUniqueViolation } from './errors.js';
import { preparedQuery } from './prepared-query.js';

describe('preparedQuery', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await migratedDataSource(await createScratchDatabase('prepared'));
  });

  afterAll(async () => {
    await dataSource?.destroy();
  });

  const text = 'SELECT $1::int + 1 AS next';

  it('prepares a statement once per connection and runs it again by name', async () => {
    const statements = await dataSource.transaction(async (manager) => {
      expect(await preparedQuery(manager, text, [1])).toEqual([{ next: 2 }]);
      expect(await preparedQuery(manager, text, [41])).toEqual([{ next: 42 }]);
      return manager.query(
        'SELECT name, statement FROM pg_prepared_statements WHERE statement = $1',
        [text],
      );
    });
    expect(statements).toEqual([
      { name: expect.stringMatching(/^sg_[0-9a-f]{32}$/), statement: text },
    ]);
  });

  it("runs in the manager's transaction and rolls back with it", async () => {
    await dataSource.query('CREATE TABLE IF NOT EXISTS prepared_probe (id int PRIMARY KEY)');
    const insert = 'INSERT INTO prepared_probe (id) VALUES ($1) RETURNING id';
    await expect(
      dataSource.transaction(async (manager) => {
        await preparedQuery(manager, insert, [1]);
        expect(
          await preparedQuery(manager, 'SELECT count(*)::int AS n FROM prepared_probe', []),
        ).toEqual([{ n: 1 }]);
        throw new Error('undo');
      }),
    ).rejects.toThrow('undo');
    expect(await dataSource.query('SELECT count(*)::int AS n FROM prepared_probe')).toEqual([
      { n: 0 },
    ]);
  });

  it("fails with TypeORM's error, so database errors are told apart as everywhere", async () => {
    const insert = 'INSERT INTO prepared_probe (id) VALUES ($1)';
    await preparedQuery(dataSource.manager, insert, [7]);
    const error = await preparedQuery(dataSource.manager, insert, [7]).catch((e: unknown) => e);
    expect(isUniqueViolation(error)).toBe(true);
    expect(String((error as Error).message)).toMatch(/duplicate key/);
  });
});
