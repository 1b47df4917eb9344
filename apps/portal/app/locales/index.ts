import type { Locale } from '@stadtgespraech/domain/common';
import { de, type Messages } from './de';

// German ships with every page; English is a chunk of its own that only English pages load, so
// the second language costs German visitors no JavaScript.
const loaded: Partial<Record<Locale, Messages>> = { de };

/** Loads the dictionary of a language (once); route middleware awaits it before rendering. */
export async function loadMessages(locale: Locale): Promise<void> {
  if (loaded[locale]) return;
  if (locale === 'en') loaded.en = (await import('./en')).en;
}

/** The dictionary of a language; German until a loaded one is there. */
export function messagesOf(locale: Locale): Messages {
  return loaded[locale] ?? de;
}

export type { Messages };
