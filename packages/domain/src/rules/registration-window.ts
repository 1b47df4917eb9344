import { DomainError } from '../common/errors.js';
import type { DateInput } from '../common/types.js';
import { EventStatus, RegistrationMode } from '../events/event.js';
import { RegistrationErrorCode } from './error-codes.js';
import { toInstant } from './instant.js';

/** What an event's registration form can do at a given moment. */
export const RegistrationState = {
  /** No registration needed. */
  None: 'none',
  /** Registration happens on another site. */
  External: 'external',
  /** The event was cancelled. */
  Cancelled: 'cancelled',
  /** Before `opensAt`, or the event is still a draft. */
  NotOpenYet: 'not_open_yet',
  Open: 'open',
  /** Every seat is taken; new registrants go to the waiting list. */
  FullWaitlist: 'full_waitlist',
  /** Every seat is taken and there is no waiting list. */
  Full: 'full',
  /** The deadline has passed or the event has started. */
  Closed: 'closed',
} as const;
export type RegistrationState = (typeof RegistrationState)[keyof typeof RegistrationState];

/** The parts of an event the registration window depends on; a full `Event` fits. */
export interface RegistrationWindowEvent {
  status: EventStatus;
  startsAt: DateInput;
  /** Not needed: an event that has started is closed for registration anyway. */
  endsAt?: DateInput;
  registration: {
    mode: RegistrationMode;
    opensAt: DateInput | null;
    deadline: DateInput | null;
    capacity: number | null;
    waitlistEnabled: boolean;
  };
}

/**
 * The registration state of an event at `now`, given how many registrations hold a seat.
 *
 * The deadline is inclusive: at its exact instant the form is still open. Without a deadline the
 * form stays open until the event starts. A draft counts as not open yet, because registration
 * opens when the event is published at the earliest.
 */
export function registrationState(
  event: RegistrationWindowEvent,
  confirmedCount: number,
  now: Date,
): RegistrationState {
  const { registration } = event;
  if (event.status === EventStatus.Cancelled) return RegistrationState.Cancelled;
  if (registration.mode === RegistrationMode.None) return RegistrationState.None;
  if (registration.mode === RegistrationMode.External) return RegistrationState.External;

  // `?? null`: plain-JS callers may leave optional settings undefined.
  const deadline = registration.deadline ?? null;
  const opensAt = registration.opensAt ?? null;
  const capacity = registration.capacity ?? null;
  const t = now.getTime();
  if (t >= toInstant(event.startsAt, 'startsAt').getTime()) return RegistrationState.Closed;
  if (deadline !== null && t > toInstant(deadline, 'deadline').getTime()) {
    return RegistrationState.Closed;
  }
  if (event.status === EventStatus.Draft) return RegistrationState.NotOpenYet;
  if (opensAt !== null && t < toInstant(opensAt, 'opensAt').getTime()) {
    return RegistrationState.NotOpenYet;
  }
  if (capacity !== null && confirmedCount >= capacity) {
    return registration.waitlistEnabled ? RegistrationState.FullWaitlist : RegistrationState.Full;
  }
  return RegistrationState.Open;
}

/** States in which the platform's form accepts a registration. */
export type AcceptingRegistrationState =
  typeof RegistrationState.Open | typeof RegistrationState.FullWaitlist;

const refusals: Readonly<
  Record<Exclude<RegistrationState, AcceptingRegistrationState>, RegistrationErrorCode>
> = {
  none: RegistrationErrorCode.NotAvailable,
  external: RegistrationErrorCode.NotAvailable,
  cancelled: RegistrationErrorCode.EventCancelled,
  not_open_yet: RegistrationErrorCode.NotOpenYet,
  full: RegistrationErrorCode.Full,
  closed: RegistrationErrorCode.DeadlinePassed,
};

/**
 * Throws a `DomainError` unless the form accepts a registration now; returns the state otherwise
 * (`full_waitlist` means the registrant will be waitlisted). An event that has started is refused
 * with `REGISTRATION.DEADLINE_PASSED` too: for the registrant it is the same situation.
 */
export function assertRegistrationOpen(
  event: RegistrationWindowEvent,
  confirmedCount: number,
  now: Date,
): AcceptingRegistrationState {
  const state = registrationState(event, confirmedCount, now);
  if (state === RegistrationState.Open || state === RegistrationState.FullWaitlist) return state;
  const code = refusals[state];
  throw new DomainError(code, `Registration is not possible: ${state}.`, { state });
}

/**
 * Whether `assertRegistrationOpen` can depend on the confirmed count: only for a limited event
 * without a waiting list, which turns people away once full. Otherwise callers need not count.
 */
export function seatCountDecidesAcceptance(event: RegistrationWindowEvent): boolean {
  return (event.registration.capacity ?? null) !== null && !event.registration.waitlistEnabled;
}
