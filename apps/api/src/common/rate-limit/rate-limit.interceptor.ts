import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  SetMetadata,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { from, type Observable, switchMap } from 'rxjs';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import { preparedQuery } from '../../database/prepared-query.js';
import { ProblemException } from '../problem.js';

const RATE_LIMIT_GROUP = 'rateLimitGroup';

/** Counts requests of a client under a group name (e.g. "registration") against RATE_LIMIT_POSTS. */
export const RateLimited = (group: string) => SetMetadata(RATE_LIMIT_GROUP, group);

/**
 * Fixed-window rate limit per client and group, counted in PostgreSQL so that every API process
 * shares it. The counter is one upsert per request.
 */
@Injectable()
export class RateLimitInterceptor implements NestInterceptor {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const group = this.reflector.get<string | undefined>(RATE_LIMIT_GROUP, context.getHandler());
    if (!group) return next.handle();
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    return from(this.count(`${group}:${request.ip}`, reply)).pipe(switchMap(() => next.handle()));
  }

  private async count(key: string, reply: FastifyReply): Promise<void> {
    const windowMs = this.config.RATE_LIMIT_WINDOW_SECONDS * 1000;
    const windowStart = new Date(Math.floor(Date.now() / windowMs) * windowMs);
    // An upsert with RETURNING answers one row.
    const [row] = await preparedQuery<[{ hits: number }]>(
      this.dataSource.manager,
      `INSERT INTO rate_limit_window (key, window_start, hits) VALUES ($1, $2, 1)
       ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limit_window.hits + 1 RETURNING hits`,
      [key.slice(0, 200), windowStart],
    );
    if (row.hits > this.config.RATE_LIMIT_POSTS) {
      const retryAfter = Math.ceil((windowStart.getTime() + windowMs - Date.now()) / 1000);
      void reply.header('retry-after', String(retryAfter));
      throw new ProblemException(
        'REQUEST.RATE_LIMITED',
        `Try again in ${retryAfter} seconds.`,
        undefined,
        { retryAfter },
      );
    }
  }
}
