// Starts the whole platform on one machine: database, migrations and demo content, API, portal
// and admin. Used by `npm start`, `npm run dev` and the browser tests.
import { join } from 'node:path';
import { freePort, type PostgresHandle, startEmbeddedPostgres } from './postgres.ts';
import { runToCompletion, type Service, startService, waitForHttp } from './processes.ts';
import { repoRoot } from './config.ts';

export interface PlatformOptions {
  databaseUrl?: string;
  /** Embedded PostgreSQL; `ephemeral` deletes its data on stop (tests). */
  embedded?: { dataDir: string; port: number; ephemeral?: boolean };
  ports: { portal: number; api: number; admin: number; mail?: { web: number; smtp: number } };
  /** SMTP server for the API's mails; without it a local mail catcher starts (free ports by default). */
  smtpUrl?: string;
  mode: 'production' | 'dev';
  seed: boolean;
  /**
   * With `seed`, also sample registrations on the demo events (`npm start`, for a dashboard with
   * figures); the browser tests leave them out, as they count seats.
   */
  demoRegistrations?: boolean;
  /** Directory of the media library (MEDIA_DIR of the API); default `.data/media`. */
  mediaDir?: string;
  /** Key of the personal links (APP_SECRET of the API). */
  appSecret: string;
  quiet?: boolean;
}

export interface Platform {
  urls: { portal: string; api: string; admin: string; docs: string; mail?: string };
  databaseUrl: string;
  stop(): Promise<void>;
}

const apiDir = join(repoRoot, 'apps/api');
const portalDir = join(repoRoot, 'apps/portal');
const adminDir = join(repoRoot, 'apps/admin');

/**
 * Applies the migrations and, if asked, the demo content (with sample registrations when
 * `registrations`), through the API's database CLI.
 */
export async function prepareDatabase(databaseUrl: string, seed: boolean, registrations = false) {
  const env = { ...process.env, DATABASE_URL: databaseUrl };
  await runToCompletion('node', ['dist/database/cli.js', 'migrate'], { cwd: apiDir, env });
  if (!seed) return;
  const args = ['dist/database/cli.js', 'seed', ...(registrations ? ['--registrations'] : [])];
  await runToCompletion('node', args, { cwd: apiDir, env });
}

export async function startPlatform(options: PlatformOptions): Promise<Platform> {
  let postgres: PostgresHandle | undefined;
  const services: Service[] = [];
  const stop = async () => {
    for (const service of [...services].reverse()) await service.stop();
    await postgres?.stop();
  };
  try {
    if (!options.databaseUrl && !options.embedded)
      throw new Error('Either databaseUrl or embedded is required');
    if (!options.databaseUrl && options.embedded) {
      postgres = await startEmbeddedPostgres({ ...options.embedded, database: 'stadtgespraech' });
    }
    const databaseUrl = options.databaseUrl ?? postgres!.url;
    await prepareDatabase(databaseUrl, options.seed, options.demoRegistrations);

    const host = '127.0.0.1';
    const apiOrigin = `http://${host}:${options.ports.api}`;
    const urls = {
      portal: `http://localhost:${options.ports.portal}`,
      api: `http://localhost:${options.ports.api}`,
      admin: `http://localhost:${options.ports.admin}`,
      docs: `http://localhost:${options.ports.api}/api/docs`,
    };
    const base = {
      ...process.env,
      NODE_ENV: options.mode === 'dev' ? 'development' : 'production',
    };
    const quiet = options.quiet ?? false;
    const dev = options.mode === 'dev';

    let smtpUrl = options.smtpUrl;
    let mailUrl: string | undefined;
    if (!smtpUrl) {
      const mail = options.ports.mail ?? { web: await freePort(), smtp: await freePort() };
      const catcher = startService('mail', 'node', [join(import.meta.dirname, 'mail-catcher.ts')], {
        cwd: import.meta.dirname,
        env: { ...base, MAIL_WEB_PORT: String(mail.web), MAIL_SMTP_PORT: String(mail.smtp) },
        quiet,
      });
      services.push(catcher);
      await waitForHttp(`http://${host}:${mail.web}/messages.json`, catcher);
      smtpUrl = `smtp://${host}:${mail.smtp}`;
      mailUrl = `http://localhost:${mail.web}`;
    }

    const api = startService('api', 'node', dev ? ['--watch', 'dist/main.js'] : ['dist/main.js'], {
      cwd: apiDir,
      env: {
        ...base,
        DATABASE_URL: databaseUrl,
        HOST: host,
        PORT: String(options.ports.api),
        PORTAL_URL: urls.portal,
        ADMIN_URL: urls.admin,
        SMTP_URL: smtpUrl,
        APP_SECRET: options.appSecret,
        MEDIA_DIR: options.mediaDir ?? join(repoRoot, '.data', 'media'),
      },
      quiet,
    });
    services.push(api);
    if (dev)
      services.push(
        startService(
          'tsc',
          'pnpm',
          ['exec', 'tsc', '-p', 'tsconfig.build.json', '--watch', '--preserveWatchOutput'],
          { cwd: apiDir, env: base, quiet },
        ),
      );

    const portalEnv = {
      ...base,
      HOST: host,
      PORT: String(options.ports.portal),
      NUXT_API_BASE_URL: apiOrigin,
      NUXT_PUBLIC_SITE_URL: urls.portal,
    };
    const portal = dev
      ? startService(
          'portal',
          'pnpm',
          ['exec', 'nuxt', 'dev', '--port', String(options.ports.portal), '--host', host],
          { cwd: portalDir, env: portalEnv, quiet },
        )
      : startService('portal', 'node', ['.output/server/index.mjs'], {
          cwd: portalDir,
          env: portalEnv,
          quiet,
        });
    services.push(portal);

    const admin = dev
      ? startService(
          'admin',
          'pnpm',
          ['exec', 'vite', '--port', String(options.ports.admin), '--host', host, '--strictPort'],
          { cwd: adminDir, env: { ...base, API_ORIGIN: apiOrigin }, quiet },
        )
      : startService(
          'admin',
          'node',
          [
            join(import.meta.dirname, 'static-server.ts'),
            join(adminDir, 'dist'),
            String(options.ports.admin),
            apiOrigin,
          ],
          { cwd: adminDir, env: { ...base, HOST: host, PORTAL_URL: urls.portal }, quiet },
        );
    services.push(admin);

    await Promise.all([
      waitForHttp(`${apiOrigin}/api/health`, api),
      waitForHttp(`http://${host}:${options.ports.portal}/`, portal, dev ? 180_000 : 60_000),
      waitForHttp(`http://${host}:${options.ports.admin}/`, admin),
    ]);
    return { urls: { ...urls, ...(mailUrl ? { mail: mailUrl } : {}) }, databaseUrl, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
