import { StaffRole } from '@stadtgespraech/domain/staff';
import type { StaffAccountEntity } from './staff-account.entity.js';

/** What a staff member may see and change; organisers only the events of their organisations. */
export interface StaffScope {
  /** Every event (administrators and read-only staff). */
  allEvents: boolean;
  /** The organisations of an organiser. */
  organisationIds: readonly string[];
  /** May change anything at all. */
  mayWrite: boolean;
}

export function staffScope(account: StaffAccountEntity): StaffScope {
  return {
    allEvents: account.role !== StaffRole.Organiser,
    organisationIds: (account.organisations ?? []).map((o) => o.id),
    mayWrite: account.role !== StaffRole.ReadOnly,
  };
}

/** Whether an event with these organisers is within reach of the scope. */
export function coversEvent(scope: StaffScope, organiserIds: readonly string[]): boolean {
  return scope.allEvents || organiserIds.some((id) => scope.organisationIds.includes(id));
}

/** Whether the scope may change an event with these organisers. */
export function mayChangeEvent(scope: StaffScope, organiserIds: readonly string[]): boolean {
  return scope.mayWrite && coversEvent(scope, organiserIds);
}
