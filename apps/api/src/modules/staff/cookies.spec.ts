import { describe, expect, it } from '@jest/globals';
import { parseCookies, serializeCookie } from './cookies.js';

describe('cookies', () => {
  it('reads the first cookie of a name and skips malformed values', () => {
    expect(parseCookies('a=1; sg_staff=abc%2D; a=2; bad=%E0%A4%A; =x')).toEqual({
      a: '1',
      sg_staff: 'abc-',
    });
    expect(parseCookies(undefined)).toEqual({});
  });

  it('writes httpOnly, SameSite=Strict cookies, Secure when asked', () => {
    expect(serializeCookie('sg_staff', 'v', { path: '/api', secure: true, maxAge: 60 })).toBe(
      'sg_staff=v; Path=/api; HttpOnly; SameSite=Strict; Secure; Max-Age=60',
    );
    expect(serializeCookie('sg_staff', '', { path: '/api', secure: false, maxAge: 0 })).toBe(
      'sg_staff=; Path=/api; HttpOnly; SameSite=Strict; Max-Age=0',
    );
  });
});
