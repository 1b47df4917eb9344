// Small HTTP servers standing in for the portal, API and admin behind the nginx under test.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';

export interface SeenRequest {
  url: string;
  headers: IncomingHttpHeaders;
}

export interface Upstream {
  port: number;
  seen: SeenRequest[];
  close(): Promise<void>;
}

/** Answers every request with its own name, plus the headers given. */
export function startUpstream(
  name: string,
  headers: Record<string, string> = {},
): Promise<Upstream> {
  const seen: SeenRequest[] = [];
  const server: Server = createServer((request, response) => {
    seen.push({ url: request.url ?? '', headers: request.headers });
    response.writeHead(200, { 'content-type': 'text/plain', ...headers });
    response.end(name);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({
        port,
        seen,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
