import { RegistrationStatus } from '../registrations/registration.js';

/** `part` of `whole` as a share between 0 and 1; null when there is no whole to measure. */
export function rate(part: number, whole: number): number | null {
  if (!Number.isFinite(part) || !Number.isFinite(whole) || whole <= 0 || part < 0) return null;
  return part / whole;
}

/**
 * Statuses of registrations whose address was confirmed (double opt-in done): everything but
 * those still pending and those that expired unconfirmed.
 */
export const ADDRESS_CONFIRMED_STATUSES: readonly RegistrationStatus[] = Object.values(
  RegistrationStatus,
).filter(
  (status) =>
    status !== RegistrationStatus.PendingConfirmation && status !== RegistrationStatus.Expired,
);

/** The figures of one event the dashboard compares. */
export interface EventFigures {
  /** Every registration, whatever became of it. */
  registrations: number;
  /** Registrations whose address was confirmed (`ADDRESS_CONFIRMED_STATUSES`). */
  addressConfirmed: number;
  /** Registrations holding a seat (status confirmed). */
  participants: number;
  /** Participants marked present. */
  attended: number;
}

/** How many registrations confirmed their address, and how many participants came. */
export function eventRates(figures: EventFigures): {
  confirmationRate: number | null;
  attendanceRate: number | null;
} {
  return {
    confirmationRate: rate(figures.addressConfirmed, figures.registrations),
    attendanceRate: rate(figures.attended, figures.participants),
  };
}

/** Seats taken of the capacity; null for events without a limit. May exceed 1 (added by hand). */
export function fillLevel(capacity: number | null, taken: number): number | null {
  return capacity === null ? null : rate(taken, capacity);
}
