import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { freePort } from '@stadtgespraech/scripts/postgres';
import { testDatabaseUrl } from './test-app.js';
import { waitFor } from './wait.js';

// Built by the build task that test:integration depends on (run `pnpm build` before a lone jest run).
const MAIN = resolve(import.meta.dirname, '../dist/main.js');

/** A key for personal links that the test can use to rebuild them. */
export const PROCESS_SECRET = 'burst-and-drill-secret-0123456789abcdef';

/** A built API (`dist/main.js`) running as a process of its own, as in production. */
export interface ApiProcess {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Starts the built API on a free port against the given test database, in production mode. Job
 * workers are off unless asked for, so that queued mails stay in the queue to be counted.
 */
export async function startApiProcess(
  database: string,
  env: Record<string, string> = {},
): Promise<ApiProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      LOG_LEVEL: 'error',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: testDatabaseUrl(database),
      APP_SECRET: PROCESS_SECRET,
      JOBS_WORKER: 'false',
      RATE_LIMIT_POSTS: '1000000',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(
    () => {
      if (child.exitCode !== null) throw new Error(`API process exited with ${child.exitCode}`);
      return fetch(`${url}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
    },
    { what: `the API on port ${port}`, timeoutMs: 30_000 },
  );
  return {
    url,
    process: child,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
