import { beforeEach, describe, expect, it } from '@jest/globals';
import { KeptValues } from './kept-values.js';

describe('KeptValues', () => {
  let kept: KeptValues<string>;
  beforeEach(() => {
    kept = new KeptValues({ ttlMs: 1000, maxEntries: 3 });
    kept.setEnabled(true);
  });

  it('gives a kept value until it expires', () => {
    expect(kept.set('a', 'x', kept.generation(), 0)).toBe(true);
    expect(kept.get('a', 999)).toBe('x');
    expect(kept.get('a', 1000)).toBeUndefined();
    expect(kept.size).toBe(0);
  });

  it('keeps nothing while disabled, and drops everything when switched', () => {
    kept.set('a', 'x', kept.generation(), 0);
    kept.setEnabled(false);
    expect(kept.get('a', 1)).toBeUndefined();
    expect(kept.set('a', 'x', kept.generation(), 1)).toBe(false);
    kept.setEnabled(true);
    expect(kept.get('a', 1)).toBeUndefined();
  });

  it('refuses a value read before a change that was announced meanwhile', () => {
    const startedAt = kept.generation();
    kept.clear();
    expect(kept.set('a', 'stale', startedAt, 0)).toBe(false);
    expect(kept.get('a', 0)).toBeUndefined();
  });

  it('drops the least recently used value beyond its size', () => {
    for (const key of ['a', 'b', 'c']) kept.set(key, key, kept.generation(), 0);
    kept.get('a', 1);
    kept.set('d', 'd', kept.generation(), 1);
    expect(kept.get('b', 2)).toBeUndefined();
    expect(kept.get('a', 2)).toBe('a');
    expect(kept.get('d', 2)).toBe('d');
    expect(kept.size).toBe(3);
  });

  describe('through', () => {
    it('reads once and keeps the value for the next caller', async () => {
      let reads = 0;
      const read = async () => `value ${++reads}`;
      expect(await kept.through('a', read)).toBe('value 1');
      expect(await kept.through('a', read)).toBe('value 1');
      expect(reads).toBe(1);
    });

    it('does not keep what was read while a change was announced', async () => {
      let reads = 0;
      const read = async () => {
        reads += 1;
        if (reads === 1) kept.clear();
        return `value ${reads}`;
      };
      expect(await kept.through('a', read)).toBe('value 1');
      expect(await kept.through('a', read)).toBe('value 2');
    });

    it('does not keep a miss', async () => {
      let reads = 0;
      const read = async () => {
        reads += 1;
        return undefined;
      };
      await kept.through('a', read);
      await kept.through('a', read);
      expect(reads).toBe(2);
    });

    it('reads every time while disabled', async () => {
      kept.setEnabled(false);
      let reads = 0;
      const read = async () => `value ${++reads}`;
      await kept.through('a', read);
      expect(await kept.through('a', read)).toBe('value 2');
    });
  });
});
