// The built API as the benchmarks and drills run it.
import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '@stadtgespraech/scripts/postgres';
import { waitForHttp } from '@stadtgespraech/scripts/processes';

const apiDir = join(import.meta.dirname, '..', '..', '..', '..', 'apps', 'api');

/** APP_SECRET of the benchmark's API: personal links (confirmation tokens) can be rebuilt. */
export const BENCH_SECRET = 'benchmark-secret-0123456789abcdefghij';

/**
 * One built API process (`apps/api/dist/main.js`, production mode): an API, or with
 * `JOBS_WORKER=true` a job worker. Logs go to `<logDir>/<name>.log`, or nowhere without a logDir.
 */
export class ApiProcess {
  child!: ChildProcess;
  exit!: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  readonly port: Promise<number> = freePort();

  readonly name: string;
  private readonly env: Record<string, string>;
  private readonly logDir: string | undefined;

  constructor(name: string, env: Record<string, string>, logDir?: string) {
    this.name = name;
    this.env = env;
    this.logDir = logDir;
  }

  get url(): Promise<string> {
    return this.port.then((port) => `http://127.0.0.1:${port}`);
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  async start(): Promise<void> {
    const port = await this.port;
    this.child = spawn(process.execPath, ['dist/main.js'], {
      cwd: apiDir,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        APP_SECRET: BENCH_SECRET,
        ...this.env,
        PORT: String(port),
      },
      stdio: this.logDir ? ['ignore', 'pipe', 'pipe'] : 'ignore',
    });
    if (this.logDir) {
      const log = createWriteStream(join(this.logDir, `${this.name}.log`), { flags: 'a' });
      this.child.stdout!.pipe(log);
      this.child.stderr!.pipe(log);
    }
    this.exit = new Promise((done) =>
      this.child.once('exit', (code, signal) => done({ code, signal })),
    );
    await waitForHttp(`${await this.url}/api/health`, { name: this.name, child: this.child });
  }

  /** Sends `signal` and waits for the exit. */
  async stop(signal: NodeJS.Signals = 'SIGTERM') {
    if (!this.alive) return this.exit;
    this.child.kill(signal);
    return this.exit;
  }
}
