import type { Locale } from '@stadtgespraech/domain/common';

/** The newsletter pages (sign-up, confirmation, unsubscribe), by language. */
const de = {
  title: 'Newsletter: neue Termine per E-Mail',
  intro:
    'Erhalten Sie eine E-Mail, sobald neue Veranstaltungen angekündigt werden. Sie können die Auswahl auf Reihen oder Themen beschränken; ohne Auswahl erhalten Sie alle Termine.',
  email: 'E-Mail-Adresse',
  series: 'Veranstaltungsreihen',
  topics: 'Themen',
  consent: 'Einwilligung',
  submit: 'Newsletter bestellen',
  requiredFields: {
    email: 'Bitte geben Sie Ihre E-Mail-Adresse ein.',
    consent: 'Bitte stimmen Sie dem Erhalt der Termin-Empfehlungen zu.',
  } as Record<string, string>,
  sent: 'Fast geschafft! Bitte bestätigen Sie Ihre Anmeldung über den Link in der E-Mail, die wir Ihnen gerade gesendet haben.',
  confirmTitle: 'Newsletter bestätigen',
  confirmIntro: 'Bitte bestätigen Sie mit einem Klick, dass Sie den Newsletter erhalten möchten.',
  confirmButton: 'Newsletter bestätigen',
  confirmed: 'Vielen Dank! Ihre Anmeldung zum Newsletter ist bestätigt.',
  unsubscribeTitle: 'Newsletter abbestellen',
  unsubscribeIntro: 'Möchten Sie keine Termin-Empfehlungen mehr erhalten?',
  unsubscribeButton: 'Newsletter abbestellen',
  unsubscribed: 'Sie haben den Newsletter abbestellt. Ihre E-Mail-Adresse ist gelöscht.',
  invalid: 'Dieser Link ist ungültig oder abgelaufen.',
};

export const newsletterTexts: Record<Locale, typeof de> = {
  de,
  en: {
    title: 'Newsletter: new dates by email',
    intro:
      'Receive an email as soon as new events are announced. You can limit your selection to particular series or topics; if you select nothing, you will receive all dates.',
    email: 'Email address',
    series: 'Event series',
    topics: 'Topics',
    consent: 'Consent',
    submit: 'Subscribe to the newsletter',
    requiredFields: {
      email: 'Please enter your email address.',
      consent: 'Please agree to receive emails about new dates.',
    } as Record<string, string>,
    sent: 'Almost done! Please confirm your subscription using the link in the email we have just sent you.',
    confirmTitle: 'Confirm newsletter subscription',
    confirmIntro: 'Please confirm with one click that you would like to receive the newsletter.',
    confirmButton: 'Confirm subscription',
    confirmed: 'Thank you! Your newsletter subscription is confirmed.',
    unsubscribeTitle: 'Unsubscribe from the newsletter',
    unsubscribeIntro: 'Would you rather not receive emails about new dates any more?',
    unsubscribeButton: 'Unsubscribe from the newsletter',
    unsubscribed: 'You have unsubscribed from the newsletter. Your email address has been deleted.',
    invalid: 'This link is invalid or has expired.',
  },
};
