// Scale: the public event list, search and event page and the admin registrations table, timed on
// a database the generator filled to 10,000 events, 1,000,000 registrations and 100,000
// subscribers and, alternating with it, on one with the demo content only (target: at most 1.5×
// the small database's time), and
// the memory of the streamed registrations export of 10,000 and 100,000 rows (target: not
// growing with the rows). The public answers cache is off: every request reaches the database.
// SCALE_KEEP=1 keeps API and database running afterwards, to look at query plans. Build the API
// first.
//   npm run pnpm -- --filter @stadtgespraech/bench bench:scale
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { ApiProcess } from './lib/api-process.ts';
import { consentTextVersion, privacyTextVersion, registrationBody } from './lib/registrants.ts';
import { fillToScale } from './lib/scale-data.ts';
import { startApi } from './lib/servers.ts';
import { fixed, median } from './lib/stats.ts';

const TARGETS = {
  events: Number(process.env.SCALE_EVENTS ?? 10_000),
  registrations: Number(process.env.SCALE_REGISTRATIONS ?? 1_000_000),
  subscribers: Number(process.env.SCALE_SUBSCRIBERS ?? 100_000),
};
const HOT_REGISTRATIONS = Math.round(TARGETS.registrations / 10);
const TIMES = 40;
const MAX_RATIO = 1.5;
/** The heap the exporting API process gets: a small one (the API alone does not start with 64 MB). */
const EXPORT_HEAP_MB = 160;

// Two servers, each an API on a database of its own: one stays small (the demo content), the
// other is filled. Requests alternate between them, so both see the same noise of the machine.
const apiEnv = { PUBLIC_CACHE_SECONDS: '0', RATE_LIMIT_POSTS: '1000000' };
const [api, smallApi] = [await startApi(apiEnv), await startApi(apiEnv)];
const client = new pg.Client({ connectionString: api.databaseUrl });
await client.connect();

/** VmRSS of a process in MB. */
const rssMb = (pid: number) => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
};

type Event = { id: string; slug: string };

/**
 * Readies one server: three demo events open for registration (they carry the big registration
 * lists), one registration and one subscription through the API (the templates of the generated
 * ones), and a staff session.
 */
