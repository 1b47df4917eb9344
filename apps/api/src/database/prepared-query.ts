import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';

const names = new Map<string, string>();

function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `sg_${createHash('sha256').update(text).digest('hex').slice(0, 32)}`;
    names.set(text, name);
  }
  return name;
}

/**
 * Runs `text` through `manager` (its transaction, logging and errors stay TypeORM's) as a named
 * prepared statement: each pooled connection parses and plans it once, instead of on every call.
 * Planning was a third of PostgreSQL's CPU time in a registration burst (docs/benchmarks.md).
 *
 * For the hot statements, with fixed texts only: each distinct text stays prepared on every
 * connection for its lifetime. Behind PgBouncer in transaction mode this needs PgBouncer 1.21 or
 * later with `max_prepared_statements` set (docs/deployment.md).
 */
export function preparedQuery<T = unknown[]>(
  manager: EntityManager,
  text: string,
  values: unknown[],
): Promise<T> {
  // node-postgres takes a query config object wherever it takes a text, and TypeORM hands the
  // query through as it is; `toString` keeps TypeORM's logging and error messages readable.
  const statement = { name: statementName(text), text, toString: () => text };
  return manager.query(statement as unknown as string, values);
}
