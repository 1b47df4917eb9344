import { describe, expect, it } from '@jest/globals';
import { base32Decode, base32Encode, totpCode, totpStep, verifyTotp } from './totp.js';

// RFC 6238, appendix B: the SHA-1 secret "12345678901234567890" (8-digit codes there; the
// 6-digit code is their last six digits).
const RFC_SECRET = base32Encode(Buffer.from('12345678901234567890'));

describe('TOTP', () => {
  it.each([
    [59, '287082'],
    [1111111109, '081804'],
    [1111111111, '050471'],
    [1234567890, '005924'],
    [2000000000, '279037'],
  ])('gives the RFC 6238 code at %i s', (seconds, code) => {
    expect(totpCode(RFC_SECRET, totpStep(new Date(seconds * 1000)))).toBe(code);
  });

  it('round-trips base32 and ignores case and spaces', () => {
    expect(RFC_SECRET).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    expect(Buffer.from(base32Decode('gezd gnbv gy3t qojq gezd gnbv gy3t qojq')).toString()).toBe(
      '12345678901234567890',
    );
    expect(() => base32Decode('not base32!')).toThrow();
  });

  it('accepts one step of drift, refuses older steps and anything used already', () => {
    const at = new Date(1111111111 * 1000);
    const step = totpStep(at);
    expect(verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, step - 1), at)).toBe(step - 1);
    expect(verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, step + 1), at)).toBe(step + 1);
    expect(verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, step - 2), at)).toBeNull();
    expect(verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, step), at, step)).toBeNull();
    expect(verifyTotp(RFC_SECRET, '12345', at)).toBeNull();
  });
});
