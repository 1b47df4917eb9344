import { beforeEach, describe, expect, it } from '@jest/globals';
import { ResponseCache } from './response-cache.js';

const answer = (body: string) => ({ body, headers: { 'content-type': 'application/json' } });

describe('ResponseCache', () => {
  let cache: ResponseCache;
  beforeEach(() => {
    cache = new ResponseCache({ ttlMs: 1000, maxEntries: 3, maxBodyLength: 10 });
    cache.setEnabled(true);
  });

  it('keeps an answer encoded, with its headers', () => {
    expect(cache.setResponse('/a', answer('x'), cache.generation(), 0)).toBe(true);
    const kept = cache.get('/a', 1);
    expect(kept?.body).toEqual(Buffer.from('x'));
    expect(kept?.headers).toEqual({ 'content-type': 'application/json' });
  });

  it('does not keep large bodies, counted in bytes', () => {
    expect(cache.setResponse('/big', answer('ü'.repeat(6)), cache.generation(), 0)).toBe(false);
    expect(cache.setResponse('/ok', answer('ü'.repeat(5)), cache.generation(), 0)).toBe(true);
    expect(cache.get('/ok', 0)?.length).toBe(10);
  });

  it('refuses an answer read before a change that was announced meanwhile', () => {
    const startedAt = cache.generation();
    cache.clear();
    expect(cache.setResponse('/a', answer('stale'), startedAt, 0)).toBe(false);
  });
});
