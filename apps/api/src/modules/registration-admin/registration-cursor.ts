import type { RegistrationSort, SortDirection } from '@stadtgespraech/domain/registrations';
import { ProblemException } from '../../common/problem.js';

/** Where a page of the registration table ends: the sort keys of its last row, as text. */
export interface RegistrationCursor {
  sort: RegistrationSort;
  direction: SortDirection;
  /** The values of the order's keys (the id last), as PostgreSQL printed them. */
  keys: string[];
}

/** An opaque, URL-safe token for the next page. */
export function encodeCursor(cursor: RegistrationCursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.direction, cursor.keys])).toString(
    'base64url',
  );
}

/**
 * Reads a cursor, refusing one of another order or direction (its keys would mean something
 * else) and anything that is not one of ours.
 */
export function decodeCursor(
  token: string,
  expected: { sort: RegistrationSort; direction: SortDirection; keyCount: number },
): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw new ProblemException('REGISTRATION.CURSOR_INVALID');
  }
  if (
    !Array.isArray(parsed) ||
    parsed[0] !== expected.sort ||
    parsed[1] !== expected.direction ||
    !Array.isArray(parsed[2]) ||
    parsed[2].length !== expected.keyCount ||
    !parsed[2].every((key: unknown) => typeof key === 'string' && key.length <= 400)
  )
    throw new ProblemException('REGISTRATION.CURSOR_INVALID');
  return parsed[2];
}
