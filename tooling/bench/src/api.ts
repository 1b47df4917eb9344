// Public API against nginx serving the same JSON from a file, measured in the same run:
// server CPU per request (target: at most 3× nginx's), throughput, and p99 at 500 requests/s
// (target: under 50 ms). The API runs as configured (public answers cache on) and once more with
// the cache off, which is what every first request after a change costs. Medians of ROUNDS
// rounds. Build the API first; needs Debian's nginx.
//   npm run pnpm -- --filter @stadtgespraech/bench bench:api
import type { LoadResult } from './lib/load.ts';
import { type RoundResults, runRounds } from './lib/rounds.ts';
import { startApi, startStaticFloor } from './lib/servers.ts';
import { fixed } from './lib/stats.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const RATE = 500;

const api = await startApi();
const uncached = await startApi({ PUBLIC_CACHE_SECONDS: '0' });
const list = '/api/v1/events?time=upcoming';
const listBody = await (await fetch(api.url + list)).text();
const slug = (JSON.parse(listBody) as { items: { slug: string }[] }).items[0]!.slug;
const page = `/api/v1/events/${slug}`;
const pageBody = await (await fetch(api.url + page)).text();
const floor = await startStaticFloor({ 'list.json': listBody, 'page.json': pageBody });

const endpoints = [
  { name: 'event list', api: list, floor: '/list.json' },
  { name: 'event page data', api: page, floor: '/page.json' },
];
let results: RoundResults;
try {
  results = await runRounds(
    endpoints.map((endpoint) => ({
      name: endpoint.name,
      targets: [
        { kind: 'nginx', url: floor.url + endpoint.floor, serverPid: floor.pid },
        { kind: 'api', url: api.url + endpoint.api, serverPid: api.pid },
        { kind: 'uncached', url: uncached.url + endpoint.api, serverPid: uncached.pid },
      ],
    })),
    { rounds: ROUNDS, seconds: SECONDS, rate: RATE },
  );
} finally {
  await floor.stop();
  await api.stop();
  await uncached.stop();
}

const m = (key: string, pick: (r: LoadResult) => number) => results.median(key, pick);
const failures = (prefix: string) => results.failures(prefix);
console.log(
  `\nPublic API vs nginx serving the same JSON (medians of ${ROUNDS} rounds of ${SECONDS} s)\n`,
);
console.log(
  '| Endpoint | Server | req/s (max) | CPU ms/req | p50 ms at 500/s | p99 ms at 500/s | failed requests | CPU ratio to nginx (target ≤ 3) | p99 target < 50 ms |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
const LABELS = {
  nginx: 'nginx, static file',
  api: 'API (NestJS/Fastify), as configured',
  uncached: 'API with PUBLIC_CACHE_SECONDS=0',
} as const;
for (const endpoint of endpoints) {
  const floorCpu = m(`${endpoint.name}/nginx/max`, (r) => r.cpuMsPerRequest);
  for (const kind of ['nginx', 'api', 'uncached'] as const) {
    const cpu = m(`${endpoint.name}/${kind}/max`, (r) => r.cpuMsPerRequest);
    const p99 = m(`${endpoint.name}/${kind}/rate`, (r) => r.p99Ms);
    const isFloor = kind === 'nginx';
    console.log(
      `| ${endpoint.name} | ${LABELS[kind]} | ${fixed(
        m(`${endpoint.name}/${kind}/max`, (r) => r.perSecond),
        0,
      )} | ${fixed(cpu, 3)} | ${fixed(m(`${endpoint.name}/${kind}/rate`, (r) => r.p50Ms))} | ${fixed(
        p99,
      )} | ${failures(`${endpoint.name}/${kind}/`)} | ${isFloor ? '1×' : `${fixed(cpu / floorCpu, 1)}×`} | ${
        isFloor ? '—' : p99 < 50 ? 'met' : `missed by ${fixed(p99 - 50)} ms`
      } |`,
    );
  }
}
