// Registration burst on one hot event (100 seats, waiting list), end to end: people register
// (POST …/registrations) and confirm their address (POST /registrations/confirm), against
// PostgreSQL's own ceiling on this machine measured in the same run: pgbench updating a single
// hot row. Targets: ≥ 600 registrations/s end to end, p99 < 150 ms at 400/s. Medians of ROUNDS
// rounds. Build the API first.
//   npm run pnpm -- --filter @stadtgespraech/bench bench:registrations
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { postmasterPid } from './lib/cpu.ts';
import { load, type LoadResult } from './lib/load.ts';
import { startApi } from './lib/servers.ts';
import {
  enableStatementStats,
  printStatementStats,
  resetStatementStats,
  STATEMENT_STATS_SETTINGS,
} from './lib/statements.ts';
import { fixed, median } from './lib/stats.ts';
import {
  confirmToken,
  fromOneOf,
  openHotEvent,
  privacyTextVersion,
  registrationBody,
} from './lib/registrants.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const RATE = 400;
const CONNECTIONS = 50;
const SEATS = 100;

// Mails are queued by the API and sent by a worker process of their own in production.
// BENCH_PROF=<dir>: the API writes a CPU profile there (node --cpu-prof) when it stops.
// BENCH_STATEMENTS=1: prints the cost of each statement in the first round (pg_stat_statements).
const statementStats = process.env.BENCH_STATEMENTS === '1';
const api = await startApi(
  {
    JOBS_WORKER: 'false',
    RATE_LIMIT_POSTS: '1000000',
    ...(process.env.BENCH_PROF
      ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${process.env.BENCH_PROF}` }
      : {}),
  },
  statementStats ? STATEMENT_STATS_SETTINGS : undefined,
);
const db = new pg.Client({ connectionString: api.databaseUrl });
await db.connect();
if (statementStats) await enableStatementStats(db);
const databasePid = await postmasterPid((text) => db.query(text).then((r) => r.rows));

const event = await openHotEvent(
  (text, values) => db.query(text, values).then((r) => r.rows),
  SEATS,
);
const privacyVersion = await privacyTextVersion(api.url);

// The portal's form posts carry a key: its claim and stored answer are part of the cost. The
// people come from their administrations' addresses (2,000 of them, as in the issue's burst).
const submission = () => ({ 'idempotency-key': randomUUID(), ...fromOneOf(2000) });

let person = 0;
const registration = () => registrationBody(`ansturm.${person++}@kommune.example`, privacyVersion);

/** Registers for `SECONDS`, then confirms every one of them; the event starts empty each time. */
async function burst(
  rate?: number,
  showStatements = false,
): Promise<{ register: LoadResult; confirm: LoadResult }> {
  await db.query('DELETE FROM registration WHERE event_id = $1', [event.id]);
  if (showStatements) await resetStatementStats(db);
  const common = {
    duration: SECONDS,
    connections: CONNECTIONS,
    serverPid: api.pid,
    databasePid,
    rate,
  };
  const register = await load({
    ...common,
    url: `${api.url}/api/v1/events/${event.slug}/registrations`,
    body: registration,
    headers: submission,
  });
  if (showStatements) {
    await printStatementStats(db, 'registering', register.requests);
    await resetStatementStats(db);
  }
  const { rows } = await db.query<{ id: string }>(
    `SELECT id FROM registration WHERE event_id = $1 AND status = 'pending_confirmation' ORDER BY created_at`,
    [event.id],
  );
  const tokens = rows.map((row) => confirmToken(row.id));
  let next = 0;
  const confirm = await load({
    ...common,
    url: `${api.url}/api/v1/registrations/confirm`,
    amount: tokens.length,
    body: () => ({ token: tokens[next++ % tokens.length] }),
    headers: submission,
  });
  if (showStatements) await printStatementStats(db, 'confirming', confirm.requests);
  const { rows: outcome } = await db.query<{ status: string; count: number }>(
    `SELECT status, count(*)::int AS count FROM registration WHERE event_id = $1 GROUP BY status`,
    [event.id],
  );
  const seated = outcome.find((row) => row.status === 'confirmed')?.count ?? 0;
  if (seated !== Math.min(SEATS, rows.length))
    throw new Error(`${seated} seats taken of ${SEATS}: ${JSON.stringify(outcome)}`);
  return { register, confirm };
}

/** pgbench: as many clients as the load has connections, incrementing one row: the database's ceiling for a single hot event. */
async function hotRowCeiling(): Promise<number> {
  await db.query('CREATE TABLE IF NOT EXISTS hot_row (n int)');
  await db.query('TRUNCATE hot_row');
  await db.query('INSERT INTO hot_row VALUES (0)');
  const script = join(mkdtempSync(join(tmpdir(), 'sg-pgbench-')), 'hot-row.sql');
  writeFileSync(script, 'UPDATE hot_row SET n = n + 1;\n');
  const output = execFileSync(
    'pgbench',
    [
      '-n',
      '-c',
      String(CONNECTIONS),
      '-j',
      '2',
      '-T',
      String(SECONDS),
      '-f',
      script,
      api.databaseUrl,
    ],
    { encoding: 'utf8' },
  );
  return Number(/tps = ([\d.]+)/.exec(output)![1]);
}

type Burst = Awaited<ReturnType<typeof burst>>;
const results = { max: [] as Burst[], rate: [] as Burst[] };
const ceilings: number[] = [];
try {
  for (let round = 1; round <= ROUNDS; round++) {
    ceilings.push(await hotRowCeiling());
    results.max.push(await burst(undefined, statementStats && round === 1));
    results.rate.push(await burst(RATE));
    console.error(`round ${round}/${ROUNDS} done`);
  }
} finally {
  await db.end();
  await api.stop();
}

const m = (runs: LoadResult[], pick: (r: LoadResult) => number) => median(runs.map(pick));
const registerPerSecond = m(
  results.max.map((r) => r.register),
  (r) => r.perSecond,
);
const confirmPerSecond = m(
  results.max.map((r) => r.confirm),
  (r) => r.perSecond,
);
// One person registering and confirming costs one of each.
const endToEnd = 1 / (1 / registerPerSecond + 1 / confirmPerSecond);
const ceiling = median(ceilings);
const failures = [...results.max, ...results.rate].reduce(
  (sum, r) => sum + r.register.failures + r.confirm.failures,
  0,
);
const p99 = (pick: 'register' | 'confirm') =>
  m(
    results.rate.map((r) => r[pick]),
    (r) => r.p99Ms,
  );
const cpu = (pick: 'register' | 'confirm', of: 'cpuMsPerRequest' | 'databaseCpuMsPerRequest') =>
  m(
    results.max.map((r) => r[pick]),
    (r) => r[of],
  );

console.log(
  `\nRegistration burst on one hot event (medians of ${ROUNDS} rounds of ${SECONDS} s)\n`,
);
console.log('| Measure | Value | Target |');
console.log('| --- | --- | --- |');
console.log(`| pgbench, one hot row (floor) | ${fixed(ceiling, 0)} updates/s | — |`);
console.log(
  `| registrations/s (POST register, as fast as answered) | ${fixed(registerPerSecond, 0)} | — |`,
);
console.log(
  `| confirmations/s (POST confirm, as fast as answered) | ${fixed(confirmPerSecond, 0)} | — |`,
);
console.log(
  `| people/s end to end (register + confirm) | ${fixed(endToEnd, 0)} (${fixed((100 * endToEnd) / ceiling, 0)} % of the floor) | ≥ 600: ${endToEnd >= 600 ? 'met' : `missed by ${fixed(600 - endToEnd, 0)}/s`} |`,
);
for (const step of ['register', 'confirm'] as const) {
  console.log(
    `| ${step}: p99 at ${RATE}/s | ${fixed(p99(step))} ms | < 150 ms: ${p99(step) < 150 ? 'met' : `missed by ${fixed(p99(step) - 150)} ms`} |`,
  );
  console.log(
    `| ${step}: API CPU per request | ${fixed(cpu(step, 'cpuMsPerRequest'), 2)} ms | — |`,
  );
  console.log(
    `| ${step}: PostgreSQL CPU per request | ${fixed(cpu(step, 'databaseCpuMsPerRequest'), 2)} ms | — |`,
  );
}
console.log(`| failed requests (non-2xx, errors) | ${failures} | 0 |`);
