import { RegistrationStatus } from '../registrations/registration.js';
import { REGISTRATION_TRANSITIONS } from './registration-status.js';

const S = RegistrationStatus;

/**
 * Statuses staff can give a registration. "Pending" and "expired" come only from the registrant's
 * own address check; "awaiting approval" only from confirming an address for such an event.
 */
export const STAFF_SETTABLE_STATUSES = [
  S.Confirmed,
  S.Waitlisted,
  S.Rejected,
  S.Cancelled,
] as const;
export type StaffSettableStatus = (typeof STAFF_SETTABLE_STATUSES)[number];

/** The statuses staff may move a registration in status `from` to (none for final ones). */
export function staffTargets(from: RegistrationStatus): StaffSettableStatus[] {
  return STAFF_SETTABLE_STATUSES.filter((to) => REGISTRATION_TRANSITIONS[from]?.includes(to));
}

/** The mail that tells a registrant what staff did with the registration. */
export const StatusNotice = {
  /** A seat given directly (e.g. an address confirmed by phone). */
  Confirmed: 'confirmed',
  /** Approval of an event that needs it. */
  Approved: 'approved',
  /** A seat given from the waiting list. */
  Promoted: 'promoted',
  Waitlisted: 'waitlisted',
  Rejected: 'rejected',
  Cancelled: 'cancelled',
} as const;
export type StatusNotice = (typeof StatusNotice)[keyof typeof StatusNotice];

/** Which mail belongs to a status change staff make, from `from` to `to`. */
export function staffStatusNotice(from: RegistrationStatus, to: StaffSettableStatus): StatusNotice {
  switch (to) {
    case S.Confirmed:
      if (from === S.AwaitingApproval) return StatusNotice.Approved;
      return from === S.Waitlisted ? StatusNotice.Promoted : StatusNotice.Confirmed;
    case S.Waitlisted:
      return StatusNotice.Waitlisted;
    case S.Rejected:
      return StatusNotice.Rejected;
    case S.Cancelled:
      return StatusNotice.Cancelled;
  }
}

/** Whether a change staff make takes a seat, so the event's capacity must be checked first. */
export function takesSeat(from: RegistrationStatus, to: RegistrationStatus): boolean {
  return to === S.Confirmed && from !== S.Confirmed;
}

/** Whether a change gives a seat back, so the waiting list may move up. */
export function releasesSeat(from: RegistrationStatus, to: RegistrationStatus): boolean {
  // Moving someone to the waiting list (after lowering capacity) frees no seat for others.
  return from === S.Confirmed && to === S.Cancelled;
}
