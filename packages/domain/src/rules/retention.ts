import { type CustomQuestion, QuestionType } from '../registrations/registration.js';
import type { DateInput } from '../common/types.js';
import { toInstant } from './instant.js';

/** Days after an event's end when its registrations are anonymised, unless the event says otherwise. */
export const DEFAULT_RETENTION_DAYS = 90;
/** The longest retention an event may set (ten years: the longest German keeping duty). */
export const MAX_RETENTION_DAYS = 3650;

const DAY_MS = 24 * 3_600_000;

/** When the registrations of an event ending at `endsAt` are anonymised. */
export function anonymisationDueAt(endsAt: DateInput, retentionDays: number): Date {
  return new Date(toInstant(endsAt, 'endsAt').getTime() + retentionDays * DAY_MS);
}

/** Whether the personal data of an event's registrations may be anonymised now (by hand). */
export function mayAnonymise(event: { endsAt: DateInput }, now: DateInput): boolean {
  return toInstant(event.endsAt, 'endsAt').getTime() <= toInstant(now, 'now').getTime();
}

/**
 * The keys of answers to drop on anonymisation: free text can name anyone. Choices and
 * checkboxes stay, so statistics over them keep working.
 */
export function personalAnswerKeys(questions: readonly Pick<CustomQuestion, 'key' | 'type'>[]) {
  const free: string[] = [QuestionType.Text, QuestionType.LongText];
  return questions.filter((q) => free.includes(q.type)).map((q) => q.key);
}

/** The address an anonymised registration keeps: unique, and of a domain that never receives mail. */
export const anonymisedEmail = (registrationId: string): string =>
  `${registrationId}@anonymisiert.invalid`;

/** True for an address `anonymisedEmail` made (RFC 2606 reserves `.invalid`). */
export const isUndeliverable = (email: string): boolean => /\.invalid$/i.test(email.trim());
