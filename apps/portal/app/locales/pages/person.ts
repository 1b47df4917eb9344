import type { Locale } from '@stadtgespraech/domain/common';
import type { Contributor } from '@stadtgespraech/api-client';

/** The page of a speaker or moderator, by language. */
const de = {
  breadcrumb: 'Referentinnen und Referenten',
  organisation: 'Organisation',
  talks: 'Beiträge',
  upcoming: 'Kommende Veranstaltungen',
  past: 'Vergangene Veranstaltungen',
  none: 'Zurzeit sind keine Beiträge eingetragen.',
  role: {
    speaker: 'Vortrag',
    moderator: 'Moderation',
  } satisfies Record<Contributor['role'], string>,
};

export const personTexts: Record<Locale, typeof de> = {
  de,
  en: {
    breadcrumb: 'Speakers',
    organisation: 'Organisation',
    talks: 'Contributions',
    upcoming: 'Upcoming events',
    past: 'Past events',
    none: 'No contributions are currently listed.',
    role: {
      speaker: 'Talk',
      moderator: 'Moderation',
    } satisfies Record<Contributor['role'], string>,
  },
};
