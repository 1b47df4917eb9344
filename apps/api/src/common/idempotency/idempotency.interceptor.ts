import { createHash } from 'node:crypto';
import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { DataSource } from 'typeorm';
import { ProblemException } from '../problem.js';

const KEY = /^[A-Za-z0-9._:-]{8,100}$/;

/**
 * A claim still unfinished after this long was left by a request whose database went away before
 * it could store or remove the claim (a restart, a crash): a retry may take it over. Far longer
 * than any request runs.
 */
export const ABANDONED_CLAIM_SECONDS = 30;

function requestHash(request: FastifyRequest): string {
  return createHash('sha256')
    .update(JSON.stringify(request.body ?? null))
    .digest('hex');
}

/**
 * Makes public POSTs safe to retry: the first response to an `Idempotency-Key` is stored and
 * replayed for the same key and body; the work is never done twice. A claim row taken before the
 * handler runs turns concurrent duplicates into 409 instead of a second execution.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly dataSource: DataSource) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const key = request.headers['idempotency-key'];
    if (key === undefined || request.method !== 'POST') return next.handle();
    return from(this.handle(request, reply, key, next));
  }

  private async handle(
    request: FastifyRequest,
    reply: FastifyReply,
    key: string | string[],
    next: CallHandler,
  ) {
    if (typeof key !== 'string' || !KEY.test(key))
      throw new ProblemException(
        'IDEMPOTENCY.KEY_INVALID',
        'Use 8-100 characters of A-Z, a-z, 0-9, . _ : -',
      );
    const scope = `${request.method} ${request.url.split('?')[0]}`.slice(0, 200);
    const hash = requestHash(request);
    const claimed: unknown[] = await this.dataSource.query(
      `INSERT INTO idempotency_key (scope, key, request_hash, status, body) VALUES ($1, $2, $3, 0, 'null'::jsonb)
       ON CONFLICT (scope, key) DO UPDATE SET created_at = now()
        WHERE idempotency_key.status = 0 AND idempotency_key.request_hash = EXCLUDED.request_hash
          AND idempotency_key.created_at < now() - make_interval(secs => $4)
       RETURNING key`,
      [scope, key, hash, ABANDONED_CLAIM_SECONDS],
    );
    if (claimed.length === 0) {
      const [stored] = await this.dataSource.query(
        'SELECT request_hash AS "requestHash", status, body FROM idempotency_key WHERE scope = $1 AND key = $2',
        [scope, key],
      );
      if (!stored || stored.requestHash !== hash)
        throw new ProblemException('IDEMPOTENCY.KEY_REUSED');
      if (stored.status === 0) throw new ProblemException('IDEMPOTENCY.IN_PROGRESS');
      void reply.status(stored.status).header('idempotent-replayed', 'true');
      return stored.body;
    }
    try {
      const body = await lastValueFrom(next.handle(), { defaultValue: null });
      await this.dataSource.query(
        'UPDATE idempotency_key SET status = $3, body = $4 WHERE scope = $1 AND key = $2',
        [scope, key, reply.statusCode, JSON.stringify(body ?? null)],
      );
      return body;
    } catch (error) {
      // Nothing was done (the handler's transaction rolled back): a retry may run again.
      await this.dataSource.query('DELETE FROM idempotency_key WHERE scope = $1 AND key = $2', [
        scope,
        key,
      ]);
      throw error;
    }
  }
}
