import type { LoggerService } from '@nestjs/common';
import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';
import { pino, type Logger } from 'pino';

/** Requests slower than this are logged at info, like failures; the rest only at debug. */
export const SLOW_REQUEST_MS = 1000;

// Secrets travel in some paths (self-service and join tokens): never log them.
const SECRET_PATH = /\/(manage|join|confirm)\/[^/?]+/g;

export function redactUrl(url: string): string {
  return url.replace(SECRET_PATH, '/$1/[redacted]');
}

export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
      censor: '[redacted]',
    },
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        url: redactUrl(req.url),
      }),
    },
  });
}

/**
 * Fastify's request log lines, one per finished request instead of two. Successful quick requests
 * are routine (the proxy's access log has them too) and only logged at debug: at hundreds of
 * requests a second, writing them costs more CPU than serving a cached answer. Failures and slow
 * requests show at info, errors that broke a response at error.
 */
export class RequestLogController extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    const responseTime = Math.round(reply.elapsedTime);
    const line = { req: request, statusCode: reply.statusCode, responseTime };
    if (error) {
      request.log.error({ ...line, err: error }, 'request errored');
      return;
    }
    const notable = reply.statusCode >= 400 || responseTime >= SLOW_REQUEST_MS;
    // A disabled level is a no-op in pino: nothing is serialised.
    request.log[notable ? 'info' : 'debug'](line, 'request completed');
  }
}

/** Routes Nest's own log lines into the same structured pino logger. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}
  log(message: unknown, context?: string) {
    this.logger.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    this.logger.error(
      { context, trace },
      typeof message === 'string' ? message : JSON.stringify(message),
    );
  }
  warn(message: unknown, context?: string) {
    this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    this.logger.trace({ context }, String(message));
  }
}
