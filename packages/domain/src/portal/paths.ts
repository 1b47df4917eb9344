import { Locale } from '../common/types.js';

/** Where the English portal lives; German, the default language, has no prefix. */
export const ENGLISH_PATH_PREFIX = '/en';

// The German sections of the portal and their English names, longest first so that
// "/veranstaltungen/kalender" wins over "/veranstaltungen". Paths not listed (feeds, the /api
// proxy, the Leichte Sprache page) exist in German only and keep their German address.
const SECTIONS: readonly (readonly [german: string, english: string])[] = [
  ['/veranstaltungen/kalender', '/events/calendar'],
  ['/veranstaltungen', '/events'],
  ['/anmeldung/bestaetigen', '/registration/confirm'],
  ['/anmeldung/gesendet', '/registration/sent'],
  ['/anmeldung', '/registration'],
  ['/teilnehmen', '/join'],
  ['/newsletter/bestaetigen', '/newsletter/confirm'],
  ['/newsletter/abmelden', '/newsletter/unsubscribe'],
  ['/newsletter', '/newsletter'],
  ['/reihen', '/series'],
  ['/organisationen', '/organisations'],
  ['/personen', '/people'],
  ['/archiv', '/archive'],
  ['/aktuelles', '/news'],
  ['/kontakt', '/contact'],
  ['/barrierefreiheit', '/accessibility'],
  ['/impressum', '/legal-notice'],
  ['/datenschutz', '/privacy'],
];

const withinSection = (path: string, section: string) =>
  path === section || path.startsWith(`${section}/`);

function splitSuffix(path: string): [pathname: string, suffix: string] {
  const at = path.search(/[?#]/);
  return at === -1 ? [path, ''] : [path.slice(0, at), path.slice(at)];
}

/** The language a portal path is in: English under `/en`, German otherwise. */
export function portalPathLocale(path: string): Locale {
  const [pathname] = splitSuffix(path);
  return withinSection(pathname, ENGLISH_PATH_PREFIX) ? Locale.English : Locale.German;
}

/**
 * The address of a German portal path in a language: `/veranstaltungen/x?monat=…` becomes
 * `/en/events/x?monat=…` in English. Query and fragment are kept; paths that exist in German only
 * are returned unchanged.
 */
export function localisePath(germanPath: string, locale: Locale): string {
  if (locale === Locale.German) return germanPath;
  const [pathname, suffix] = splitSuffix(germanPath);
  if (pathname === '/' || pathname === '') return `${ENGLISH_PATH_PREFIX}${suffix}`;
  const match = SECTIONS.find(([german]) => withinSection(pathname, german));
  if (!match) return germanPath;
  const [german, english] = match;
  return `${ENGLISH_PATH_PREFIX}${english}${pathname.slice(german.length)}${suffix}`;
}

/**
 * The German address of a portal path in any language, the inverse of {@link localisePath}:
 * `/en/events/x` becomes `/veranstaltungen/x`. An English path of an unknown section keeps its
 * address without the prefix.
 */
export function germanPortalPath(path: string): string {
  const [pathname, suffix] = splitSuffix(path);
  if (!withinSection(pathname, ENGLISH_PATH_PREFIX)) return path;
  const rest = pathname.slice(ENGLISH_PATH_PREFIX.length);
  if (rest === '' || rest === '/') return `/${suffix}`;
  // Longest English name first, like the German list above.
  const match = [...SECTIONS]
    .sort((a, b) => b[1].length - a[1].length)
    .find(([, english]) => withinSection(rest, english));
  if (!match) return `${rest}${suffix}`;
  const [german, english] = match;
  return `${german}${rest.slice(english.length)}${suffix}`;
}
