// Fault drills on the platform as it runs on several machines (two API processes behind an
// nginx load balancer, two job workers, one PostgreSQL, one SMTP server), all on this machine:
//   1. the mail server is down from the start;
//   2. a registration burst (2,000 people, 100 seats) with PostgreSQL restarted in the middle;
//   3. the confirmations of all of them, with PostgreSQL restarted in the middle again;
//   4. the mail server comes back; a worker is killed (SIGKILL) while sending, and restarted;
//   5. SIGTERM to an API process and to a worker under load (a deploy).
// Clients behave like the portal: they retry failed requests with their Idempotency-Key.
// Prints the figures for docs/reliability.md and exits non-zero if a check fails.
// Build the API first; needs Debian's nginx.
//   npm run pnpm -- --filter @stadtgespraech/bench drills
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import type { ApiProcess } from './lib/api-process.ts';
import { startCluster } from './lib/cluster.ts';
import {
  confirmToken,
  openHotEvent,
  privacyTextVersion,
  registrationBody,
} from './lib/registrants.ts';

const PEOPLE = Number(process.env.DRILL_PEOPLE ?? 2000);
const SEATS = 100;
const PARALLEL = 100;
const POSTGRES_DOWN_MS = 3000;
const RETRY_MS = 100;

const failures: string[] = [];
const check = (ok: boolean, what: string) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

const cluster = await startCluster({ apis: 2, workers: 2 });
const sql = async <T extends pg.QueryResultRow>(text: string, values: unknown[] = []) => {
  const client = new pg.Client({ connectionString: cluster.databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
};

/** One client's request, retried until the server takes it; what happened on the way. */
interface Outcome {
  status: number;
  body: Record<string, unknown>;
  attempts: number;
  answeredAt: number;
}
const seen = {
  serverErrors: new Map<number, number>(),
  networkErrors: 0,
  conflicts: 0,
  /** The first few failures of the current step, to tell what they were. */
  samples: [] as string[],
};
const sample = (what: string) => {
  if (seen.samples.length < 5) seen.samples.push(what);
};
const resetSeen = () => {
  seen.serverErrors.clear();
  seen.networkErrors = 0;
  seen.samples = [];
};

async function untilTaken(url: string, body: unknown, key?: string): Promise<Outcome> {
  for (let attempts = 1; ; attempts++) {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) },
        body: JSON.stringify(body),
      });
      const text = await response.text();
      let answer: Record<string, unknown>;
      try {
        answer = JSON.parse(text) as Record<string, unknown>;
      } catch {
        // Not from the API (e.g. the balancer's own error page): counted with the server errors.
        answer = {};
        sample(`${response.status} not JSON: ${text.slice(0, 60)}`);
      }
      if (response.status < 500 && answer.code !== 'IDEMPOTENCY.IN_PROGRESS') {
        return { status: response.status, body: answer, attempts, answeredAt: Date.now() };
      }
      if (response.status >= 500) {
        seen.serverErrors.set(response.status, (seen.serverErrors.get(response.status) ?? 0) + 1);
        sample(`${response.status} ${String(answer.code ?? answer.message ?? '')}`);
      } else seen.conflicts++;
    } catch (error) {
      seen.networkErrors++;
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      sample(`no answer: ${cause?.code ?? cause?.message ?? (error as Error).message}`);
    }
    await sleep(RETRY_MS);
  }
}

/** Runs `calls` with PARALLEL in flight; `onProgress` sees how many are done. */
async function inParallel<T>(
  calls: (() => Promise<T>)[],
  onProgress: (done: number) => void = () => undefined,
): Promise<T[]> {
  const results: T[] = new Array(calls.length);
  let next = 0;
  let done = 0;
  const lane = async () => {
    for (let i = next++; i < calls.length; i = next++) {
      results[i] = await calls[i]!();
      onProgress(++done);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, lane));
  return results;
}

/** Restarts PostgreSQL once `done` passes `at`; resolves with the moment it accepted again. */
function restartPostgresAt(at: number) {
  let started = false;
  let resolveUp: (time: number) => void;
  const up = new Promise<number>((resolve) => (resolveUp = resolve));
  return {
    up,
    onProgress: (done: number) => {
      if (started || done < at) return;
      started = true;
      void (async () => {
        await cluster.stopPostgres();
        await sleep(POSTGRES_DOWN_MS);
        await cluster.startPostgres();
        resolveUp(Date.now());
      })();
    },
  };
}

