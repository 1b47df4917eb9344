import { messagesOf, type Messages } from '~/locales';

/** The interface texts of the page's language (German, or English under /en). */
export function useT(): Messages {
  return messagesOf(useLocale());
}
