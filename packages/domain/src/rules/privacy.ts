import type { DateInput } from '../common/types.js';
import type { RegistrationStatus } from '../registrations/registration.js';
import { mayAnonymise } from './retention.js';
import { isFinal } from './registration-status.js';

/**
 * The form an address is compared in: trimmed and lower-cased. Registrations, subscriptions and
 * the privacy tools all match addresses this way, so "Jana@Example.de" is one person.
 */
export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

/**
 * What erasing an address does to one of its registrations besides removing the personal data:
 * a registration still open for an event not yet over is cancelled first, so its seat goes to
 * the waiting list. Registrations of past events keep their status for the statistics.
 */
export function erasureCancels(
  registration: { status: RegistrationStatus },
  event: { endsAt: DateInput },
  now: DateInput,
): boolean {
  return !isFinal(registration.status) && !mayAnonymise(event, now);
}
