// Commands behind the root scripts; tooling/bootstrap.mjs provides Node and pnpm and installs first.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { appSecret } from './app-secret.ts';
import { CHROMIUM, ensureDebianTools, NGINX } from './debian-tools.ts';
import { localConfig, repoRoot } from './config.ts';
import { type Platform, prepareDatabase, startPlatform } from './platform.ts';
import { runToCompletion } from './processes.ts';
import { startEmbeddedPostgres, startThrowawayPostgres } from './postgres.ts';
import { readReports, totals } from './test-summary.ts';

const [command, ...args] = process.argv.slice(2);

async function run(mode: 'production' | 'dev') {
  const started = Date.now();
  const embedded = localConfig.databaseUrl
    ? undefined
    : { dataDir: localConfig.embeddedPgDir, port: localConfig.embeddedPgPort };
  console.log(
    embedded
      ? `Embedded PostgreSQL: ${embedded.dataDir} (port ${embedded.port})`
      : 'PostgreSQL: DATABASE_URL',
  );
  let platform: Platform;
  try {
    platform = await startPlatform({
      databaseUrl: localConfig.databaseUrl,
      embedded,
      ports: {
        portal: localConfig.portalPort,
        api: localConfig.apiPort,
        admin: localConfig.adminPort,
        mail: { web: localConfig.mailWebPort, smtp: localConfig.mailSmtpPort },
      },
      smtpUrl: localConfig.smtpUrl,
      appSecret: appSecret(join(repoRoot, '.data', 'app-secret')),
      mode,
      seed: process.env.SEED_DEMO !== 'false',
      demoRegistrations: true,
    });
  } catch (error) {
    console.error(`\nThe platform could not start: ${(error as Error).message}`);
    process.exit(1);
  }
  const { urls } = platform;
  console.log(`
  Stadtgespräch is running (${mode}, ready in ${((Date.now() - started) / 1000).toFixed(1)} s)

    Portal      ${urls.portal}
    Admin       ${urls.admin}
    API         ${urls.api}/api/v1/events
    API docs    ${urls.docs}
    Mails       ${urls.mail ?? 'sent through SMTP_URL'}

  Press Ctrl-C to stop.
`);
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping …');
    await platform.stop();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

/** Runs `work` against the local database: DATABASE_URL, or the embedded one started for it. */
async function withLocalDatabase(work: (databaseUrl: string) => Promise<void>) {
  const postgres = localConfig.databaseUrl
    ? undefined
    : await startEmbeddedPostgres({
        dataDir: localConfig.embeddedPgDir,
        port: localConfig.embeddedPgPort,
        database: 'stadtgespraech',
      });
  try {
    await work(localConfig.databaseUrl ?? postgres!.url);
  } finally {
    await postgres?.stop();
  }
}

function database(task: 'db:migrate' | 'db:seed') {
  return withLocalDatabase((databaseUrl) =>
    prepareDatabase(databaseUrl, task === 'db:seed', task === 'db:seed'),
  );
}

/** Creates a staff account in the local database (migrated first) and prints its password. */
function createStaff(staffArgs: string[]) {
  return withLocalDatabase(async (databaseUrl) => {
    await prepareDatabase(databaseUrl, false);
    await runToCompletion('node', ['dist/database/cli.js', 'create-staff', ...staffArgs], {
      cwd: join(repoRoot, 'apps/api'),
      env: { ...process.env, DATABASE_URL: databaseUrl },
    }).catch(() => {
      // The API's CLI has said what is wrong; no stack trace on top.
      process.exitCode = 1;
    });
  });
}

/** Diffs the entities against a throwaway database migrated to the latest migration. */
async function generateMigration(name: string | undefined) {
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    console.error('Usage: npm run migration:generate -- NameInPascalCase');
    process.exit(2);
  }
  const apiDir = join(repoRoot, 'apps/api');
  const postgres = await startThrowawayPostgres('migration_generate');
  try {
    await prepareDatabase(postgres.url, false);
    await runToCompletion(
      'pnpm',
      [
        'exec',
        'typeorm',
        'migration:generate',
        '-p',
        '-d',
        'dist/database/data-source.js',
        `src/database/migrations/${name}`,
      ],
      {
        cwd: apiDir,
        env: { ...process.env, DATABASE_URL: postgres.url },
      },
    );
    console.log(
      'Review the file, add it to src/database/migrations/index.ts, then run the API tests.',
    );
  } finally {
    await postgres.stop();
  }
}

function test() {
  const [chromium, nginx] = ensureDebianTools([CHROMIUM, NGINX]);
  // Reports of an earlier run must not count in this one's totals.
  for (const group of ['apps', 'packages', 'tooling']) {
    const groupDir = join(repoRoot, group);
    if (!existsSync(groupDir)) continue;
    for (const workspace of readdirSync(groupDir)) {
      rmSync(join(groupDir, workspace, '.reports'), { recursive: true, force: true });
    }
  }
  const started = Date.now();
  const turbo = spawnSync(
    'pnpm',
    [
      'turbo',
      'run',
      'lint',
      'format:check',
      'typecheck',
      'test',
      'test:integration',
      'test:e2e',
      '--continue',
      '--concurrency=2',
      ...args,
    ],
    {
      cwd: repoRoot,
      stdio: 'inherit',
      env: { ...process.env, CHROMIUM_PATH: chromium, NGINX_PATH: nginx },
    },
  );
  const results = readReports(repoRoot);
  const sum = totals(results);
  console.log('\nTest suites:');
  for (const r of results)
    console.log(
      `  ${r.suite.padEnd(40)} ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}`,
    );
  console.log(
    `Checks and tests took ${((Date.now() - started) / 1000).toFixed(0)} s; turbo exit code ${turbo.status}.`,
  );
  console.log(`${sum.passed} passed, ${sum.failed} failed`);
  process.exit(turbo.status !== 0 ? (turbo.status ?? 1) : sum.failed > 0 ? 1 : 0);
}

switch (command) {
  case 'start':
    await run('production');
    break;
  case 'dev':
    await run('dev');
    break;
  case 'db:migrate':
  case 'db:seed':
    await database(command);
    break;
  case 'staff:create':
    await createStaff(args);
    break;
  case 'migration:generate':
    await generateMigration(args[0]);
    break;
  case 'test':
    test();
    break;
  case 'clean-data':
    rmSync(join(repoRoot, '.data'), { recursive: true, force: true });
    break;
  default:
    console.error(`Unknown command "${command}"`);
    process.exit(2);
}
