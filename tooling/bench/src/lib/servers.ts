// The servers a benchmark measures: the built API on a throwaway database with the demo content,
// and nginx serving files (the floor).
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NginxPrefix } from '@stadtgespraech/scripts/nginx';
import { prepareDatabase } from '@stadtgespraech/scripts/platform';
import { freePort, startThrowawayPostgres } from '@stadtgespraech/scripts/postgres';
import { waitForHttp } from '@stadtgespraech/scripts/processes';
import { ApiProcess } from './api-process.ts';

export interface Server {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

export interface ApiServer extends Server {
  /** The API's own throwaway database, for setting up and checking a run. */
  databaseUrl: string;
}

/**
 * PostgreSQL (with `postgresSettings`) with migrations and demo content, and one API process
 * (`apps/api/dist/main.js`, production mode, default log level, logs to /dev/null). Build the API
 * first.
 */
export async function startApi(
  env: Record<string, string> = {},
  postgresSettings?: Record<string, string>,
): Promise<ApiServer> {
  const postgres = await startThrowawayPostgres('stadtgespraech', postgresSettings);
  await prepareDatabase(postgres.url, true);
  const api = new ApiProcess('api', { DATABASE_URL: postgres.url, ...env });
  await api.start();
  return {
    url: await api.url,
    pid: api.child.pid!,
    databaseUrl: postgres.url,
    stop: async () => {
      await api.stop();
      await postgres.stop();
    },
  };
}

const portalDir = join(import.meta.dirname, '..', '..', '..', '..', 'apps', 'portal');

/** The built portal (`apps/portal/.output`, Nuxt's Node server) in front of `apiUrl`. */
export async function startPortal(apiUrl: string): Promise<Server> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['.output/server/index.mjs'], {
    cwd: portalDir,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      NUXT_API_BASE_URL: apiUrl,
      NUXT_PUBLIC_SITE_URL: url,
    },
    stdio: 'ignore',
  });
  await waitForHttp(`${url}/robots.txt`, { name: 'portal', child });
  return {
    url,
    pid: child.pid!,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** nginx with one worker serving `files` (name → content) as JSON or HTML from a directory. */
export async function startStaticFloor(files: Record<string, string>): Promise<Server> {
  const root = mkdtempSync(join(tmpdir(), 'sg-floor-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(root, name), content);
  const nginx = new NginxPrefix();
  const port = await freePort();
  nginx.write(
    'floor.conf',
    `server {
  listen 127.0.0.1:${port};
  root ${root};
  # As long-lived as the API's connections: a close every 1,000 requests shows as an error.
  keepalive_requests 1000000;
  location ~ \\.json$ { default_type application/json; }
}
`,
  );
  await nginx.start(port);
  return {
    url: `http://127.0.0.1:${port}`,
    pid: nginx.pid!,
    stop: async () => nginx.stop(),
  };
}
