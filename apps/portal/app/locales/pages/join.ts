import type { Locale } from '@stadtgespraech/domain/common';

/** The page behind the personal join link when it does not forward (yet), by language. */
const de = {
  title: 'Teilnehmen',
  notOpenTitle: 'Der Zugang ist noch nicht geöffnet',
  notOpen: (opensAt: string, startsAt: string) =>
    `Ihr persönlicher Zugang öffnet am ${opensAt}. Die Veranstaltung beginnt um ${startsAt}.`,
  notOpenHint:
    'Öffnen Sie diesen Link einfach noch einmal, wenn es so weit ist – aus der E-Mail oder mit der Schaltfläche unten. Sie werden dann direkt in die Videokonferenz weitergeleitet.',
  tryAgain: 'Erneut versuchen',
  closedTitle: 'Die Veranstaltung ist beendet',
  closed:
    'Der Zugang ist geschlossen. Die Dokumentation finden Sie, sobald sie veröffentlicht ist, auf der Seite der Veranstaltung.',
  noSeatTitle: 'Für diesen Link ist kein Platz bestätigt',
  noSeat:
    'Zugang erhalten nur bestätigte Teilnehmende. Stehen Sie auf der Warteliste, schicken wir Ihnen eine E-Mail, sobald ein Platz frei wird. Den Stand Ihrer Anmeldung sehen Sie über den Link in Ihrer Anmeldebestätigung.',
  cancelledTitle: 'Die Veranstaltung ist abgesagt',
  cancelled:
    'Diese Veranstaltung findet nicht statt. Wir haben alle Angemeldeten per E-Mail informiert.',
  missingTitle: 'Der Zugang wird gerade eingerichtet',
  missing:
    'Die Veranstalter haben den Link zur Videokonferenz noch nicht eingetragen. Bitte versuchen Sie es in ein paar Minuten noch einmal.',
  invalidTitle: 'Der Link ist ungültig',
  invalid:
    'Diesen Zugangslink kennen wir nicht. Bitte prüfen Sie, ob Sie ihn vollständig aus der E-Mail übernommen haben.',
  failedTitle: 'Der Zugang ist gerade nicht erreichbar',
  failed: 'Bitte versuchen Sie es in einem Moment noch einmal.',
  toEvents: 'Zu den Veranstaltungen',
};

export const joinTexts: Record<Locale, typeof de> = {
  de,
  en: {
    title: 'Join',
    notOpenTitle: 'Your access is not open yet',
    notOpen: (opensAt: string, startsAt: string) =>
      `Your personal access opens on ${opensAt}. The event starts at ${startsAt} (German time).`,
    notOpenHint:
      'Simply open this link again when the time comes – from the email or with the button below. You will then be taken straight to the video conference.',
    tryAgain: 'Try again',
    closedTitle: 'The event is over',
    closed: 'Access is closed. Once published, you will find the documentation on the event page.',
    noSeatTitle: 'No place is confirmed for this link',
    noSeat:
      'Only confirmed participants get access. If you are on the waiting list, we will email you as soon as a place becomes free. You can see the state of your registration through the link in your confirmation email.',
    cancelledTitle: 'The event has been cancelled',
    cancelled: 'This event will not take place. We have informed everyone registered by email.',
    missingTitle: 'Access is being set up',
    missing:
      'The organisers have not entered the video conference link yet. Please try again in a few minutes.',
    invalidTitle: 'The link is invalid',
    invalid:
      'We do not know this access link. Please check that you have copied it completely from the email.',
    failedTitle: 'Access is not available at the moment',
    failed: 'Please try again in a moment.',
    toEvents: 'Go to events',
  },
};
