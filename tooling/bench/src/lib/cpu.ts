// CPU time of server processes, read from /proc: what a request costs the server, whatever the
// load generator next to it costs.
import { readdirSync, readFileSync } from 'node:fs';

// Linux reports utime/stime in clock ticks; 100 per second on every common kernel.
const TICKS_PER_SECOND = 100;

function stat(pid: number): { ppid: number; ticks: number } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may hold spaces: state ppid … utime(14) stime(15).
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return undefined;
  }
}

/** Seconds of CPU the process and its direct children (nginx's workers) have used so far. */
export function cpuSeconds(pid: number): number {
  let ticks = stat(pid)?.ticks ?? 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const child = stat(Number(entry));
    if (child?.ppid === pid) ticks += child.ticks;
  }
  return ticks / TICKS_PER_SECOND;
}

/** The postmaster of the PostgreSQL behind `query`: its direct children are the backends. */
export async function postmasterPid(query: (text: string) => Promise<unknown[]>): Promise<number> {
  const [row] = (await query('SELECT pg_backend_pid() AS pid')) as { pid: number }[];
  const backend = stat(row!.pid);
  if (!backend) throw new Error('PostgreSQL runs on another machine: its CPU cannot be read');
  return backend.ppid;
}
