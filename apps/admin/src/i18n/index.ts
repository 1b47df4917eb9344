import { de, type MessageKey, type Messages } from './de';
import { en } from './en';

export type { MessageKey, Messages } from './de';
export type Locale = 'de' | 'en';

const catalogs: Record<Locale, Messages> = { de, en };
const languageTags: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' };

/** Where the browser keeps the staff member's choice of language (this device only). */
export const LOCALE_STORAGE_KEY = 'stadtgespraech.admin.locale';

/** The language chosen on this device; German unless English was chosen. */
export function storedLocale(
  storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage,
): Locale {
  try {
    return storage?.getItem(LOCALE_STORAGE_KEY) === 'en' ? 'en' : 'de';
  } catch {
    // Storage can be blocked by policy on locked-down office PCs: German, then.
    return 'de';
  }
}

// Chosen once per page load; switching reloads the app, so every text, sorted list and date
// format follows at once instead of some of them keeping the old language.
let current: Locale = storedLocale();

/** The language of the texts, e.g. for `lang` attributes. */
export const currentLocale = (): Locale => current;

/** The BCP 47 tag for `Intl` formats of the current language: de-DE or en-GB. */
export const languageTag = (): string => languageTags[current];

/** Uses `locale` from now on (tests), without storing it. */
export function useLocale(locale: Locale): void {
  current = locale;
}

/** Stores the choice and reloads the app in that language. */
export function chooseLocale(
  locale: Locale,
  reload: () => void = () => window.location.reload(),
): void {
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Without storage the choice holds for this page only.
  }
  current = locale;
  reload();
}

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

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number format of the current language, made once per language and options (renders use it). */
export function numberFormat(options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${current}:${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(languageTag(), options);
    numberFormats.set(key, format);
  }
  return format;
}

export function formatNumber(value: number): string {
  return numberFormat().format(value);
}
