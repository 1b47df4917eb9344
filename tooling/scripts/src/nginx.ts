// Runs nginx (Debian's, or NGINX_PATH) with a configuration in a throwaway prefix: the deployment
// checks run the deploy/ configurations in it, the benchmarks serve their static floor with it.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NGINX, toolPath } from './debian-tools.ts';

export class NginxPrefix {
  readonly dir = mkdtempSync(join(tmpdir(), 'sg-nginx-'));
  readonly confDir = join(this.dir, 'conf.d');
  private process: ChildProcess | undefined;

  constructor() {
    mkdirSync(this.confDir);
    const mimeTypes = '/etc/nginx/mime.types';
    // Workers of a root master run as "nobody", who cannot read a private temporary directory.
    const user = process.getuid?.() === 0 ? 'user root;' : '';
    writeFileSync(
      join(this.dir, 'nginx.conf'),
      `${user}
worker_processes 1;
pid ${this.dir}/nginx.pid;
error_log ${this.dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  ${existsSync(mimeTypes) ? `include ${mimeTypes};` : ''}
  client_body_temp_path ${this.dir}/body;
  proxy_temp_path ${this.dir}/proxy;
  fastcgi_temp_path ${this.dir}/fastcgi;
  uwsgi_temp_path ${this.dir}/uwsgi;
  scgi_temp_path ${this.dir}/scgi;
  include ${this.confDir}/*.conf;
}
`,
    );
  }

  write(name: string, content: string) {
    writeFileSync(join(this.confDir, name), content);
  }

  private args() {
    return ['-p', this.dir, '-c', join(this.dir, 'nginx.conf')];
  }

  /** `nginx -t`: the configuration's syntax and every file, module and value it names. */
  check(): string {
    return execFileSync(toolPath(NGINX), ['-t', ...this.args()], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  }

  /** The master's process id, once started (workers are its children). */
  get pid(): number | undefined {
    return this.process?.pid;
  }

  async start(port: number) {
    this.process = spawn(toolPath(NGINX), [...this.args(), '-g', 'daemon off;'], {
      stdio: 'ignore',
    });
    for (let attempt = 0; attempt < 100; attempt++) {
      if (await accepts(port)) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`nginx did not listen on ${port}`);
  }

  stop() {
    this.process?.kill('SIGTERM');
    rmSync(this.dir, { recursive: true, force: true });
  }
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.connect(port, '127.0.0.1');
  });
}
