import { describe, expect, it, jest } from '@jest/globals';
import type { EntityManager } from 'typeorm';
import { rowsOf, typeormJobDb } from './typeorm-job-db.js';

describe('the TypeORM adapter for pg-boss', () => {
  it.each([
    [
      'SELECT and INSERT … RETURNING (plain rows)',
      [{ id: 'a' }, { id: 'b' }],
      [{ id: 'a' }, { id: 'b' }],
    ],
    ['UPDATE and DELETE ([rows, count])', [[{ id: 'a' }], 1], [{ id: 'a' }]],
    ['UPDATE without RETURNING', [[], 3], []],
    ['a statement without rows', undefined, []],
    ['two selected rows that look like a pair', [{ id: 'a' }, { n: 2 }], [{ id: 'a' }, { n: 2 }]],
  ])('normalises %s', (_, result, rows) => {
    expect(rowsOf(result)).toEqual(rows);
  });

  it("runs pg-boss's statements on the given manager with their values", async () => {
    const query = jest.fn(async (_text: string, _values: unknown[]) => [[{ id: 'job-1' }], 1]);
    const db = typeormJobDb({ query } as unknown as EntityManager);
    await expect(db.executeSql('UPDATE x SET y = $1 RETURNING id', [2])).resolves.toEqual({
      rows: [{ id: 'job-1' }],
    });
    expect(query).toHaveBeenCalledWith('UPDATE x SET y = $1 RETURNING id', [2]);
  });
});
