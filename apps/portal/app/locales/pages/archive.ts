import type { Locale } from '@stadtgespraech/domain/common';

type Count = (n: number) => string;

/** The archive of past events, by language. */
const de = {
  title: 'Archiv',
  intro:
    'Vergangene Veranstaltungen mit Ergebnissen, Vortragsfolien und Bildern – das Wissen der Kleinstadt-Netzwerke. Veranstaltungen mit Dokumentation stehen oben.',
  searchLabel: 'Archiv durchsuchen',
  search: 'Suchbegriff',
  searchHint: 'z. B. Innenstadt, Bürgerrat oder Klimaschutz',
  submit: 'Suchen',
  results: 'Ergebnisse',
  resultsFor: (q: string) => `Ergebnisse für „${q}“`,
  count: ((n) => (n === 1 ? '1 Veranstaltung' : `${n} Veranstaltungen`)) as Count,
  empty: 'Keine vergangenen Veranstaltungen gefunden.',
  emptyHint: 'Versuchen Sie einen anderen oder kürzeren Suchbegriff.',
};

export const archiveTexts: Record<Locale, typeof de> = {
  de,
  en: {
    title: 'Archive',
    intro:
      'Past events with results, presentation slides and pictures – the knowledge of the small-town networks. Events with documentation are listed first.',
    searchLabel: 'Search the archive',
    search: 'Search term',
    searchHint:
      'e.g. Innenstadt (town centre), Bürgerrat (citizens’ assembly) or Klimaschutz (climate protection)',
    submit: 'Search',
    results: 'Results',
    resultsFor: (q: string) => `Results for “${q}”`,
    count: ((n) => (n === 1 ? '1 event' : `${n} events`)) as Count,
    empty: 'No past events found.',
    emptyHint: 'Try a different or shorter search term.',
  },
};
