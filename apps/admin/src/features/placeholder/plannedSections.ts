import type { MessageKey } from '../../i18n';

export interface PlannedSection {
  path: string;
  name: string;
  titleKey: MessageKey;
  aboutKey: MessageKey;
}

/** Sections of the back office that are not built yet; their routes say so instead of a 404. */
export const plannedSections: readonly PlannedSection[] = [
  {
    path: '/e-mails',
    name: 'mailings',
    titleKey: 'section.mailings',
    aboutKey: 'section.mailings.about',
  },
  {
    path: '/veranstaltungen/:slug',
    name: 'event-editor',
    titleKey: 'section.eventEditor',
    aboutKey: 'section.eventEditor.about',
  },
];
