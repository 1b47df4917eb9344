/** Route names of the English pages end in this (the German route name comes first). */
export const ENGLISH_ROUTE_SUFFIX = '___en';

/** The name of a page's route whatever its language: "veranstaltungen-slug" for both. */
export function baseRouteName(name: unknown): string {
  const text = typeof name === 'string' ? name : '';
  return text.endsWith(ENGLISH_ROUTE_SUFFIX) ? text.slice(0, -ENGLISH_ROUTE_SUFFIX.length) : text;
}
