/**
 * Every stable error code the API answers with, its HTTP status and a title. A problem document's
 * `type` is `/api/problems/<code>`, where GET returns this entry; docs/api-errors.md lists them.
 */
export const PROBLEMS = {
  'REQUEST.VALIDATION_FAILED': { status: 400, title: 'The request has invalid or unknown fields' },
  'REQUEST.MALFORMED': { status: 400, title: 'The request could not be read' },
  'REQUEST.TOO_LARGE': { status: 413, title: 'The request body is too large' },
  'REQUEST.URI_TOO_LONG': { status: 414, title: 'The request URI is too long' },
  'REQUEST.UNSUPPORTED_MEDIA_TYPE': {
    status: 415,
    title: 'The request body has an unsupported media type',
  },
  'ROUTE.NOT_FOUND': { status: 404, title: 'No such endpoint' },
  'ROUTE.METHOD_NOT_ALLOWED': { status: 405, title: 'The endpoint does not accept this method' },
  'EVENT.NOT_FOUND': { status: 404, title: 'No published event with this slug' },
  'SERIES.NOT_FOUND': { status: 404, title: 'No series with this slug' },
  'ORGANISATION.NOT_FOUND': { status: 404, title: 'No organisation with this slug' },
  'PERSON.NOT_FOUND': { status: 404, title: 'No person with this slug' },
  'NEWS.NOT_FOUND': { status: 404, title: 'No published news post with this slug' },
  'PROBLEM.NOT_FOUND': { status: 404, title: 'No such problem code' },
  'SERVICE.DATABASE_UNAVAILABLE': { status: 503, title: 'The database is not reachable' },
  'SERVICE.INTERNAL_ERROR': { status: 500, title: 'An unexpected error occurred' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemCode = keyof typeof PROBLEMS;

export const isProblemCode = (code: string): code is ProblemCode => Object.hasOwn(PROBLEMS, code);