interface Exit {
  code: number | null;
  /** Milliseconds from the signal to the exit. */
  ms: number;
}

/** SIGTERM, as a deploy sends it; resolves once the process is gone. */
async function terminate(process: ApiProcess): Promise<Exit> {
  const sent = Date.now();
  const { code } = await process.stop('SIGTERM');
  return { code, ms: Date.now() - sent };
}

const recoveredAfter = (outcomes: Outcome[], up: number) =>
  Math.min(...outcomes.map((o) => o.answeredAt).filter((t) => t >= up)) - up;

const event = await openHotEvent(sql, SEATS);
const privacyVersion = await privacyTextVersion(cluster.url);
const registration = (email: string) => registrationBody(email, privacyVersion);
const registrationsUrl = `${cluster.url}/api/v1/events/${event.slug}/registrations`;
const summary: Record<string, string> = {};

try {
  // 1 + 2: mail server down; burst with a database restart.
  await cluster.stopSmtp();
  const emails = Array.from({ length: PEOPLE }, (_, i) => `drill.${i}@kommune.example`);
  const restart1 = restartPostgresAt(Math.round(PEOPLE * 0.3));
  const started1 = Date.now();
  const registered = await inParallel(
    emails.map(
      (email, i) => () => untilTaken(registrationsUrl, registration(email), `drill-burst-${i}`),
    ),
    restart1.onProgress,
  );
  const up1 = await restart1.up;
  summary['burst: registrations/s overall'] = (PEOPLE / ((Date.now() - started1) / 1000)).toFixed(
    0,
  );
  summary['burst: first registration taken after the database was back'] =
    `${recoveredAfter(registered, up1)} ms`;
  summary['burst: answers 5xx during the restart (then retried)'] = JSON.stringify(
    Object.fromEntries(seen.serverErrors),
  );
  summary['burst: connection errors seen by clients'] = String(seen.networkErrors);
  summary['burst: first failures'] = seen.samples.join('; ');
  check(recoveredAfter(registered, up1) <= 2000, 'registrations recovered within 2 s');
  check(
    registered.every((o) => o.status === 202),
    'every registration accepted (202)',
  );
  check(
    [...cluster.apis, ...cluster.workers].every((process) => process.alive),
    'every API and worker process stayed up',
  );
  const [rows] = await sql<{ count: number; distinct: number }>(
    `SELECT count(*)::int AS count, count(DISTINCT email_normalized)::int AS distinct
       FROM registration WHERE event_id = $1`,
    [event.id],
  );
  check(rows!.count === PEOPLE && rows!.distinct === PEOPLE, `${PEOPLE} registrations, none twice`);

  // 3: confirmations with a database restart.
  resetSeen();
  const ids = await sql<{ id: string }>('SELECT id FROM registration WHERE event_id = $1', [
    event.id,
  ]);
  const restart2 = restartPostgresAt(Math.round(ids.length * 0.3));
  const confirmed = await inParallel(
    ids.map(
      ({ id }) =>
        () =>
          untilTaken(`${cluster.url}/api/v1/registrations/confirm`, { token: confirmToken(id) }),
    ),
    restart2.onProgress,
  );
  const up2 = await restart2.up;
  summary['confirm: first confirmation after the database was back'] =
    `${recoveredAfter(confirmed, up2)} ms`;
  summary['confirm: answers 5xx during the restart (then retried)'] = JSON.stringify(
    Object.fromEntries(seen.serverErrors),
  );
  summary['confirm: first failures'] = seen.samples.join('; ');
  check(recoveredAfter(confirmed, up2) <= 2000, 'confirmations recovered within 2 s');
  check(
    confirmed.every((o) => o.status === 200),
    'every confirmation answered 200',
  );
  const toldSeated = new Set(
    confirmed.flatMap((o, i) => (o.body.status === 'confirmed' ? [ids[i]!.id] : [])),
  );
  const seated = await sql<{ id: string }>(
    `SELECT id FROM registration WHERE event_id = $1 AND status = 'confirmed'`,
    [event.id],
  );
  check(seated.length === SEATS, `exactly ${SEATS} seats taken (${seated.length})`);
  check(
    seated.length === toldSeated.size && seated.every((row) => toldSeated.has(row.id)),
    'everyone told "confirmed" holds a seat, and no one else',
  );

  // 4: mail back; a worker killed while sending.
  const expectedMails = 2 * PEOPLE;
  const back = Date.now();
  await cluster.startSmtp();
  while (cluster.mails().length < expectedMails * 0.1) await sleep(50);
  const killedAt = Date.now();
  await cluster.workers[0]!.stop('SIGKILL');
  summary['mail: delivered when worker-1 was killed'] = String(cluster.mails().length);
  await sleep(2000);
  await cluster.workers[0]!.start();
  const deadline = Date.now() + 10 * 60_000;
  while (new Set(cluster.mails().map(messageId)).size < expectedMails && Date.now() < deadline)
    await sleep(500);
  const unique = new Set(cluster.mails().map(messageId)).size;
  summary['mail: all delivered after the server came back'] = `${(Date.now() - back) / 1000} s`;
  summary['mail: last mail after the kill'] = `${(Date.now() - killedAt) / 1000} s`;
  check(unique === expectedMails, `every mail delivered (${unique} of ${expectedMails})`);
  const duplicates = cluster.mails().length - unique;
  summary['mail: delivered twice'] = String(duplicates);
  check(duplicates === 0, 'no mail delivered twice');

  // 5: a deploy — SIGTERM to api-1 and worker-2 under load.
  resetSeen();
  const late = Array.from({ length: 1000 }, (_, i) => `deploy.${i}@kommune.example`);
  let shutdowns: Promise<Exit[]> | undefined;
  const deploy = await inParallel(
    late.map(
      (email, i) => () => untilTaken(registrationsUrl, registration(email), `drill-deploy-${i}`),
    ),
    (done) => {
      if (shutdowns || done < 200) return;
      shutdowns = Promise.all([terminate(cluster.apis[0]!), terminate(cluster.workers[1]!)]);
    },
  );
  const [apiExit, workerExit] = await shutdowns!;
  summary['deploy: api-1 exited after SIGTERM'] = `${apiExit!.ms} ms, code ${apiExit!.code}`;
  summary['deploy: worker-2 exited after SIGTERM'] =
    `${workerExit!.ms} ms, code ${workerExit!.code}`;
  summary['deploy: failed answers seen by clients'] = JSON.stringify({
    serverErrors: Object.fromEntries(seen.serverErrors),
    connectionErrors: seen.networkErrors,
  });
  summary['deploy: first failures'] = seen.samples.join('; ');
  check(
    deploy.every((o) => o.status === 202),
    'every registration during the deploy accepted',
  );
  // api-1 refuses new connections (the balancer sends them to api-2) and finishes the rest.
  check(
    seen.serverErrors.size === 0 && seen.networkErrors === 0,
    'no request failed while api-1 shut down',
  );
  check(apiExit!.code === 0, 'api-1 shut down cleanly');
  check(workerExit!.code === 0, 'worker-2 shut down cleanly');
  const deployMails = expectedMails + late.length;
  const until = Date.now() + 5 * 60_000;
  while (new Set(cluster.mails().map(messageId)).size < deployMails && Date.now() < until)
    await sleep(500);
  const all = cluster.mails();
  check(
    new Set(all.map(messageId)).size === deployMails && all.length === deployMails,
    `every mail of the deploy delivered once (${all.length} of ${deployMails})`,
  );
  const stuck = await sql<{ name: string; started: Date }>(
    `SELECT name, started_on AS started FROM pgboss.job WHERE state = 'active'`,
  );
  check(stuck.length === 0, `no job left active ${JSON.stringify(stuck)}`);
} finally {
  await cluster.stop({ keepLogs: true });
  console.log(`The processes' logs: ${cluster.logDir}`);
}

function messageId(mail: { headers: { name: string; value: string }[] }): string {
  return mail.headers.find((header) => header.name.toLowerCase() === 'message-id')?.value ?? '';
}

console.log('\n| Measure | Value |\n| --- | --- |');
for (const [measure, value] of Object.entries(summary)) console.log(`| ${measure} | ${value} |`);
if (failures.length > 0) {
  console.error(`\n${failures.length} check(s) failed`);
  process.exit(1);
}
