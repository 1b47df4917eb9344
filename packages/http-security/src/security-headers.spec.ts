import { describe, expect, it } from '@jest/globals';
import { API_CSP } from './content-security-policy.js';
import { HSTS, isLocalHost, securityHeaders } from './security-headers.js';

describe('securityHeaders', () => {
  it('sends the policy, nosniff, frame denial, referrer and permissions policies', () => {
    const headers = securityHeaders({ csp: API_CSP, hsts: false });
    expect(headers['content-security-policy']).toContain("default-src 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  });

  it('adds HSTS only when asked and takes a stricter referrer policy', () => {
    expect(securityHeaders({ csp: API_CSP, hsts: false })).not.toHaveProperty(
      'strict-transport-security',
    );
    const strict = securityHeaders({ csp: API_CSP, hsts: true, referrerPolicy: 'no-referrer' });
    expect(strict['strict-transport-security']).toBe(HSTS);
    expect(strict['referrer-policy']).toBe('no-referrer');
  });
});

describe('isLocalHost', () => {
  it.each(['localhost', 'localhost:3000', '127.0.0.1:3001', '[::1]:3002', 'LOCALHOST'])(
    '%s is this machine',
    (host) => expect(isLocalHost(host)).toBe(true),
  );

  it.each(['stadtgespraech.de', 'localhost.example.org', '127.0.0.2', '', undefined])(
    '%s is not',
    (host) => expect(isLocalHost(host)).toBe(false),
  );
});
