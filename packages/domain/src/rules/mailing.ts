import { RegistrationStatus } from '../registrations/registration.js';

/**
 * Placeholders a mailing's subject and text may use, written `{{vorname}}`. The keys are German
 * because the staff who write the mails are; they are filled from each recipient's registration.
 */
export const MAILING_PLACEHOLDERS = [
  /** First name. */
  'vorname',
  /** Last name. */
  'nachname',
  /** Title, first and last name, e.g. "Dr. Jana Beispiel". */
  'name',
  /** The registrant's organisation. */
  'organisation',
  /** Title of the event. */
  'veranstaltung',
  /** Date line of the event in the recipient's language, e.g. "03. Juli 2025 | Online | 10:00-11:00 Uhr". */
  'termin',
] as const;
export type MailingPlaceholder = (typeof MAILING_PLACEHOLDERS)[number];

/** The values of every placeholder for one recipient. */
export type MailingValues = Record<MailingPlaceholder, string>;

// `{{ name }}` with optional spaces inside the braces; names are lower-case letters and digits.
const PLACEHOLDER = /\{\{\s*([^{}\s]*)\s*\}\}/g;

const isPlaceholder = (name: string): name is MailingPlaceholder =>
  (MAILING_PLACEHOLDERS as readonly string[]).includes(name);

/** The distinct placeholder names `text` uses, in order of first use (known or not). */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1]!))];
}

/** Placeholder names in `text` that `fillPlaceholders` would not know, e.g. a typo `{{vornmae}}`. */
export function unknownPlaceholders(text: string): string[] {
  return placeholdersIn(text).filter((name) => !isPlaceholder(name));
}

/**
 * `text` with every known placeholder replaced by its value (an empty value leaves nothing);
 * unknown ones stay as written, so a mistake shows instead of vanishing.
 */
export function fillPlaceholders(text: string, values: MailingValues): string {
  return text.replace(PLACEHOLDER, (whole, name: string) =>
    isPlaceholder(name) ? values[name] : whole,
  );
}

/**
 * Statuses whose registrants a mailing reaches: those with a confirmed address who hold or wait
 * for a seat. Unconfirmed addresses, cancellations, rejections and expired ones get no mailings.
 */
export const MAILABLE_STATUSES = [
  RegistrationStatus.Confirmed,
  RegistrationStatus.Waitlisted,
  RegistrationStatus.AwaitingApproval,
] as const;
export type MailableStatus = (typeof MAILABLE_STATUSES)[number];

/** Whether registrants in `status` may receive a mailing. */
export const isMailable = (status: RegistrationStatus): status is MailableStatus =>
  (MAILABLE_STATUSES as readonly RegistrationStatus[]).includes(status);

/** The statuses a mailing to a segment covers: the one chosen, or every mailable one. */
export function mailingStatuses(chosen?: MailableStatus): MailableStatus[] {
  return chosen ? [chosen] : [...MAILABLE_STATUSES];
}
