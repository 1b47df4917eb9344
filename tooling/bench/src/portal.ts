// Public portal pages (event list, event page) from the built Nuxt server with Nitro's page cache
// warm, against nginx serving the same HTML from a file, measured in the same run: throughput of
// one process (target: at least 400 requests/s), p99 at 200 requests/s (target: under 100 ms),
// server CPU per request and its ratio to nginx's. Medians of ROUNDS rounds. Build the API and
// the portal first; needs Debian's nginx.
//   npm run pnpm -- --filter @stadtgespraech/bench bench:portal
import type { LoadResult } from './lib/load.ts';
import { type RoundResults, runRounds } from './lib/rounds.ts';
import { startApi, startPortal, startStaticFloor } from './lib/servers.ts';
import { fixed } from './lib/stats.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const RATE = 200;
const TARGET_PER_SECOND = 400;
const TARGET_P99_MS = 100;

const api = await startApi();
const portal = await startPortal(api.url);
const events = (await (await fetch(`${api.url}/api/v1/events?time=upcoming`)).json()) as {
  items: { slug: string }[];
};
const endpoints = [
  { name: 'event list', path: '/veranstaltungen', file: 'list.html' },
  { name: 'event page', path: `/veranstaltungen/${events.items[0]!.slug}`, file: 'page.html' },
];
// The first request renders and fills the cache; the second is what visitors then get.
const pages: Record<string, string> = {};
for (const endpoint of endpoints) {
  for (let i = 0; i < 2; i++) {
    const response = await fetch(portal.url + endpoint.path);
    if (!response.ok) throw new Error(`${endpoint.path} answered ${response.status}`);
    pages[endpoint.file] = await response.text();
  }
}
const floor = await startStaticFloor(pages);

let results: RoundResults;
try {
  results = await runRounds(
    endpoints.map((endpoint) => ({
      name: endpoint.name,
      targets: [
        { kind: 'nginx', url: `${floor.url}/${endpoint.file}`, serverPid: floor.pid },
        { kind: 'portal', url: portal.url + endpoint.path, serverPid: portal.pid },
      ],
    })),
    { rounds: ROUNDS, seconds: SECONDS, rate: RATE },
  );
} finally {
  await floor.stop();
  await portal.stop();
  await api.stop();
}

const m = (key: string, pick: (r: LoadResult) => number) => results.median(key, pick);
const failures = (prefix: string) => results.failures(prefix);
console.log(
  `\nPortal pages (cache warm) vs nginx serving the same HTML (medians of ${ROUNDS} rounds of ${SECONDS} s)\n`,
);
console.log(
  `| Page | Server | HTML KB | req/s (max) | CPU ms/req | p50 ms at ${RATE}/s | p99 ms at ${RATE}/s | failed requests | CPU ratio to nginx | req/s target ≥ ${TARGET_PER_SECOND} | p99 target < ${TARGET_P99_MS} ms |`,
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const endpoint of endpoints) {
  const floorCpu = m(`${endpoint.name}/nginx/max`, (r) => r.cpuMsPerRequest);
  for (const kind of ['nginx', 'portal'] as const) {
    const key = `${endpoint.name}/${kind}`;
    const perSecond = m(`${key}/max`, (r) => r.perSecond);
    const cpu = m(`${key}/max`, (r) => r.cpuMsPerRequest);
    const p99 = m(`${key}/rate`, (r) => r.p99Ms);
    const isFloor = kind === 'nginx';
    const verdict = (met: boolean, missed: string) => (isFloor ? '—' : met ? 'met' : missed);
    console.log(
      `| ${endpoint.name} | ${isFloor ? 'nginx, static file' : 'portal (Nuxt), cache warm'} | ${fixed(
        Buffer.byteLength(pages[endpoint.file]!) / 1024,
      )} | ${fixed(perSecond, 0)} | ${fixed(cpu, 3)} | ${fixed(m(`${key}/rate`, (r) => r.p50Ms))} | ${fixed(
        p99,
      )} | ${failures(`${key}/`)} | ${isFloor ? '1×' : `${fixed(cpu / floorCpu, 1)}×`} | ${verdict(
        perSecond >= TARGET_PER_SECOND,
        `missed by ${fixed(TARGET_PER_SECOND - perSecond, 0)} req/s`,
      )} | ${verdict(p99 < TARGET_P99_MS, `missed by ${fixed(p99 - TARGET_P99_MS)} ms`)} |`,
    );
  }
}
