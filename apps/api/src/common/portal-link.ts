import type { Locale } from '@stadtgespraech/domain/common';
import { localisePath } from '@stadtgespraech/domain/portal';

/**
 * The full address of a portal page in the reader's language: German paths are the contract
 * between API and portal, the domain package maps them to English (`/en/…`).
 */
export function portalLink(portalUrl: string, germanPath: string, locale: Locale = 'de'): string {
  return `${portalUrl.replace(/\/+$/, '')}${localisePath(germanPath, locale)}`;
}
