import type { Locale } from '@stadtgespraech/domain/common';

/** The contact form, by language. */
const de = {
  title: 'Kontakt',
  intro: 'Schreiben Sie uns – wir antworten so bald wie möglich.',
  name: 'Name',
  email: 'E-Mail-Adresse',
  organisation: 'Organisation oder Kommune',
  subject: 'Betreff',
  message: 'Ihre Nachricht',
  recipient: 'Empfänger',
  recipientDefault: 'Betreiber des Portals',
  consent: 'Einwilligung',
  submit: 'Nachricht senden',
  requiredFields: {
    name: 'Bitte geben Sie Ihren Namen ein.',
    email: 'Bitte geben Sie Ihre E-Mail-Adresse ein.',
    subject: 'Bitte geben Sie einen Betreff ein.',
    message: 'Bitte schreiben Sie uns eine Nachricht.',
    consent: 'Bitte stimmen Sie der Verarbeitung Ihrer Angaben zu.',
  } as Record<string, string>,
  sent: 'Vielen Dank für Ihre Nachricht! Wir haben Ihnen eine Eingangsbestätigung per E-Mail gesendet.',
};

export const contactTexts: Record<Locale, typeof de> = {
  de,
  en: {
    title: 'Contact',
    intro: 'Write to us – we will reply as soon as possible.',
    name: 'Name',
    email: 'Email address',
    organisation: 'Organisation or municipality',
    subject: 'Subject',
    message: 'Your message',
    recipient: 'Recipient',
    recipientDefault: 'Portal operator',
    consent: 'Consent',
    submit: 'Send message',
    requiredFields: {
      name: 'Please enter your name.',
      email: 'Please enter your email address.',
      subject: 'Please enter a subject.',
      message: 'Please write us a message.',
      consent: 'Please agree to the processing of your details.',
    } as Record<string, string>,
    sent: 'Thank you for your message! We have sent you an acknowledgement of receipt by email.',
  },
};
