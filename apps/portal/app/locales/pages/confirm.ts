import type { Locale } from '@stadtgespraech/domain/common';

/** The pages after registering and behind the confirmation link, by language. */
const de = {
  title: 'Anmeldung bestätigen',
  intro:
    'Bitte bestätigen Sie Ihre Anmeldung mit einem Klick auf die Schaltfläche. Erst dann ist Ihre E-Mail-Adresse bestätigt und wir vergeben Ihren Platz.',
  button: 'Anmeldung bestätigen',
  expiredTitle: 'Der Link ist abgelaufen',
  expired:
    'Dieser Bestätigungslink ist abgelaufen, weil die Anmeldung nicht rechtzeitig bestätigt wurde. Bitte melden Sie sich auf der Seite der Veranstaltung erneut an.',
  invalidTitle: 'Der Link ist ungültig',
  invalid:
    'Dieser Bestätigungslink ist ungültig. Bitte prüfen Sie, ob Sie ihn vollständig aus der E-Mail übernommen haben.',
  toEvents: 'Zu den Veranstaltungen',
  eventLead: 'Sie melden sich an für:',
  alreadyTitle: 'Ihre Anmeldung ist bereits bestätigt',
  already:
    'Sie haben Ihre E-Mail-Adresse schon bestätigt. Ihre Anmeldung und Ihren persönlichen Link finden Sie auf Ihrer Seite.',
  toRegistration: 'Zu Ihrer Anmeldung',
  registerAgain: 'Zur Veranstaltung, um sich erneut anzumelden',
};

export const confirmTexts: Record<Locale, typeof de> = {
  de,
  en: {
    title: 'Confirm registration',
    intro:
      'Please confirm your registration by clicking the button. Only then is your email address confirmed and your place allocated.',
    button: 'Confirm registration',
    expiredTitle: 'The link has expired',
    expired:
      'This confirmation link has expired because the registration was not confirmed in time. Please register again on the event page.',
    invalidTitle: 'The link is invalid',
    invalid:
      'This confirmation link is invalid. Please check that you have copied it completely from the email.',
    toEvents: 'Go to events',
    eventLead: 'You are registering for:',
    alreadyTitle: 'Your registration is already confirmed',
    already:
      'You have already confirmed your email address. You will find your registration and your personal link on your page.',
    toRegistration: 'Go to your registration',
    registerAgain: 'Go to the event to register again',
  },
};
