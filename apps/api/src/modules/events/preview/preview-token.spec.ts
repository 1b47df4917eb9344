import { describe, expect, it } from '@jest/globals';
import { previewToken, readPreviewToken } from './preview-token.js';

const SECRET = 'x'.repeat(48);
const EVENT = '7d0c6a44-1d8f-4b5e-9c1b-2f7a0c8e9d10';
const NOW = new Date('2026-11-21T10:00:00Z');
const LATER = new Date('2026-11-28T10:00:00Z');

describe('preview tokens', () => {
  it('name their event until they expire', () => {
    const token = previewToken(SECRET, EVENT, LATER);
    expect(readPreviewToken(SECRET, token, NOW)).toEqual({ eventId: EVENT });
    expect(readPreviewToken(SECRET, token, LATER)).toBe('expired');
  });

  it('are refused when altered, signed with another secret or malformed', () => {
    const token = previewToken(SECRET, EVENT, LATER);
    const [id, expiry, signature] = token.split('.') as [string, string, string];
    const otherEvent = `${id.slice(0, -1)}${id.endsWith('0') ? '1' : '0'}`;
    expect(readPreviewToken(SECRET, `${otherEvent}.${expiry}.${signature}`, NOW)).toBe('invalid');
    expect(readPreviewToken(SECRET, `${id}.zzzzzz.${signature}`, NOW)).toBe('invalid');
    expect(readPreviewToken('y'.repeat(48), token, NOW)).toBe('invalid');
    expect(readPreviewToken(SECRET, 'kaputt', NOW)).toBe('invalid');
    expect(readPreviewToken(SECRET, `${token}x`, NOW)).toBe('invalid');
  });
});
