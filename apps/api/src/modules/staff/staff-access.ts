import {
  applyDecorators,
  type CanActivate,
  createParamDecorator,
  type ExecutionContext,
  Injectable,
  SetMetadata,
  UseGuards,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiCookieAuth, ApiHeader } from '@nestjs/swagger';
import type { StaffRole } from '@stadtgespraech/domain/staff';
import type { FastifyRequest } from 'fastify';
import { ProblemException } from '../../common/problem.js';
import { ApiProblems } from '../../openapi/api-problems.decorator.js';
import { parseCookies } from './cookies.js';
import { type StaffContext, StaffAuthService } from './staff-auth.service.js';

/** The name of the session cookie (httpOnly, SameSite=Strict, path /api). */
export const STAFF_COOKIE = 'sg_staff';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const ACCESS = 'staffAccess';

interface AccessRule {
  /** Roles allowed; every role when empty. */
  roles: StaffRole[];
  /** Also for a session that still waits for the second factor (the login steps themselves). */
  loginStep: boolean;
}

type StaffRequest = FastifyRequest & { staff?: StaffContext };

/**
 * Lets a request through with a valid staff session of an allowed role; state-changing requests
 * must also carry the session's CSRF token in `X-CSRF-Token`.
 */
@Injectable()
export class StaffGuard implements CanActivate {
  constructor(
    private readonly auth: StaffAuthService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.get<AccessRule>(ACCESS, context.getHandler());
    const request = context.switchToHttp().getRequest<StaffRequest>();
    const token = parseCookies(request.headers.cookie)[STAFF_COOKIE];
    const staff = token ? await this.auth.resume(token) : null;
    if (!staff) throw new ProblemException('AUTH.SESSION_REQUIRED');
    if (!SAFE_METHODS.has(request.method)) {
      const header = request.headers['x-csrf-token'];
      if (!this.auth.csrfMatches(staff.session, typeof header === 'string' ? header : undefined))
        throw new ProblemException('AUTH.CSRF_INVALID');
    }
    if (
      !rule.loginStep &&
      (await this.auth.secondFactorState(staff.account, staff.session)) !== 'none'
    )
      throw new ProblemException('AUTH.SECOND_FACTOR_REQUIRED');
    if (rule.roles.length > 0 && !rule.roles.includes(staff.account.role))
      throw new ProblemException('AUTH.FORBIDDEN');
    request.staff = staff;
    return true;
  }
}

/**
 * Only for staff with one of `roles` (any role when none are given), with a complete login;
 * `loginStep` also admits a session that still waits for its second factor.
 */
export function StaffOnly(options: { roles?: StaffRole[]; loginStep?: boolean } = {}) {
  const rule: AccessRule = { roles: options.roles ?? [], loginStep: options.loginStep ?? false };
  return applyDecorators(
    SetMetadata(ACCESS, rule),
    UseGuards(StaffGuard),
    ApiCookieAuth(STAFF_COOKIE),
    ApiHeader({
      name: 'X-CSRF-Token',
      required: false,
      description: 'Required on POST, PUT, PATCH and DELETE: the csrfToken of GET /staff/session',
    }),
    ApiProblems(401, 403),
  );
}

/** The staff member whose session the guard accepted. */
export const CurrentStaff = createParamDecorator(
  (_: unknown, context: ExecutionContext): StaffContext => {
    const staff = context.switchToHttp().getRequest<StaffRequest>().staff;
    if (!staff) throw new ProblemException('AUTH.SESSION_REQUIRED');
    return staff;
  },
);
