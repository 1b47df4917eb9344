import type { Locale } from '@stadtgespraech/domain/common';

/** The overview of all series, by language. */
const de = {
  title: 'Veranstaltungsreihen',
  intro:
    'Die Reihen der Kleinstadt-Netzwerke: regelmäßige Web-Talks und Netzwerkgespräche zu den Themen kleiner Städte. Jede Reihe hat einen Kalender zum Abonnieren und einen Newsletter.',
  none: 'Zurzeit gibt es keine Veranstaltungsreihen.',
};

export const seriesIndexTexts: Record<Locale, typeof de> = {
  de,
  en: {
    title: 'Event series',
    intro:
      'The series of the small-town networks: regular web talks and network meetings on the topics of small towns. Each series has a calendar to subscribe to and a newsletter.',
    none: 'There are no event series at the moment.',
  },
};
