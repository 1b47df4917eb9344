import { DomainError } from '../common/errors.js';
import { Limits } from '../common/limits.js';
import { SlugErrorCode } from './error-codes.js';

/** What every slug looks like: lowercase ASCII words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The slug of a text without a single letter or digit (e.g. "???"): "not available". */
export const SLUG_FALLBACK = 'n-a';

// German transliteration first (NFKD alone would turn "ü" into "u"), then letters NFKD cannot
// decompose.
const TRANSLITERATIONS: Readonly<Record<string, string>> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  Ä: 'Ae',
  Ö: 'Oe',
  Ü: 'Ue',
  ß: 'ss',
  ẞ: 'SS',
  æ: 'ae',
  Æ: 'Ae',
  œ: 'oe',
  Œ: 'Oe',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'Th',
};
const TRANSLITERABLE = new RegExp(`[${Object.keys(TRANSLITERATIONS).join('')}]`, 'g');

function assertMaxLength(maxLength: number): void {
  if (!Number.isInteger(maxLength) || maxLength < 1) {
    throw new RangeError(`maxLength must be a positive integer, got ${maxLength}`);
  }
}

function cut(slug: string, maxLength: number): string {
  return slug.slice(0, maxLength).replace(/-+$/, '');
}

/**
 * A URL slug of `text`: German umlauts and ß transliterated (ä → ae, ß → ss), other accents
 * stripped, lowercase, every run of other characters a single hyphen, at most `maxLength`
 * characters and never ending in a hyphen. A text without letters or digits yields
 * `SLUG_FALLBACK` ("n-a"). Idempotent: a slug is its own slug.
 */
export function slugify(text: string, maxLength: number = Limits.slug): string {
  assertMaxLength(maxLength);
  const slug = text
    .normalize('NFC')
    .replace(TRANSLITERABLE, (c) => TRANSLITERATIONS[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return cut(slug || SLUG_FALLBACK, maxLength) || cut(SLUG_FALLBACK, maxLength);
}

/**
 * The candidates `uniqueSlug` tries, in order: the slug of `base`, then `base-2`, `base-3`, …,
 * shortening the base so that each fits `maxLength`. For callers whose lookup is asynchronous.
 */
export function* slugCandidates(base: string, maxLength: number = Limits.slug): Generator<string> {
  const slug = slugify(base, maxLength);
  yield slug;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    if (suffix.length >= maxLength) return;
    // A slug starts with a letter or digit, so the shortened base is never empty.
    yield `${cut(slug, maxLength - suffix.length)}${suffix}`;
  }
}

/** How many candidates `uniqueSlug` tries before it gives up. */
export const UNIQUE_SLUG_ATTEMPTS = 1_000;

/**
 * The first of `base`, `base-2`, `base-3`, … that `isTaken` rejects, within `maxLength`.
 * Throws `SLUG.EXHAUSTED` after `UNIQUE_SLUG_ATTEMPTS` taken candidates.
 */
export function uniqueSlug(
  base: string,
  isTaken: (slug: string) => boolean,
  maxLength: number = Limits.slug,
): string {
  let attempts = 0;
  for (const candidate of slugCandidates(base, maxLength)) {
    if (!isTaken(candidate)) return candidate;
    if (++attempts >= UNIQUE_SLUG_ATTEMPTS) break;
  }
  throw new DomainError(SlugErrorCode.Exhausted, `No free slug for "${base}".`, { base, attempts });
}
