import { createHmac, timingSafeEqual } from 'node:crypto';
import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  Logger,
  type NestInterceptor,
  SetMetadata,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type Observable, of } from 'rxjs';
import { AppConfig } from '../../config/app-config.js';

const DECOY = 'formProtectionDecoy';

/** The honeypot field: invisible to people, filled in by bots. */
export const HONEYPOT_FIELD = 'website';
/** Body field carrying the token the form got when it was rendered (optional for API clients). */
export const FORM_TOKEN_FIELD = 'formToken';

/**
 * Protects a public form endpoint without a captcha (captchas shut out people with disabilities):
 * a filled honeypot or a form sent back faster than FORM_MIN_FILL_SECONDS gets `decoy` as if it
 * had worked, and nothing happens. Both fields are removed before validation.
 */
export const FormProtected = (decoy: { status: number; body: unknown }) =>
  SetMetadata(DECOY, decoy);

export function signFormToken(secret: string, issuedAt: number): string {
  const mac = createHmac('sha256', secret).update(`form:${issuedAt}`).digest('base64url');
  return `${issuedAt}.${mac}`;
}

/** Age of a valid token in ms, or null when it is forged or malformed. */
export function formTokenAge(secret: string, token: unknown, now = Date.now()): number | null {
  if (typeof token !== 'string' || token.length > 100) return null;
  const [issued, mac] = token.split('.');
  const issuedAt = Number(issued);
  if (!Number.isSafeInteger(issuedAt) || !mac) return null;
  const expected = Buffer.from(signFormToken(secret, issuedAt));
  const given = Buffer.from(token);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return now - issuedAt;
}

@Injectable()
export class FormProtectionInterceptor implements NestInterceptor {
  private readonly logger = new Logger('FormProtection');

  constructor(
    private readonly config: AppConfig,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const decoy = this.reflector.get<{ status: number; body: unknown } | undefined>(
      DECOY,
      context.getHandler(),
    );
    if (!decoy) return next.handle();
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const body = request.body as Record<string, unknown> | null;
    if (!body || typeof body !== 'object' || Array.isArray(body)) return next.handle();
    const honeypot = body[HONEYPOT_FIELD];
    const token = body[FORM_TOKEN_FIELD];
    delete body[HONEYPOT_FIELD];
    delete body[FORM_TOKEN_FIELD];

    const age = token === undefined ? null : formTokenAge(this.config.APP_SECRET, token);
    const bot =
      (typeof honeypot === 'string' && honeypot.trim() !== '') ||
      (token !== undefined && (age === null || age < this.config.FORM_MIN_FILL_SECONDS * 1000));
    if (!bot) return next.handle();
    this.logger.warn(
      { requestId: request.id, route: request.url.split('?')[0] },
      'Form submission taken for a bot',
    );
    void context.switchToHttp().getResponse<FastifyReply>().status(decoy.status);
    return of(decoy.body);
  }
}
