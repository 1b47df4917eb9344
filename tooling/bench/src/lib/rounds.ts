// Rounds of load against servers serving the same bytes: each target once as fast as it answers
// and once at a fixed rate, targets alternating so that drift of the machine hits all of them.
import { load, type LoadResult } from './load.ts';
import { median } from './stats.ts';

/** One server answering one endpoint; `kind` names the server in the results. */
export interface Target {
  kind: string;
  url: string;
  serverPid: number;
}

export interface RoundsOptions {
  rounds: number;
  seconds: number;
  /** Requests per second of the fixed-rate run. */
  rate: number;
}

/** The results of every round, by `<endpoint>/<kind>/max` and `<endpoint>/<kind>/rate`. */
export class RoundResults {
  private readonly runs = new Map<string, LoadResult[]>();

  record(key: string, result: LoadResult): void {
    this.runs.set(key, [...(this.runs.get(key) ?? []), result]);
  }

  /** The median over the rounds of what `pick` reads from the results of `key`. */
  median(key: string, pick: (result: LoadResult) => number): number {
    return median(this.runs.get(key)!.map(pick));
  }

  /** Failed requests over every round of the keys that start with `prefix`. */
  failures(prefix: string): number {
    return [...this.runs]
      .filter(([key]) => key.startsWith(prefix))
      .reduce((sum, [, results]) => sum + results.reduce((n, r) => n + r.failures, 0), 0);
  }
}

export async function runRounds(
  endpoints: { name: string; targets: Target[] }[],
  { rounds, seconds, rate }: RoundsOptions,
): Promise<RoundResults> {
  const results = new RoundResults();
  for (let round = 1; round <= rounds; round++) {
    for (const endpoint of endpoints) {
      for (const { kind, url, serverPid } of endpoint.targets) {
        const common = { url, duration: seconds, serverPid };
        const key = `${endpoint.name}/${kind}`;
        results.record(`${key}/max`, await load({ ...common, connections: 20 }));
        results.record(`${key}/rate`, await load({ ...common, connections: 50, rate }));
      }
      console.error(`round ${round}/${rounds}: ${endpoint.name} done`);
    }
  }
  return results;
}
