// Where the database's time goes, per statement: pg_stat_statements, preloaded into the
// benchmark's PostgreSQL on request (it costs a little itself, so not in the measured runs).
import type pg from 'pg';

/** Server settings that load pg_stat_statements with planning times. */
export const STATEMENT_STATS_SETTINGS = {
  shared_preload_libraries: 'pg_stat_statements',
  'pg_stat_statements.track': 'all',
  'pg_stat_statements.track_planning': 'on',
};

export async function enableStatementStats(db: pg.Client): Promise<void> {
  await db.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
}

export async function resetStatementStats(db: pg.Client): Promise<void> {
  await db.query('SELECT pg_stat_statements_reset()');
}

/** The statements since the last reset, costliest first, with milliseconds per request. */
export async function printStatementStats(
  db: pg.Client,
  label: string,
  requests: number,
): Promise<void> {
  const { rows } = await db.query<{ calls: string; exec: number; plan: number; text: string }>(
    `SELECT calls, total_exec_time / $1 AS exec, total_plan_time / $1 AS plan,
            left(regexp_replace(query, '\\s+', ' ', 'g'), 90) AS text
       FROM pg_stat_statements
      WHERE calls > 0 AND query NOT LIKE '%pg_stat_statements%'
      ORDER BY total_exec_time + total_plan_time DESC LIMIT 20`,
    [requests],
  );
  console.log(`\nStatements of ${label} (${requests} requests), milliseconds per request\n`);
  console.log('| calls | execution | planning | statement |');
  console.log('| --- | --- | --- | --- |');
  for (const row of rows) {
    const text = row.text.replaceAll('|', '\\|');
    console.log(`| ${row.calls} | ${row.exec.toFixed(3)} | ${row.plan.toFixed(3)} | \`${text}\` |`);
  }
}
