// Load from autocannon, measured together with the server's CPU time.
import autocannon from 'autocannon';
import { cpuSeconds } from './cpu.ts';

export interface LoadOptions {
  url: string;
  /** Seconds of load (or until `amount` requests are answered). */
  duration: number;
  /** Stop after this many requests instead of after `duration`. */
  amount?: number;
  /** POSTs the JSON made anew for each request (e.g. a new address each time); GET without. */
  body?: () => unknown;
  /** Headers made anew for each POST (e.g. an Idempotency-Key, as the portal sends). */
  headers?: () => Record<string, string>;
  connections: number;
  /** Requests per second over all connections; without it, as fast as the server answers. */
  rate?: number;
  /** Server process whose CPU time is counted (with its direct children). */
  serverPid: number;
  /** PostgreSQL's postmaster, whose backends' CPU time is counted apart from the server's. */
  databasePid?: number;
}

export interface LoadResult {
  requests: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Non-2xx answers and connection errors: a run with any is not a valid measurement. */
  failures: number;
  /** Server CPU milliseconds per answered request. */
  cpuMsPerRequest: number;
  /** PostgreSQL's CPU milliseconds per answered request (NaN without `databasePid`). */
  databaseCpuMsPerRequest: number;
}

export async function load(options: LoadOptions): Promise<LoadResult> {
  const cpuBefore = cpuSeconds(options.serverPid);
  const databaseCpuBefore = options.databasePid ? cpuSeconds(options.databasePid) : Number.NaN;
  const { body, headers } = options;
  const result = await autocannon({
    url: options.url,
    duration: options.duration,
    connections: options.connections,
    ...(options.amount ? { amount: options.amount } : {}),
    ...(options.rate ? { overallRate: options.rate } : {}),
    ...(body
      ? {
          requests: [
            {
              method: 'POST' as const,
              headers: { 'content-type': 'application/json' },
              setupRequest: (request) => ({
                ...request,
                headers: { ...request.headers, ...headers?.() },
                body: JSON.stringify(body()),
              }),
            },
          ],
        }
      : {}),
  });
  const cpu = cpuSeconds(options.serverPid) - cpuBefore;
  const databaseCpu = options.databasePid
    ? cpuSeconds(options.databasePid) - databaseCpuBefore
    : Number.NaN;
  const requests = result.requests.total;
  const perRequest = (seconds: number) => (requests ? (seconds * 1000) / requests : Number.NaN);
  return {
    requests,
    perSecond: requests / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
    cpuMsPerRequest: perRequest(cpu),
    databaseCpuMsPerRequest: perRequest(databaseCpu),
  };
}
