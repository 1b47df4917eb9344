import type { Locale } from '@stadtgespraech/domain/common';
import { messagesOf, type Messages } from '~/locales';

/** The interface texts of the page's language (German, or English under /en). */
export function useT(): Messages {
  return messagesOf(useLocale());
}

/**
 * The texts of one page in the page's language. Long texts that only one page shows (legal
 * pages, the personal registration page) live with that page in `~/locales/pages`, so the
 * dictionary every page loads stays small.
 */
export function usePageTexts<T>(texts: Record<Locale, T>): T {
  return texts[useLocale()];
}
