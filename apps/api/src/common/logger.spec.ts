import { describe, expect, it } from '@jest/globals';
import { redactUrl } from './logger.js';

describe('redactUrl', () => {
  it.each([
    ['/api/v1/registrations/manage/abc123secret', '/api/v1/registrations/manage/[redacted]'],
    ['/api/v1/join/tok_456?x=1', '/api/v1/join/[redacted]?x=1'],
    ['/api/v1/registrations/confirm/xyz', '/api/v1/registrations/confirm/[redacted]'],
  ])('hides the token in %s', (url, expected) => {
    expect(redactUrl(url)).toBe(expected);
  });

  it('leaves ordinary paths alone', () => {
    expect(redactUrl('/api/v1/events/demo-talk?time=upcoming')).toBe(
      '/api/v1/events/demo-talk?time=upcoming',
    );
  });
});
