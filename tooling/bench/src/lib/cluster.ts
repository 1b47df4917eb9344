// The platform as it runs on several machines, on this one: PostgreSQL and an SMTP server that a
// drill can stop and start again on the same port, API processes without job workers behind an
// nginx load balancer, and worker processes. Build the API first; needs Debian's nginx.
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  startMailCatcher,
  type CaughtMessage,
  type MailCatcher,
} from '@stadtgespraech/scripts/mail-catcher';
import { NginxPrefix } from '@stadtgespraech/scripts/nginx';
import { prepareDatabase } from '@stadtgespraech/scripts/platform';
import {
  freePort,
  startEmbeddedPostgres,
  type PostgresHandle,
} from '@stadtgespraech/scripts/postgres';
import { ApiProcess } from './api-process.ts';

export interface Cluster {
  /** The load balancer's address: what clients use. */
  url: string;
  databaseUrl: string;
  apis: ApiProcess[];
  workers: ApiProcess[];
  /** Stops PostgreSQL (fast shutdown) and resolves once it is down. */
  stopPostgres(): Promise<void>;
  /** Starts PostgreSQL again on the same port and data; resolves once it accepts connections. */
  startPostgres(): Promise<void>;
  stopSmtp(): Promise<void>;
  startSmtp(): Promise<void>;
  /** Every message the SMTP server accepted, over all its restarts. */
  mails(): CaughtMessage[];
  /** Where each process writes its log (`<name>.log`). */
  logDir: string;
  /** Stops everything; the logs stay in `logDir` if asked for. */
  stop(options?: { keepLogs?: boolean }): Promise<void>;
}

export interface ClusterOptions {
  apis?: number;
  workers?: number;
  /** Extra environment for every API and worker process. */
  env?: Record<string, string>;
}

export async function startCluster(options: ClusterOptions = {}): Promise<Cluster> {
  const root = mkdtempSync(join(tmpdir(), 'sg-cluster-'));
  const database = 'stadtgespraech';
  const pgOptions = { dataDir: join(root, 'postgres'), port: await freePort(), database };
  let postgres: PostgresHandle | undefined = await startEmbeddedPostgres(pgOptions);
  // Where the data really is (as root, a directory the postgres user can reach).
  const dataDir = postgres.dataDir;
  await prepareDatabase(postgres.url, true);

  const smtpPort = await freePort();
  const webPort = await freePort();
  const delivered: CaughtMessage[] = [];
  let smtp: MailCatcher | undefined;
  const startSmtp = async () => {
    smtp = await startMailCatcher({ smtpPort, webPort, limit: 1_000_000 });
  };
  const stopSmtp = async () => {
    delivered.push(...(smtp?.messages() ?? []));
    await smtp?.stop();
    smtp = undefined;
  };
  await startSmtp();

  const env = {
    DATABASE_URL: postgres.url,
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    RATE_LIMIT_POSTS: '1000000',
    // The shortest retry and polling the API accepts, so that a drill sees recovery soon.
    JOBS_RETRY_DELAY_SECONDS: '1',
    JOBS_POLLING_MS: '500',
    LOG_LEVEL: 'info',
    ...options.env,
  };
  const apis = Array.from(
    { length: options.apis ?? 2 },
    (_, i) => new ApiProcess(`api-${i + 1}`, { ...env, JOBS_WORKER: 'false' }, root),
  );
  const workers = Array.from(
    { length: options.workers ?? 2 },
    (_, i) => new ApiProcess(`worker-${i + 1}`, { ...env, JOBS_WORKER: 'true' }, root),
  );
  await Promise.all([...apis, ...workers].map((process) => process.start()));

  const nginx = new NginxPrefix();
  const port = await freePort();
  const upstreams = await Promise.all(
    apis.map(async (api) => `  server 127.0.0.1:${await api.port};`),
  );
  nginx.write(
    'balancer.conf',
    `upstream api {
${upstreams.join('\n')}
  keepalive 64;
  # As in deploy/: shorter than the idle grace of a stopping API.
  keepalive_timeout 4s;
}
server {
  listen 127.0.0.1:${port};
  location / {
    proxy_pass http://api;
    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_set_header Host $host;
    proxy_set_header X-Forwarded-For $remote_addr;
    # A process that is gone is skipped; a request it already got is never sent twice.
    proxy_next_upstream error timeout;
  }
}
`,
  );
  await nginx.start(port);

  return {
    url: `http://127.0.0.1:${port}`,
    databaseUrl: postgres.url,
    apis,
    workers,
    stopPostgres: async () => {
      await postgres?.stop();
      postgres = undefined;
    },
    startPostgres: async () => {
      postgres = await startEmbeddedPostgres(pgOptions);
    },
    stopSmtp,
    startSmtp,
    mails: () => [...delivered, ...(smtp?.messages() ?? [])],
    logDir: root,
    stop: async ({ keepLogs = false } = {}) => {
      // The balancer's errors (a 502 names the upstream and why) go with the processes' logs.
      const nginxErrors = join(nginx.dir, 'error.log');
      if (keepLogs && existsSync(nginxErrors))
        copyFileSync(nginxErrors, join(root, 'nginx-error.log'));
      await nginx.stop();
      await Promise.all([...apis, ...workers].map((process) => process.stop()));
      await stopSmtp();
      await postgres?.stop();
      rmSync(dataDir, { recursive: true, force: true });
      if (!keepLogs) rmSync(root, { recursive: true, force: true });
    },
  };
}
