import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import { requestIdOf } from '../request-id.js';
import { securityHeadersFor } from '../security-headers.js';
import type { ContentChanges } from './content-changes.js';
import { ResponseCache } from './response-cache.js';

/** Headers a route sets itself that belong to its answer; the rest is added per response. */
const KEPT_HEADERS = ['content-type', 'cache-control', 'content-disposition'];

declare module 'fastify' {
  interface FastifyContextConfig {
    publicCache?: boolean;
  }
}

/**
 * Marks a public GET route whose answer depends on nothing but its URL, the content tables and
 * the clock: no headers, no session, no personal token. Its answers are then kept in memory and
 * served before Fastify and Nest see the request.
 */
export const PublicCache = () => RouteConfig({ publicCache: true });

export interface PublicCacheOptions {
  /** The process's content change notifications, which clear the answers. */
  changes: ContentChanges;
  ttlSeconds: number;
}

type HttpHandler = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * The answers of `@PublicCache()` routes, kept per process (see ADR 0019). Every write to public
 * content raises a notification (database triggers), so the cache of every process is cleared
 * within milliseconds, also for changes by another process or by hand; the time limit bounds what
 * depends on the clock (an event's phase, which events are upcoming).
 *
 * Fastify stores the answers (`attach`); the HTTP server answers repeated requests from memory
 * before Fastify (`serverFactory`): a hit costs a map lookup and one write instead of the whole
 * request pipeline, which matters when a popular talk opens and everyone reloads its page.
 */
export class PublicAnswerCache {
  readonly answers: ResponseCache;
  // Generation at the start of each missed request, to store its answer only if still current.
  private readonly misses = new WeakMap<FastifyRequest, number>();

  constructor(options: PublicCacheOptions) {
    this.answers = options.changes.keep(
      new ResponseCache({
        ttlMs: options.ttlSeconds * 1000,
        maxEntries: 2000,
        maxBodyLength: 512 * 1024,
      }),
    );
  }

  /** Fastify's `serverFactory`: the plain HTTP server, with kept answers served first. */
  readonly serverFactory = (handler: HttpHandler, options: FastifyServerOptions): Server => {
    const server = createServer((request, response) => {
      if (!this.serveKept(request, response)) handler(request, response);
    });
    // What Fastify sets on a server it makes itself.
    server.keepAliveTimeout = options.keepAliveTimeout ?? 72_000;
    server.requestTimeout = options.requestTimeout ?? 0;
    return server;
  };

  /** Keeps the answers of marked routes. */
  attach(fastify: FastifyInstance): void {
    fastify.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
      if (request.method !== 'GET' || !request.routeOptions.config.publicCache) return;
      if (!this.answers.isEnabled()) return;
      this.misses.set(request, this.answers.generation());
      reply.header('x-cache', 'miss');
    });
    fastify.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload) => {
      const generation = this.misses.get(request);
      if (generation !== undefined && reply.statusCode === 200 && typeof payload === 'string') {
        const headers: Record<string, string> = {};
        for (const name of KEPT_HEADERS) {
          const value = reply.getHeader(name);
          if (typeof value === 'string') headers[name] = value;
        }
        this.answers.setResponse(request.url, { body: payload, headers }, generation, Date.now());
      }
      return payload;
    });
    // From the start of shutdown on, every request goes to Fastify, which refuses new ones.
    fastify.addHook('preClose', async () => this.answers.setEnabled(false));
  }

  private serveKept(request: IncomingMessage, response: ServerResponse): boolean {
    if (request.method !== 'GET' || !this.answers.isEnabled()) return false;
    const kept = this.answers.get(request.url!, Date.now());
    if (!kept) return false;
    response.writeHead(200, {
      ...kept.headers,
      ...securityHeadersFor(request.url!, request.headers.host),
      'content-length': kept.length,
      'x-cache': 'hit',
      'x-request-id': requestIdOf(request),
    });
    response.end(kept.body);
    return true;
  }
}