async function prepare(server: typeof api) {
  const db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  try {
    const { rows: big } = await db.query<Event>(
      `SELECT id, slug FROM event WHERE status = 'published' ORDER BY starts_at DESC LIMIT 3`,
    );
    const [hot, second, typical] = big as [Event, Event, Event];
    await db.query(
      `UPDATE event SET registration_mode = 'internal', capacity = NULL, registration_opens_at = NULL,
              registration_deadline = NULL, starts_at = now() + interval '7 days',
              ends_at = now() + interval '7 days 1 hour' WHERE id = ANY($1)`,
      [[hot.id, second.id, typical.id]],
    );
    const privacy = await privacyTextVersion(server.url);
    await post(
      server.url,
      `/api/v1/events/${hot.slug}/registrations`,
      registrationBody('vorlage@kommune.example', privacy),
    );
    const newsletterVersion = await consentTextVersion(server.url, 'newsletter');
    await post(server.url, '/api/v1/newsletter/subscriptions', {
      email: 'vorlage.leser@kommune.example',
      consent: { granted: true, textVersion: newsletterVersion },
    });
    const login = await fetch(`${server.url}/api/v1/staff/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: 'verwaltung@stadtgespraech.demo',
        password: 'Demo-Verwaltung-2026',
      }),
    });
    if (!login.ok) throw new Error(`login: ${login.status} ${await login.text()}`);
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    return { url: server.url, hot, second, typical, cookie };
  } finally {
    await db.end();
  }
}

/** The requests timed, for the events of one server. */
const requestsOf = ({ hot, typical }: { hot: Event; typical: Event }) => [
  { name: 'event list, upcoming', path: '/api/v1/events?time=upcoming' },
  { name: 'event list, past (archive)', path: '/api/v1/events?time=past' },
  { name: 'search', path: `/api/v1/events?q=${encodeURIComponent('Kleinstadt Innenstadt')}` },
  { name: 'event page data', path: `/api/v1/events/${hot.slug}` },
  {
    name: 'admin table, event of 100',
    path: `/api/v1/staff/events/${typical.id}/registrations`,
    staff: true,
  },
  {
    name: 'admin table, event of 100, by name',
    path: `/api/v1/staff/events/${typical.id}/registrations?sort=name`,
    staff: true,
  },
  {
    name: `admin table, event of ${HOT_REGISTRATIONS}`,
    path: `/api/v1/staff/events/${hot.id}/registrations`,
    staff: true,
  },
  {
    name: `admin table, event of ${HOT_REGISTRATIONS}, by name`,
    path: `/api/v1/staff/events/${hot.id}/registrations?sort=name`,
    staff: true,
  },
  {
    name: `admin table, event of ${HOT_REGISTRATIONS}, search`,
    path: `/api/v1/staff/events/${hot.id}/registrations?q=schmidt-4217`,
    staff: true,
  },
];

try {
  const [target, reference] = [await prepare(api), await prepare(smallApi)];
  const { hot, second, typical, cookie } = target;

  const time = async (server: typeof target, path: string, staff = false) => {
    const started = performance.now();
    const response = await fetch(server.url + path, {
      headers: staff ? { cookie: server.cookie } : {},
    });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    return performance.now() - started;
  };
  /** Medians per request on both servers, the requests to each alternating. */
  const measure = async () => {
    const times = { small: new Map<string, number>(), large: new Map<string, number>() };
    const [large, small] = [requestsOf(target), requestsOf(reference)];
    for (const [index, request] of large.entries()) {
      const counterpart = small[index]!;
      for (let i = 0; i < 5; i++) {
        await time(target, request.path, request.staff);
        await time(reference, counterpart.path, counterpart.staff);
      }
      const samples = { small: [] as number[], large: [] as number[] };
      for (let i = 0; i < TIMES; i++) {
        samples.large.push(await time(target, request.path, request.staff));
        samples.small.push(await time(reference, counterpart.path, counterpart.staff));
      }
      times.large.set(request.name, median(samples.large));
      times.small.set(request.name, median(samples.small));
    }
    return times;
  };
  /**
   * Downloads the export from `exporter` and samples its memory (RSS) meanwhile: before and at
   * most. The exporter runs with a small heap: an export that held its rows would fail.
   */
  const exportGrowth = async (exporter: ApiProcess, eventId: string, format: 'csv' | 'xlsx') => {
    const pid = exporter.child.pid!;
    await sleep(500);
    const before = rssMb(pid);
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 20);
    const started = performance.now();
    const response = await fetch(
      `${await exporter.url}/api/v1/staff/events/${eventId}/registrations/export?format=${format}`,
      { headers: { cookie } },
    );
    if (!response.ok) throw new Error(`export: ${response.status} ${await response.text()}`);
    let bytes = 0;
    for await (const chunk of response.body!) bytes += (chunk as Uint8Array).byteLength;
    clearInterval(sampler);
    return { before, peak, bytes, seconds: (performance.now() - started) / 1000 };
  };

  const filling = performance.now();
  await fillToScale(client, TARGETS, {
    hotEventId: hot.id,
    hotRegistrations: HOT_REGISTRATIONS,
    secondEventId: second.id,
    secondRegistrations: HOT_REGISTRATIONS / 10,
    typicalEventId: typical.id,
    typicalRegistrations: 100,
  });
  const filled = (performance.now() - filling) / 1000;
  const { rows: sizes } = await client.query<Record<string, number>>(
    `SELECT (SELECT count(*) FROM event)::int AS events,
            (SELECT count(*) FROM registration)::int AS registrations,
            (SELECT count(*) FROM newsletter_subscription)::int AS subscribers,
            pg_database_size(current_database()) / 1048576 AS mb`,
  );
  const { small, large } = await measure();
  // The small export, then the big one twice, from an API process whose heap is limited.
  const exporter = new ApiProcess('exporter', {
    DATABASE_URL: api.databaseUrl,
    JOBS_WORKER: 'false',
    NODE_OPTIONS: `--max-old-space-size=${EXPORT_HEAP_MB}`,
  });
  await exporter.start();
  const exports = [];
  try {
    for (const format of ['csv', 'xlsx'] as const)
      for (const [eventId, rows] of [
        [second.id, HOT_REGISTRATIONS / 10],
        [hot.id, HOT_REGISTRATIONS],
        [hot.id, HOT_REGISTRATIONS],
      ] as const)
        exports.push({ format, rows, ...(await exportGrowth(exporter, eventId, format)) });
  } finally {
    await exporter.stop();
  }

  console.log(
    `\nFilled in ${fixed(filled, 0)} s to ${JSON.stringify(sizes[0])}; medians of ${TIMES} requests to each, one after the other, alternating between the databases\n`,
  );
  console.log(
    `| Request | small database ms | large database ms | ratio | target ≤ ${MAX_RATIO}× |`,
  );
  console.log('| --- | --- | --- | --- | --- |');
  for (const request of requestsOf(target)) {
    const ratio = large.get(request.name)! / small.get(request.name)!;
    console.log(
      `| ${request.name} | ${fixed(small.get(request.name)!)} | ${fixed(large.get(request.name)!)} | ${fixed(ratio, 2)}× | ${
        ratio <= MAX_RATIO ? 'met' : `missed by ${fixed(ratio - MAX_RATIO, 2)}×`
      } |`,
    );
  }
  console.log(`\nExports from an API process with a heap of ${EXPORT_HEAP_MB} MB\n`);
  console.log('| Export | rows | file MB | seconds | API RSS before MB | API RSS peak MB |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const e of exports)
    console.log(
      `| ${e.format} | ${e.rows} | ${fixed(e.bytes / 1048576)} | ${fixed(e.seconds)} | ${fixed(e.before, 0)} | ${fixed(e.peak, 0)} |`,
    );
  if (process.env.SCALE_KEEP) {
    console.log(`\nKept for a look (Ctrl-C ends): API ${api.url}, database ${api.databaseUrl}`);
    await new Promise((resolve) => process.once('SIGINT', resolve));
  }
} finally {
  await client.end();
  await api.stop();
  await smallApi.stop();
}

async function post(url: string, path: string, body: unknown) {
  const response = await fetch(url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
}
