import type { Locale } from '@stadtgespraech/domain/common';

type Count = (n: number) => string;

/** The overview of all organisations, by language. */
const de = {
  title: 'Organisationen',
  intro:
    'Die Veranstalter, Mitveranstalter und Partner der Veranstaltungen – von Bundesbehörden und Verbänden bis zu Kommunen und Initiativen.',
  none: 'Zurzeit sind keine Organisationen eingetragen.',
  count: ((n) => (n === 1 ? '1 Organisation' : `${n} Organisationen`)) as Count,
};

export const organisationIndexTexts: Record<Locale, typeof de> = {
  de,
  en: {
    title: 'Organisations',
    intro:
      'The organisers, co-organisers and partners of the events – from federal authorities and associations to municipalities and initiatives.',
    none: 'No organisations are listed at the moment.',
    count: ((n) => (n === 1 ? '1 organisation' : `${n} organisations`)) as Count,
  },
};
