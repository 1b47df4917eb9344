import { beforeEach, describe, expect, it } from '@jest/globals';
import { ResponseCache } from './response-cache.js';

const answer = (body: string) => ({ body, headers: { 'content-type': 'application/json' } });

describe('ResponseCache', () => {
  let cache: ResponseCache;
  beforeEach(() => {
    cache = new ResponseCache({ ttlMs: 1000, maxEntries: 3, maxBodyLength: 10 });
    cache.setEnabled(true);
  });

  it('serves a kept answer until it expires', () => {
    expect(cache.set('/a', answer('x'), cache.generation(), 0)).toBe(true);
    expect(cache.get('/a', 999)?.body.toString()).toBe('x');
    expect(cache.get('/a', 1000)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('keeps nothing while disabled, and drops everything when switched', () => {
    cache.set('/a', answer('x'), cache.generation(), 0);
    cache.setEnabled(false);
    expect(cache.get('/a', 1)).toBeUndefined();
    expect(cache.set('/a', answer('x'), cache.generation(), 1)).toBe(false);
    cache.setEnabled(true);
    expect(cache.get('/a', 1)).toBeUndefined();
  });

  it('refuses an answer read before a change that was announced meanwhile', () => {
    const startedAt = cache.generation();
    cache.clear();
    expect(cache.set('/a', answer('stale'), startedAt, 0)).toBe(false);
    expect(cache.get('/a', 0)).toBeUndefined();
  });

  it('drops the least recently used answer beyond its size', () => {
    for (const key of ['/a', '/b', '/c']) cache.set(key, answer(key), cache.generation(), 0);
    cache.get('/a', 1);
    cache.set('/d', answer('/d'), cache.generation(), 1);
    expect(cache.get('/b', 2)).toBeUndefined();
    expect(cache.get('/a', 2)?.body.toString()).toBe('/a');
    expect(cache.get('/d', 2)?.body.toString()).toBe('/d');
    expect(cache.size).toBe(3);
  });

  it('does not keep large bodies, counted in bytes', () => {
    expect(cache.set('/big', answer('ü'.repeat(6)), cache.generation(), 0)).toBe(false);
    expect(cache.set('/ok', answer('ü'.repeat(5)), cache.generation(), 0)).toBe(true);
    expect(cache.get('/ok', 0)?.length).toBe(10);
  });
});
