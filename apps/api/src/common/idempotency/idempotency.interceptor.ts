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
import { preparedQuery } from '../../database/prepared-query.js';
import { RequestTransaction } from '../../database/request-transaction.js';
import { ProblemException } from '../problem.js';

const KEY = /^[A-Za-z0-9._:-]{8,100}$/;

/**
 * A claim still unfinished after this long was left by a version before ADR 0021, which claimed
 * outside the work's transaction: a retry may take it over. Claims are now taken in the request
 * transaction and never outlive it.
 */
export const ABANDONED_CLAIM_SECONDS = 30;

function requestHash(request: FastifyRequest): string {
  return createHash('sha256')
    .update(JSON.stringify(request.body ?? null))
    .digest('hex');
}

interface StoredKey {
  requestHash: string;
  status: number;
  body: unknown;
}

/** A twin request with the same key committed while this one waited for its claim. */
class AnsweredByTwin extends Error {}

/**
 * Makes POSTs safe to retry: the first response to an `Idempotency-Key` is stored and replayed
 * for the same key and body; the work is never done twice. The key is claimed, the work done and
 * the answer stored in one transaction (`RequestTransaction`, ADR 0021): if the database goes
 * away at any point, none of it happened and a retry does it cleanly; a concurrent twin waits for
 * the claim and then replays the answer.
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
    const stored = await this.stored(scope, key);
    // An unfinished claim goes through the transaction below, which may take it over.
    if (stored && stored.status !== 0) return this.replay(stored, hash, reply);

    const transaction = new RequestTransaction(this.dataSource, async (manager) => {
      // First in the transaction: a twin with the same key waits here until this one ends.
      const claimed = await preparedQuery(
        manager,
        `INSERT INTO idempotency_key (scope, key, request_hash, status, body) VALUES ($1, $2, $3, 0, 'null'::jsonb)
         ON CONFLICT (scope, key) DO UPDATE SET created_at = now()
          WHERE idempotency_key.status = 0 AND idempotency_key.request_hash = EXCLUDED.request_hash
            AND idempotency_key.created_at < now() - make_interval(secs => $4)
         RETURNING key`,
        [scope, key, hash, ABANDONED_CLAIM_SECONDS],
      );
      if (claimed.length === 0) throw new AnsweredByTwin();
    });
    try {
      const body = await transaction.run(() =>
        lastValueFrom(next.handle(), { defaultValue: null }),
      );
      await transaction.commit((manager) =>
        preparedQuery<void>(
          manager,
          `INSERT INTO idempotency_key (scope, key, request_hash, status, body) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (scope, key) DO UPDATE SET status = EXCLUDED.status, body = EXCLUDED.body
            WHERE idempotency_key.status = 0`,
          [scope, key, hash, reply.statusCode, JSON.stringify(body ?? null)],
        ),
      );
      return body;
    } catch (error) {
      // Nothing the request did stays: a retry may run again.
      await transaction.rollback();
      if (!(error instanceof AnsweredByTwin)) throw error;
      const answer = await this.stored(scope, key);
      if (!answer) throw new ProblemException('IDEMPOTENCY.IN_PROGRESS');
      return this.replay(answer, hash, reply);
    }
  }

  private async stored(scope: string, key: string): Promise<StoredKey | undefined> {
    const [stored] = await preparedQuery<StoredKey[]>(
      this.dataSource.manager,
      'SELECT request_hash AS "requestHash", status, body FROM idempotency_key WHERE scope = $1 AND key = $2',
      [scope, key],
    );
    return stored;
  }

  private replay(stored: StoredKey, hash: string, reply: FastifyReply): unknown {
    if (stored.requestHash !== hash) throw new ProblemException('IDEMPOTENCY.KEY_REUSED');
    if (stored.status === 0) throw new ProblemException('IDEMPOTENCY.IN_PROGRESS');
    void reply.status(stored.status).header('idempotent-replayed', 'true');
    return stored.body;
  }
}
