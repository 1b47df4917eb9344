import type { DateInput } from '../common/types.js';
import { AgendaItemKind } from '../events/event.js';
import { RegistrationStatus } from '../registrations/registration.js';
import { toInstant } from './instant.js';

/**
 * Whether a certificate of attendance may be issued: the person holds a seat and was checked in.
 * Registering alone proves nothing.
 */
export function mayCertifyAttendance(registration: {
  status: RegistrationStatus;
  attendedAt: DateInput | null;
}): boolean {
  return registration.status === RegistrationStatus.Confirmed && registration.attendedAt !== null;
}

const NOT_CONTENT: readonly AgendaItemKind[] = [AgendaItemKind.Welcome, AgendaItemKind.Break];

/**
 * What a certificate lists as the contents of an event: the titles of its talks, panels,
 * discussions and other items in agenda order; welcomes and breaks are not contents.
 */
export function certificateTopics(
  agenda: readonly { kind: AgendaItemKind; title: string }[],
): string[] {
  return agenda.filter((item) => !NOT_CONTENT.includes(item.kind)).map((item) => item.title);
}

/** Whole minutes from start to end (0 when the end is missing or not after the start). */
export function durationMinutes(event: { startsAt: DateInput; endsAt: DateInput | null }): number {
  if (event.endsAt === null) return 0;
  const minutes =
    (toInstant(event.endsAt, 'endsAt').getTime() -
      toInstant(event.startsAt, 'startsAt').getTime()) /
    60_000;
  return Math.max(0, Math.floor(minutes));
}
