// Starting the platform's processes with prefixed output, waiting until they answer, and stopping
// them in order.
import { type ChildProcess, spawn } from 'node:child_process';

export interface Service {
  name: string;
  child: ChildProcess;
  /** The last lines it printed, also in quiet mode: what it said before dying. */
  recentOutput(): string;
  stop(): Promise<void>;
}

const colours = [36, 35, 33, 32, 34];
let nextColour = 0;

/** Spawns a long-running process whose output lines are prefixed with its name. */
export function startService(
  name: string,
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; quiet?: boolean },
): Service {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = `\x1b[${colours[nextColour++ % colours.length]}m${name.padEnd(6)}\x1b[0m│ `;
  const recent: string[] = [];
  const relay = (stream: NodeJS.WriteStream) => (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) {
      if (!line.trim()) continue;
      recent.push(line);
      if (recent.length > 30) recent.shift();
      if (!options.quiet) stream.write(prefix + line + '\n');
    }
  };
  child.stdout?.on('data', relay(process.stdout));
  child.stderr?.on('data', relay(process.stderr));
  let stopped: Promise<void> | undefined;
  const stop = () => {
    stopped ??= new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill('SIGTERM');
    });
    return stopped;
  };
  return { name, child, recentOutput: () => recent.join('\n'), stop };
}

/** Resolves once `url` answers with a status below 500; fails when the process dies first. */
export async function waitForHttp(
  url: string,
  service: Pick<Service, 'name' | 'child'>,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null) {
      throw new Error(
        `${service.name} exited with code ${service.child.exitCode} before answering ${url}`,
      );
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${service.name} did not answer ${url} within ${timeoutMs / 1000} s`);
}

/** Runs a command to completion, inheriting stdio; rejects on a non-zero exit. */
export function runToCompletion(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: 'inherit',
    });
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? code})`)),
    );
  });
}
