import { describe, expect, it } from '@jest/globals';
import { ProblemException } from '../../common/problem.js';
import { decodeCursor, encodeCursor } from './registration-cursor.js';

const expected = { sort: 'name', direction: 'asc', keyCount: 3 } as const;

describe('registration table cursor', () => {
  it('reads back the keys it wrote', () => {
    const keys = ['müller', 'anna', '2b0c6f9e-6c1a-4b53-9a57-5d0a3a6d7e11'];
    const token = encodeCursor({ sort: 'name', direction: 'asc', keys });
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(token, expected)).toEqual(keys);
  });

  it.each([
    ['another order', encodeCursor({ sort: 'registered', direction: 'asc', keys: ['a', 'b'] })],
    ['another direction', encodeCursor({ sort: 'name', direction: 'desc', keys: ['a', 'b', 'c'] })],
    ['too few keys', encodeCursor({ sort: 'name', direction: 'asc', keys: ['a', 'b'] })],
    ['no JSON', Buffer.from('{oops').toString('base64url')],
    ['a number as key', Buffer.from('["name","asc",[1,2,3]]').toString('base64url')],
  ])('refuses %s', (_, token) => {
    expect(() => decodeCursor(token, expected)).toThrow(ProblemException);
    try {
      decodeCursor(token, expected);
    } catch (error) {
      expect((error as ProblemException).code).toBe('REGISTRATION.CURSOR_INVALID');
    }
  });
});
