import { describe, expect, it } from '@jest/globals';
import { open, seal } from './secret-box.js';

const key = 'a'.repeat(40);

describe('secret box', () => {
  it('opens what it sealed, with a new nonce each time', () => {
    const first = seal(key, 'GEZDGNBVGY3TQOJQ');
    expect(first).not.toContain('GEZDGNBVGY3TQOJQ');
    expect(seal(key, 'GEZDGNBVGY3TQOJQ')).not.toBe(first);
    expect(open(key, first)).toBe('GEZDGNBVGY3TQOJQ');
  });

  it('refuses an altered box and another APP_SECRET', () => {
    const sealed = seal(key, 'secret');
    const altered = Buffer.from(sealed, 'base64url');
    altered[14] = altered[14]! ^ 1;
    expect(() => open(key, altered.toString('base64url'))).toThrow();
    expect(() => open('b'.repeat(40), sealed)).toThrow();
  });
});
