import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { Limits } from '../common/limits.js';
import { SlugErrorCode } from './error-codes.js';
import {
  SLUG_FALLBACK,
  SLUG_PATTERN,
  UNIQUE_SLUG_ATTEMPTS,
  slugCandidates,
  slugify,
  uniqueSlug,
} from './slug.js';

// Texts with umlauts, combining marks, emoji and other scripts, not only ASCII.
const anyText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 150 }),
  fc.string({ unit: fc.constantFrom(...'äöüÄÖÜßẞéèñçøæ  -_/.&!?a1Z'), maxLength: 200 }),
);

describe('slugify', () => {
  it.each([
    ['Bürgerrat in Osterburg', 'buergerrat-in-osterburg'],
    [
      'Demokratie stärken: Per Bürgerrat zum Klimaschutzkonzept',
      'demokratie-staerken-per-buergerrat-zum-klimaschutzkonzept',
    ],
    ['Kleinstadt Web-Talks', 'kleinstadt-web-talks'],
    ['Öffentliche Straßen', 'oeffentliche-strassen'],
    ['ÄRGER ÜBER GROẞE ÖFEN', 'aerger-ueber-grosse-oefen'],
    ['Auftakt „Gemeinsam für das Quartier“ 2021', 'auftakt-gemeinsam-fuer-das-quartier-2021'],
    [
      'vhw – Bundesverband für Wohnen und Stadtentwicklung e. V.',
      'vhw-bundesverband-fuer-wohnen-und-stadtentwicklung-e-v',
    ],
    ['Café Crème à la carte', 'cafe-creme-a-la-carte'],
    ['Łódź & Ærøskøbing', 'lodz-aeroskobing'],
    ['Bu\u0308rger (decomposed umlaut)', 'buerger-decomposed-umlaut'],
    ['  --Already--spaced--  ', 'already-spaced'],
    ['Bad Soden-Salmünster', 'bad-soden-salmuenster'],
    ['17. Bundeskongress 2024', '17-bundeskongress-2024'],
    ['???', SLUG_FALLBACK],
    ['', SLUG_FALLBACK],
    ['🙂', SLUG_FALLBACK],
  ])('turns %p into %p', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('cuts at the maximum length without leaving a trailing hyphen', () => {
    expect(slugify('Klimaschutz und Klimaanpassung', 12)).toBe('klimaschutz');
    expect(slugify('Klimaschutz und Klimaanpassung', 15)).toBe('klimaschutz-und');
  });

  it(`defaults to Limits.slug (${Limits.slug}) characters`, () => {
    expect(slugify('a'.repeat(500))).toHaveLength(Limits.slug);
  });

  it('refuses a maximum length below 1', () => {
    expect(() => slugify('x', 0)).toThrow(RangeError);
  });

  it('always yields a well-formed slug within the maximum length', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 1, max: 150 }), (text, max) => {
        const slug = slugify(text, max);
        expect(slug).toMatch(SLUG_PATTERN);
        expect(slug.length).toBeLessThanOrEqual(max);
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 1, max: 150 }), (text, max) => {
        const slug = slugify(text, max);
        expect(slugify(slug, max)).toBe(slug);
      }),
    );
  });
});

describe('uniqueSlug', () => {
  it('returns the slug itself when it is free', () => {
    expect(uniqueSlug('Kleinstadt Web-Talks', () => false)).toBe('kleinstadt-web-talks');
  });

  it('counts up from 2 while slugs are taken', () => {
    const taken = new Set(['web-talk', 'web-talk-2', 'web-talk-3']);
    expect(uniqueSlug('Web-Talk', (s) => taken.has(s))).toBe('web-talk-4');
  });

  it('shortens the base so the suffix fits the maximum length', () => {
    const taken = new Set(['klimaschutz']);
    expect(uniqueSlug('Klimaschutz und mehr', (s) => taken.has(s), 11)).toBe('klimaschu-2');
  });

  it('gives up with a stable code when every candidate is taken', () => {
    expect(() => uniqueSlug('x', () => true)).toThrow(
      expect.objectContaining({
        code: SlugErrorCode.Exhausted,
        details: { base: 'x', attempts: UNIQUE_SLUG_ATTEMPTS },
      }),
    );
  });

  it('offers the same candidates for asynchronous lookups', () => {
    const candidates = slugCandidates('Web-Talk');
    expect([0, 1, 2].map(() => candidates.next().value)).toEqual([
      'web-talk',
      'web-talk-2',
      'web-talk-3',
    ]);
  });

  it('never returns a taken slug and always a well-formed one', () => {
    fc.assert(
      fc.property(
        anyText,
        fc.integer({ min: 4, max: 130 }),
        fc.integer({ min: 0, max: 30 }),
        fc.array(fc.string({ unit: fc.constantFrom('a', 'b', '-', '2', '3'), maxLength: 8 })),
        (base, max, takenInARow, extra) => {
          const first = slugify(base, max);
          const taken = new Set<string>();
          for (const candidate of slugCandidates(base, max)) {
            if (taken.size >= takenInARow) break;
            taken.add(candidate);
          }
          for (const e of extra) taken.add(e);
          taken.add(first);
          const slug = uniqueSlug(base, (s) => taken.has(s), max);
          expect(taken.has(slug)).toBe(false);
          expect(slug).toMatch(SLUG_PATTERN);
          expect(slug.length).toBeLessThanOrEqual(max);
        },
      ),
    );
  });
});
