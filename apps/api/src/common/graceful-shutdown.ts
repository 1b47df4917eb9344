import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { Server as NetServer } from 'node:net';
import { Logger } from '@nestjs/common';
import type { INestApplication } from '@nestjs/common';

/** How long requests in flight may take to finish before their connections are cut. */
export const DRAIN_TIMEOUT_MS = 10_000;

/**
 * How long an idle kept-alive connection is left to its client before it is closed: longer than
 * the idle time of nginx's upstream connections in deploy/ (`keepalive_timeout 4s`) and of
 * Node's fetch (4 s), so that these close their side first.
 */
export const IDLE_GRACE_MS = 5_000;

/**
 * Stops taking connections and lets the requests in flight finish. A load balancer's next
 * connection is refused, so it goes to another process without having sent anything (safe also
 * for POST); every answer from then on carries `Connection: close`, so each connection ends after
 * its current request. Idle kept-alive connections are first left to their client to close
 * (`IDLE_GRACE_MS`): closing one ourselves races a request the client may be sending on it, which
 * a balancer cannot resend (a 502 for a POST). Install it before the server listens: it has to
 * know which answers are still being worked on.
 */
export class HttpServerDrain {
  private draining = false;
  private readonly unanswered = new Set<ServerResponse>();

  constructor(private readonly server: Server) {
    // First listener, before Fastify's (and the public cache's) handler can write the head.
    server.prependListener('request', (_request: IncomingMessage, response: ServerResponse) =>
      this.track(response),
    );
  }

  /** Resolves when no connection is left, or after `timeoutMs` with the rest cut. */
  async drain(timeoutMs = DRAIN_TIMEOUT_MS): Promise<void> {
    this.draining = true;
    for (const response of this.unanswered)
      if (!response.headersSent) response.setHeader('connection', 'close');
    // net's close, not http's: the latter also closes the idle connections at once.
    const closed = new Promise<void>((resolve) =>
      NetServer.prototype.close.call(this.server, () => resolve()),
    );
    const idleGrace = setTimeout(() => this.server.closeIdleConnections(), IDLE_GRACE_MS);
    const deadline = setTimeout(() => this.server.closeAllConnections(), timeoutMs);
    try {
      await closed;
    } finally {
      clearTimeout(idleGrace);
      clearTimeout(deadline);
    }
  }

  private track(response: ServerResponse): void {
    if (this.draining) {
      response.setHeader('connection', 'close');
      return;
    }
    this.unanswered.add(response);
    response.once('close', () => this.unanswered.delete(response));
  }
}

/**
 * What SIGTERM (a deploy) and SIGINT do, from the moment the server listens: drain the HTTP
 * server first, so that requests in flight still reach the database and the job queue; then
 * close the application (job workers hand back what they cannot finish, then the database pools
 * close) and exit with 0. Nest's own shutdown
 * hooks would stop the job queue and pools while the server still answers (see ADR 0020).
 * A second signal during the shutdown ends the process at once.
 */
export function shutDownOnSignals(app: INestApplication): void {
  const logger = new Logger('Shutdown');
  const http = new HttpServerDrain(app.getHttpServer() as Server);
  const shutDown = async (signal: NodeJS.Signals) => {
    const started = Date.now();
    logger.log(`${signal}: no new connections; finishing the requests in flight`);
    try {
      await http.drain();
      logger.log(`requests finished after ${Date.now() - started} ms; stopping jobs and database`);
      await app.close();
      logger.log(`shut down after ${Date.now() - started} ms`);
      process.exit(0);
    } catch (error) {
      logger.error(`shutdown failed: ${(error as Error).message}`, (error as Error).stack);
      process.exit(1);
    }
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const)
    process.once(signal, (received) => void shutDown(received));
}
