import { de, type Messages } from '~/locales/de';

/**
 * The interface texts of the current language. German only for now; English becomes a second
 * dictionary of the same `Messages` shape chosen here, without touching any component.
 */
export function useT(): Messages {
  return de;
}
