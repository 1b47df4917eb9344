import type { Locale } from '@stadtgespraech/domain';
import { formatDateLine, formatDeadline, formatTimeRange } from '@stadtgespraech/domain/rules';
import { locationText } from '../../calendar/calendar-files.js';
import type { MailEventFacts, MailRecipient } from '../mail.types.js';
import type { Block } from './layout.js';

/** The platform's name where a mail has no event (newsletter, contact). */
export const PLATFORM_NAME = 'Stadtgespräch';

export const tr = (locale: Locale, de: string, en: string): string => (locale === 'en' ? en : de);

/** A title in the quotation marks of the language: „…“ or “…”. */
export const quoted = (title: string, locale: Locale): string =>
  locale === 'en' ? `“${title}”` : `„${title}“`;

const clean = (value: string | null | undefined) => value?.trim() || null;

/**
 * The salutation of a letter: "Sehr geehrte Frau Dr. Beispiel," / "Sehr geehrter Herr Beispiel,",
 * without one "Guten Tag Jana Beispiel,"; English "Dear Ms Beispiel," / "Dear Dr Beispiel,".
 */
export function greeting(recipient: Partial<MailRecipient> | null, locale: Locale): string {
  const title = clean(recipient?.academicTitle);
  const first = clean(recipient?.firstName);
  const last = clean(recipient?.lastName);
  const salutation = recipient?.salutation ?? null;
  const join = (...parts: (string | null)[]) => parts.filter(Boolean).join(' ');
  if (locale === 'en') {
    if (last && title) return `Dear ${join(title.replace(/\.$/, ''), last)},`;
    if (last && salutation === 'frau') return `Dear Ms ${last},`;
    if (last && salutation === 'herr') return `Dear Mr ${last},`;
    const name = join(first, last);
    return name ? `Dear ${name},` : 'Hello,';
  }
  if (last && salutation === 'frau') return `Sehr geehrte Frau ${join(title, last)},`;
  if (last && salutation === 'herr') return `Sehr geehrter Herr ${join(title, last)},`;
  return first || last ? `Guten Tag ${join(title, first, last)},` : 'Guten Tag,';
}

/** A moment in Berlin: "Montag, der 30. Juni 2025, 17:30 Uhr" / "Monday, 30 June 2025, 17:30". */
export function formatMoment(iso: string, locale: Locale): string {
  return `${formatDeadline(iso, locale)}, ${formatTimeRange({ startsAt: iso, endsAt: iso }, locale)}`;
}

/** The date line as the seeds print it, e.g. "03. Juli 2025 | Online | 10:00-11:00 Uhr". */
export const dateLine = (event: MailEventFacts, locale: Locale): string =>
  formatDateLine(
    { startsAt: event.startsAt, endsAt: event.endsAt, format: event.format, venue: event.venue },
    locale,
  );

/** Title, date line, place or platform, and the event page. */
export function eventFacts(event: MailEventFacts, locale: Locale): Block {
  const place = locationText(event);
  return {
    kind: 'facts',
    rows: [
      { label: tr(locale, 'Veranstaltung', 'Event'), value: event.title },
      { label: tr(locale, 'Termin', 'Date'), value: dateLine(event, locale) },
      ...(place ? [{ label: tr(locale, 'Ort', 'Place'), value: place }] : []),
      { label: tr(locale, 'Details', 'Details'), value: event.url, url: event.url },
    ],
  };
}

export const closing = (sender: string, locale: Locale): string[] => [
  tr(locale, 'Mit freundlichen Grüßen', 'Kind regards'),
  sender,
];

/** Organiser, contact address and why the mail came. */
export function registrationFooter(event: MailEventFacts, locale: Locale): string[] {
  return [
    `${tr(locale, 'Veranstalter', 'Organiser')}: ${event.organiserName}`,
    ...(event.contactEmail
      ? [
          `${tr(locale, 'Fragen zur Veranstaltung', 'Questions about the event')}: ${event.contactEmail}`,
        ]
      : []),
    tr(
      locale,
      `Sie erhalten diese E-Mail, weil mit Ihrer Adresse eine Anmeldung zu ${quoted(event.title, locale)} vorgenommen wurde.`,
      `You receive this e-mail because your address was used to register for ${quoted(event.title, locale)}.`,
    ),
  ];
}
