import { de, type MessageKey, type Messages } from './de';

export type { MessageKey, Messages } from './de';
export type Locale = 'de';

// English follows as `en.ts` typed `Messages` (and a reactive choice of locale); until then
// German is the only one.
const catalogs: Record<Locale, Messages> = { de };
const numberLocales: Record<Locale, string> = { de: 'de-DE' };
const current: Locale = 'de';

/** The text of `key`, with `{name}` placeholders replaced by `params`. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = catalogs[current][key];
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

/** Whether `key` is a text of the catalogue (for keys built from API values, e.g. templates). */
function hasMessage(key: string): key is MessageKey {
  return key in catalogs[current];
}

/** The text of `key` when the dictionary has it, else `fallback` (codes this version does not name). */
export function tOr(key: string, fallback: string): string {
  return hasMessage(key) ? t(key) : fallback;
}

/** `key.one` for exactly one, `key.other` otherwise (German and English plural rules). */
export function tn(key: PluralKey, count: number): string {
  return t(count === 1 ? `${key}.one` : `${key}.other`, { count });
}

type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}.one`
    ? `${Base}.other` extends MessageKey
      ? Base
      : never
    : never;
}[MessageKey];

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(numberLocales[current]).format(value);
}
