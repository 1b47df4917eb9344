/** Seats left; `null` capacity means unlimited (Infinity). Never negative, even when overbooked by staff. */
export function freeSeats(capacity: number | null, confirmedCount: number): number {
  if (capacity === null) return Infinity;
  return Math.max(0, capacity - confirmedCount);
}

/** What happens to a registration when its address is confirmed (double opt-in). */
export const ConfirmationOutcome = {
  Confirmed: 'confirmed',
  Waitlisted: 'waitlisted',
  AwaitingApproval: 'awaiting_approval',
  /** No seat and no waiting list. */
  RejectedFull: 'rejected_full',
} as const;
export type ConfirmationOutcome = (typeof ConfirmationOutcome)[keyof typeof ConfirmationOutcome];

/** Input of `decideOnConfirmation`; `confirmedCount` counts registrations that hold a seat. */
export interface ConfirmationContext {
  capacity: number | null;
  confirmedCount: number;
  waitlistEnabled: boolean;
  approvalRequired: boolean;
}

/**
 * Decides the status of a registration whose address was just confirmed: first confirmed, first
 * served. Staff approval comes before a seat is assigned, so with approval on the outcome is
 * always `awaiting_approval`; on approval, call again with `approvalRequired: false`.
 * Callers must decide under a lock (or equivalent) so concurrent confirmations see each other.
 */
export function decideOnConfirmation(context: ConfirmationContext): ConfirmationOutcome {
  if (context.approvalRequired) return ConfirmationOutcome.AwaitingApproval;
  if (freeSeats(context.capacity, context.confirmedCount) > 0) return ConfirmationOutcome.Confirmed;
  return context.waitlistEnabled
    ? ConfirmationOutcome.Waitlisted
    : ConfirmationOutcome.RejectedFull;
}

/** Input of `promotionsAfterRelease`. */
export interface PromotionContext {
  capacity: number | null;
  confirmedCount: number;
  /** Ids of waitlisted registrations, first in line first. */
  waitlist: readonly string[];
}

/**
 * The waitlisted registrations to promote after seats were freed (or capacity raised): first come,
 * first served, exactly as many as there are free seats.
 */
export function promotionsAfterRelease(context: PromotionContext): string[] {
  const free = freeSeats(context.capacity, context.confirmedCount);
  return context.waitlist.slice(0, Math.min(free, context.waitlist.length));
}
