import type { Db } from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { preparedQuery } from '../../database/prepared-query.js';

/**
 * The rows of a raw TypeORM query. TypeORM 1.x answers UPDATE and DELETE with `[rows, count]` and
 * everything else with the rows themselves (and `undefined` for statements without rows).
 */
export function rowsOf(result: unknown): unknown[] {
  if (!Array.isArray(result)) return [];
  const [first, second] = result as unknown[];
  if (result.length === 2 && Array.isArray(first) && typeof second === 'number') return first;
  return result;
}

/**
 * pg-boss's database interface on top of a TypeORM entity manager: statements run on the
 * manager's connection, so inside `dataSource.transaction(...)` a job is written in the caller's
 * transaction and exists exactly when the change that caused it commits. `prepared` runs them as
 * prepared statements (`preparedQuery`): for sending single jobs, whose statement has one text per
 * queue.
 */
export function typeormJobDb(manager: EntityManager, { prepared = false } = {}): Db {
  return {
    async executeSql(text: string, values?: unknown[]) {
      const args = values ?? [];
      const result = prepared
        ? await preparedQuery(manager, text, args)
        : await manager.query(text, args);
      return { rows: rowsOf(result) };
    },
  };
}
