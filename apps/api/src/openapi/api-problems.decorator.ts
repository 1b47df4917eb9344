import { applyDecorators } from '@nestjs/common';
import { ApiResponse, getSchemaPath } from '@nestjs/swagger';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input (problem document with `errors`)',
  403: 'Not allowed',
  404: 'Not found',
  409: 'Conflicts with the state of the event or registration',
  410: 'Gone (expired or over)',
  412: 'Stale: the resource changed since the version in If-Match',
  422: 'Valid shape, but not acceptable for this event',
  425: 'Too early',
  428: 'If-Match missing',
  503: 'Database unavailable',
};

/** Documents the problem documents an endpoint can answer with. */
export function ApiProblems(...statuses: number[]) {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: DESCRIPTIONS[status] ?? 'Problem',
        content: { 'application/problem+json': { schema: { $ref: getSchemaPath('ProblemDto') } } },
      }),
    ),
  );
}
