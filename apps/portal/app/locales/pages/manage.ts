import type { Locale } from '@stadtgespraech/domain/common';

/** The personal registration page behind the manage link, by language. */
const de = {
  title: 'Ihre Anmeldung',
  statusHeading: 'Stand Ihrer Anmeldung',
  status: {
    pending_confirmation: 'Ihre E-Mail-Adresse ist noch nicht bestätigt.',
    confirmed: 'Platz bestätigt: Sie sind angemeldet.',
    waitlisted: 'Sie stehen auf der Warteliste.',
    awaiting_approval: 'Ihre Anmeldung wartet auf die Freigabe durch die Veranstalter.',
    cancelled: 'Diese Anmeldung ist storniert.',
    rejected:
      'Die Veranstaltung ist ausgebucht. Ihre Anmeldung konnte nicht berücksichtigt werden.',
    expired: 'Diese Anmeldung ist abgelaufen.',
  } as Record<string, string>,
  waitlistPosition: (n: number) => `Ihr Platz auf der Warteliste: ${n}`,
  notices: {
    confirmed: 'Vielen Dank! Ihre E-Mail-Adresse ist bestätigt und Ihr Platz ist reserviert.',
    waitlisted:
      'Vielen Dank! Ihre E-Mail-Adresse ist bestätigt. Alle Plätze sind vergeben; Sie stehen auf der Warteliste und erhalten eine E-Mail, sobald ein Platz frei wird.',
    awaiting_approval:
      'Vielen Dank! Ihre E-Mail-Adresse ist bestätigt. Die Veranstalter prüfen Ihre Anmeldung und informieren Sie per E-Mail.',
    rejected: 'Ihre E-Mail-Adresse ist bestätigt, aber die Veranstaltung ist leider ausgebucht.',
    changed: 'Ihre Änderungen sind gespeichert.',
    cancelled: 'Sie haben sich abgemeldet. Wir haben Ihnen eine Bestätigung per E-Mail gesendet.',
  } as Record<string, string>,
  join: 'Ihr persönlicher Zugangslink',
  joinHint:
    'Über diesen Link gelangen Sie zur Veranstaltung. Er öffnet kurz vor Beginn und gilt nur für Sie – bitte geben Sie ihn nicht weiter.',
  joinButton: 'Zur Veranstaltung beitreten',
  calendar: 'In den Kalender eintragen (.ics)',
  data: 'Ihre Angaben',
  answers: 'Ihre Antworten',
  consents: 'Ihre Einwilligungen',
  granted: 'erteilt',
  notGranted: 'nicht erteilt',
  recordedAt: (date: string) => `erfasst am ${date}`,
  yes: 'Ja',
  no: 'Nein',
  none: '–',
  change: 'Angaben ändern',
  save: 'Änderungen speichern',
  emailFixed:
    'Ihre E-Mail-Adresse können Sie nicht ändern. Melden Sie sich dafür bitte ab und mit der neuen Adresse neu an.',
  cancel: 'Abmelden',
  cancelHeading: 'Von der Veranstaltung abmelden',
  cancelIntro: 'Sie können nicht teilnehmen? Bitte melden Sie sich ab, damit Ihr Platz frei wird.',
  cancelQuestion: 'Möchten Sie sich wirklich von dieser Veranstaltung abmelden?',
  cancelConfirm: 'Ja, verbindlich abmelden',
  cancelAbort: 'Nein, angemeldet bleiben',
  invalidTitle: 'Anmeldung nicht gefunden',
  invalid:
    'Zu diesem Link gibt es keine Anmeldung. Bitte prüfen Sie, ob Sie ihn vollständig aus der E-Mail übernommen haben.',
};

export const manageTexts: Record<Locale, typeof de> = {
  de,
  en: {
    title: 'Your registration',
    statusHeading: 'Status of your registration',
    status: {
      pending_confirmation: 'Your email address has not been confirmed yet.',
      confirmed: 'Place confirmed: you are registered.',
      waitlisted: 'You are on the waiting list.',
      awaiting_approval: 'Your registration is awaiting approval by the organisers.',
      cancelled: 'This registration has been cancelled.',
      rejected: 'The event is fully booked. Your registration could not be accepted.',
      expired: 'This registration has expired.',
    } as Record<string, string>,
    waitlistPosition: (n: number) => `Your position on the waiting list: ${n}`,
    notices: {
      confirmed: 'Thank you! Your email address is confirmed and your place is reserved.',
      waitlisted:
        'Thank you! Your email address is confirmed. All places have been taken; you are on the waiting list and will receive an email as soon as a place becomes free.',
      awaiting_approval:
        'Thank you! Your email address is confirmed. The organisers will review your registration and let you know by email.',
      rejected: 'Your email address is confirmed, but unfortunately the event is fully booked.',
      changed: 'Your changes have been saved.',
      cancelled: 'You have cancelled your registration. We have sent you a confirmation by email.',
    } as Record<string, string>,
    join: 'Your personal join link',
    joinHint:
      'This link takes you to the event. It opens shortly before the start and is for you only – please do not pass it on.',
    joinButton: 'Join the event',
    calendar: 'Add to calendar (.ics)',
    data: 'Your details',
    answers: 'Your answers',
    consents: 'Your consents',
    granted: 'given',
    notGranted: 'not given',
    recordedAt: (date: string) => `recorded on ${date}`,
    yes: 'Yes',
    no: 'No',
    none: '–',
    change: 'Change details',
    save: 'Save changes',
    emailFixed:
      'You cannot change your email address. To use a different address, please cancel this registration and register again with the new address.',
    cancel: 'Cancel registration',
    cancelHeading: 'Cancel your registration for this event',
    cancelIntro:
      'Unable to attend? Please cancel your registration so that your place becomes free.',
    cancelQuestion: 'Do you really want to cancel your registration for this event?',
    cancelConfirm: 'Yes, cancel my registration',
    cancelAbort: 'No, keep my registration',
    invalidTitle: 'Registration not found',
    invalid:
      'There is no registration for this link. Please check that you have copied it completely from the email.',
  },
};
