// A minimal reverse proxy that gzips text responses, standing in for the proxy a deployment puts in
// front of the portal (the Node server itself sends uncompressed). Like nginx with `gzip on` and
// `gzip_types` for HTML, CSS, JavaScript, JSON, SVG and XML.
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pipeline } from 'node:stream';
import { createGzip } from 'node:zlib';

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|rss\+xml)|image\/svg\+xml)/;

export interface GzipProxy {
  url: string;
  close(): Promise<void>;
}

/** Listens on a free port of 127.0.0.1 and forwards every request to `upstream` (an origin). */
export async function startGzipProxy(upstream: string): Promise<GzipProxy> {
  const target = new URL(upstream);
  const server: Server = createServer((request, response) => {
    // Upstream answers uncompressed; the proxy decides.
    const { 'accept-encoding': acceptEncoding = '', ...headers } = request.headers;
    const forwarded = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        method: request.method,
        path: request.url,
        headers: { ...headers, host: target.host },
      },
      (upstreamResponse) => {
        const type = upstreamResponse.headers['content-type'] ?? '';
        const gzip =
          /\bgzip\b/.test(String(acceptEncoding)) &&
          COMPRESSIBLE.test(type) &&
          !upstreamResponse.headers['content-encoding'] &&
          request.method !== 'HEAD' &&
          upstreamResponse.statusCode !== 204 &&
          upstreamResponse.statusCode !== 304;
        const outgoing = { ...upstreamResponse.headers };
        if (gzip) {
          delete outgoing['content-length'];
          outgoing['content-encoding'] = 'gzip';
          outgoing.vary = outgoing.vary ? `${outgoing.vary}, Accept-Encoding` : 'Accept-Encoding';
        }
        response.writeHead(upstreamResponse.statusCode ?? 502, outgoing);
        if (gzip) pipeline(upstreamResponse, createGzip({ level: 6 }), response, () => {});
        else pipeline(upstreamResponse, response, () => {});
      },
    );
    forwarded.on('error', () => {
      if (!response.headersSent) response.writeHead(502);
      response.end();
    });
    pipeline(request, forwarded, () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    // `localhost` like the portal's own URL, so the canonical links stay on the same host name.
    url: `http://localhost:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
