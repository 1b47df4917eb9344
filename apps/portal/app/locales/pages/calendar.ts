import type { Locale } from '@stadtgespraech/domain/common';

/** The month calendar of events, by language. */
const de = {
  title: 'Veranstaltungskalender',
  intro: 'Alle Termine eines Monats auf einen Blick. Die Zeiten gelten für Deutschland.',
  caption: (month: string) => `Veranstaltungen im ${month}`,
  monthNav: 'Monat wechseln',
  previous: (month: string) => `Vorheriger Monat: ${month}`,
  next: (month: string) => `Nächster Monat: ${month}`,
  current: 'Zum aktuellen Monat',
  today: 'heute',
  none: 'In diesem Monat sind keine Veranstaltungen eingetragen.',
  listLink: 'Alle Veranstaltungen als Liste',
  weekdays: [
    { short: 'Mo', long: 'Montag' },
    { short: 'Di', long: 'Dienstag' },
    { short: 'Mi', long: 'Mittwoch' },
    { short: 'Do', long: 'Donnerstag' },
    { short: 'Fr', long: 'Freitag' },
    { short: 'Sa', long: 'Samstag' },
    { short: 'So', long: 'Sonntag' },
  ],
};

export const calendarTexts: Record<Locale, typeof de> = {
  de,
  en: {
    title: 'Events calendar',
    intro: 'All events of a month at a glance. All times are German time.',
    caption: (month: string) => `Events in ${month}`,
    monthNav: 'Change month',
    previous: (month: string) => `Previous month: ${month}`,
    next: (month: string) => `Next month: ${month}`,
    current: 'Go to the current month',
    today: 'today',
    none: 'There are no events listed for this month.',
    listLink: 'All events as a list',
    weekdays: [
      { short: 'Mon', long: 'Monday' },
      { short: 'Tue', long: 'Tuesday' },
      { short: 'Wed', long: 'Wednesday' },
      { short: 'Thu', long: 'Thursday' },
      { short: 'Fri', long: 'Friday' },
      { short: 'Sat', long: 'Saturday' },
      { short: 'Sun', long: 'Sunday' },
    ],
  },
};
