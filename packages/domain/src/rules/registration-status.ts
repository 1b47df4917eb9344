import { DomainError } from '../common/errors.js';
import { RegistrationStatus } from '../registrations/registration.js';
import { RegistrationErrorCode } from './error-codes.js';

const S = RegistrationStatus;

/** The allowed status changes of a registration. Cancelled, rejected and expired are final. */
export const REGISTRATION_TRANSITIONS: Readonly<
  Record<RegistrationStatus, readonly RegistrationStatus[]>
> = Object.freeze({
  [S.PendingConfirmation]: Object.freeze([
    S.Confirmed,
    S.Waitlisted,
    S.AwaitingApproval,
    // Confirmed an address for a full event without a waiting list.
    S.Rejected,
    S.Expired,
    S.Cancelled,
  ]),
  [S.Waitlisted]: Object.freeze([S.Confirmed, S.Cancelled]),
  [S.AwaitingApproval]: Object.freeze([S.Confirmed, S.Waitlisted, S.Rejected, S.Cancelled]),
  // Back to the waiting list only when staff move someone there, e.g. after lowering capacity.
  [S.Confirmed]: Object.freeze([S.Cancelled, S.Waitlisted]),
  [S.Cancelled]: Object.freeze([]),
  [S.Rejected]: Object.freeze([]),
  [S.Expired]: Object.freeze([]),
});

/** Whether a registration may change from `from` to `to`; staying the same is no transition. */
export function canTransition(from: RegistrationStatus, to: RegistrationStatus): boolean {
  return REGISTRATION_TRANSITIONS[from]?.includes(to) ?? false;
}

/** Throws `REGISTRATION.INVALID_TRANSITION` unless `canTransition(from, to)`. */
export function assertTransition(from: RegistrationStatus, to: RegistrationStatus): void {
  if (!canTransition(from, to)) {
    throw new DomainError(
      RegistrationErrorCode.InvalidTransition,
      `A registration cannot change from ${from} to ${to}.`,
      { from, to },
    );
  }
}

/** Whether a registration in this status takes one of the event's seats. */
export function holdsSeat(status: RegistrationStatus): boolean {
  return status === S.Confirmed;
}

/** Whether no further change is possible. */
export function isFinal(status: RegistrationStatus): boolean {
  return (REGISTRATION_TRANSITIONS[status]?.length ?? 0) === 0;
}
