import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  type ProblemDocument,
  ProblemException,
  type ProblemExtensions,
  problemType,
} from './problem.js';
import { DomainError } from '@stadtgespraech/domain/common';
import { isProblemCode, PROBLEMS, type ProblemCode } from './problem-codes.js';

const STATUS_CODES: Partial<Record<number, ProblemCode>> = {
  400: 'REQUEST.MALFORMED',
  404: 'ROUTE.NOT_FOUND',
  405: 'ROUTE.METHOD_NOT_ALLOWED',
  413: 'REQUEST.TOO_LARGE',
  414: 'REQUEST.URI_TOO_LONG',
  415: 'REQUEST.UNSUPPORTED_MEDIA_TYPE',
  503: 'SERVICE.DATABASE_UNAVAILABLE',
};

// SQLSTATE class 08 (connection exception) and the server shutting down or starting up.
const DATABASE_GONE_STATES = /^(08...|57P01|57P02|57P03)$/;
const DATABASE_GONE_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT']);
// TypeORM releases a query runner whose connection failed; the next statement of its
// transaction then meets one of these.
const RELEASED_RUNNER_ERRORS = new Set([
  'QueryRunnerAlreadyReleasedError',
  'QueryRunnerProviderAlreadyReleasedError',
]);

/**
 * True when the database could not be reached or went away mid-request (a restart, a failover):
 * nothing was committed by this request, and a retry will work once the database is back.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (
    typeof code === 'string' &&
    (DATABASE_GONE_STATES.test(code) || DATABASE_GONE_ERRNOS.has(code))
  )
    return true;
  if (RELEASED_RUNNER_ERRORS.has(error.name)) return true;
  // node-postgres has no code for a connection that ended under a query.
  return /Connection terminated|Client has encountered a connection error/.test(error.message);
}

/** Seconds a client should wait before retrying after a 503. */
export const RETRY_AFTER_SECONDS = 2;

/** Maps any error to a problem document; Fastify's own client errors (bad JSON, size) included. */
export function toProblem(error: unknown): {
  problem: Omit<ProblemDocument, 'instance' | 'requestId'> & ProblemExtensions;
  unexpected: boolean;
} {
  if (error instanceof DomainError && isProblemCode(error.code)) {
    const { status, title } = PROBLEMS[error.code];
    return {
      problem: {
        // The rule's details (e.g. `from` and `to` of a refused transition) become extensions.
        ...error.details,
        type: problemType(error.code),
        title,
        status,
        code: error.code,
        detail: error.message,
      },
      unexpected: false,
    };
  }
  if (error instanceof ProblemException) {
    const { status, title } = PROBLEMS[error.code];
    return {
      problem: {
        type: problemType(error.code),
        title,
        status,
        code: error.code,
        ...(error.detail ? { detail: error.detail } : {}),
        ...(error.errors ? { errors: error.errors } : {}),
        ...error.extensions,
      },
      unexpected: false,
    };
  }
  const status = isDatabaseUnavailable(error)
    ? HttpStatus.SERVICE_UNAVAILABLE
    : error instanceof HttpException
      ? error.getStatus()
      : typeof (error as { statusCode?: unknown })?.statusCode === 'number'
        ? (error as { statusCode: number }).statusCode
        : HttpStatus.INTERNAL_SERVER_ERROR;
  const code: ProblemCode =
    status >= 500
      ? (STATUS_CODES[status] ?? 'SERVICE.INTERNAL_ERROR')
      : (STATUS_CODES[status] ?? 'REQUEST.MALFORMED');
  const detail = status < 500 && error instanceof Error ? error.message : undefined;
  return {
    problem: {
      type: problemType(code),
      title: PROBLEMS[code].title,
      status,
      code,
      ...(detail ? { detail } : {}),
    },
    unexpected: status >= 500 && status !== 503,
  };
}

@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(error: unknown, host: ArgumentsHost) {
    const context = host.switchToHttp();
    const request = context.getRequest<FastifyRequest>();
    const reply = context.getResponse<FastifyReply>();
    const { problem, unexpected } = toProblem(error);
    if (unexpected) {
      // Errors' own properties are not enumerable: message, code and stack by hand.
      const { message, stack, code } = (
        error instanceof Error ? error : new Error(String(error))
      ) as Error & { code?: unknown };
      const described = `${message}${typeof code === 'string' ? ` (${code})` : ''}`;
      this.logger.error(`Unhandled error in request ${request.id}: ${described}`, stack);
    }
    if (problem.status === 503) {
      this.logger.warn(`Database unavailable (${request.method} ${request.routeOptions.url})`);
      void reply.header('retry-after', String(RETRY_AFTER_SECONDS));
    }
    void reply
      .status(problem.status)
      .header('content-type', 'application/problem+json; charset=utf-8')
      .send({ ...problem, instance: request.url.split('?')[0], requestId: request.id });
  }
}
