// Serves a built single-page app (the admin) and forwards /api to the API, so that the app and
// the API share one origin. Production deployments put a reverse proxy in front instead.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { adminCsp, isLocalHost, securityHeaders } from '@stadtgespraech/http-security';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServerOptions {
  root: string;
  port: number;
  host: string;
  apiOrigin: string;
  /** Where the media library's pictures come from. */
  portalOrigin: string;
}

async function forward(request: IncomingMessage, response: ServerResponse, apiOrigin: string) {
  const headers = new Headers();
  for (const [key, value] of Object.entries(request.headers)) {
    if (typeof value === 'string' && key !== 'host' && key !== 'connection')
      headers.set(key, value);
  }
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  try {
    const upstream = await fetch(new URL(request.url ?? '/', apiOrigin), {
      method: request.method,
      headers,
      body: hasBody ? (Readable.toWeb(request) as ReadableStream) : undefined,
      redirect: 'manual',
      duplex: 'half',
    });
    const outgoing: Record<string, string> = {};
    upstream.headers.forEach((value, key) => {
      if (key !== 'content-encoding' && key !== 'transfer-encoding') outgoing[key] = value;
    });
    response.writeHead(upstream.status, outgoing);
    if (upstream.body) Readable.fromWeb(upstream.body as never).pipe(response);
    else response.end();
  } catch {
    response.writeHead(502, { 'content-type': 'application/problem+json' });
    response.end(
      JSON.stringify({
        type: 'about:blank',
        title: 'API not reachable',
        status: 502,
        code: 'GATEWAY.API_UNREACHABLE',
      }),
    );
  }
}

function serveFile(
  path: string,
  response: ServerResponse,
  immutable: boolean,
  headers: Record<string, string>,
) {
  response.writeHead(200, {
    ...headers,
    'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  createReadStream(path).pipe(response);
}

export function startStaticServer(options: StaticServerOptions) {
  const root = resolve(options.root);
  const index = join(root, 'index.html');
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    // The same headers as the nginx of the deployment (deploy/admin/nginx.conf).
    const headers = securityHeaders({
      csp: adminCsp(options.portalOrigin),
      hsts: !isLocalHost(request.headers.host),
      referrerPolicy: 'no-referrer',
    });
    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
      void forward(request, response, options.apiOrigin);
      return;
    }
    const candidate = normalize(join(root, decodeURIComponent(url.pathname)));
    if (candidate.startsWith(root) && existsSync(candidate) && statSync(candidate).isFile()) {
      serveFile(candidate, response, url.pathname.startsWith('/assets/'), headers);
      return;
    }
    serveFile(index, response, false, headers); // client-side routes
  });
  return new Promise<typeof server>((resolveServer) =>
    server.listen(options.port, options.host, () => resolveServer(server)),
  );
}

if (import.meta.main) {
  const [root = 'dist', port = '3002', apiOrigin = 'http://127.0.0.1:3001'] = process.argv.slice(2);
  const server = await startStaticServer({
    root,
    port: Number(port),
    host: process.env.HOST ?? '127.0.0.1',
    apiOrigin,
    portalOrigin: process.env.PORTAL_URL ?? 'http://localhost:3000',
  });
  const shutdown = () => server.close(() => process.exit(0));
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}
