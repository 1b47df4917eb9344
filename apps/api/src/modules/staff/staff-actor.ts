import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ProblemException } from '../../common/problem.js';
import type { StaffContext } from './staff-auth.service.js';

/** Who acts, for the scope checks and the audit log. */
export interface StaffActor {
  staff: StaffContext;
  clientIp: string | null;
}

/** The staff member of a `@StaffOnly` request and the address the request came from. */
export const CurrentActor = createParamDecorator(
  (_: unknown, context: ExecutionContext): StaffActor => {
    const request = context.switchToHttp().getRequest<FastifyRequest & { staff?: StaffContext }>();
    if (!request.staff) throw new ProblemException('AUTH.SESSION_REQUIRED');
    return { staff: request.staff, clientIp: request.ip ?? null };
  },
);
