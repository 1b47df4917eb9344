import type { Locale } from '@stadtgespraech/domain/common';
import { germanPortalPath, localisePath, portalPathLocale } from '@stadtgespraech/domain/portal';
import type { ComputedRef } from 'vue';

/** The language of the current page: English under /en, German everywhere else. */
export function useLocale(): Locale {
  return portalPathLocale(useRoute().path);
}

/**
 * Turns the German path of a page into its address in the current language, for links:
 * `lp('/veranstaltungen')` is `/en/events` on English pages.
 */
export function useLocalePath(): (germanPath: string) => string {
  const locale = useLocale();
  return (germanPath) => localisePath(germanPath, locale);
}

/**
 * The address of the current page in each language (with its query), or null for English when
 * the page exists in German only (Leichte Sprache).
 */
export function useLanguageVersions(): ComputedRef<{ de: string; en: string | null }> {
  const route = useRoute();
  return computed(() => {
    const german = germanPortalPath(route.fullPath.split('#')[0] ?? '/');
    const english = localisePath(german, 'en');
    return { de: german, en: english === german ? null : english };
  });
}

/**
 * The `lang` attribute for content from the API (titles, descriptions), which is written in
 * German: set on English pages so screen readers switch voices (WCAG 3.1.2), absent otherwise.
 */
export function useContentLang(): 'de' | undefined {
  return useLocale() === 'de' ? undefined : 'de';
}
