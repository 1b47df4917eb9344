import { StaffRole } from './staff.js';

/** Where an account stands: invited (no password yet), active, or disabled by an administrator. */
export const StaffAccountStatus = {
  Invited: 'invited',
  Active: 'active',
  Disabled: 'disabled',
} as const;
export type StaffAccountStatus = (typeof StaffAccountStatus)[keyof typeof StaffAccountStatus];

/** The status of an account from its two facts; a disabled invitation counts as disabled. */
export function staffAccountStatus(account: {
  disabled: boolean;
  hasPassword: boolean;
}): StaffAccountStatus {
  if (account.disabled) return StaffAccountStatus.Disabled;
  return account.hasPassword ? StaffAccountStatus.Active : StaffAccountStatus.Invited;
}

/** Why a role and a list of organisations do not fit together, or null when they do. */
export type StaffOrganisationsProblem =
  'organiser_needs_organisation' | 'only_organisers_have_organisations' | null;

/**
 * Organiser staff work for at least one organisation (their scope); administrators and
 * read-only accounts see everything, so organisations would mean nothing for them.
 */
export function staffOrganisationsProblem(
  role: StaffRole,
  organisations: readonly string[],
): StaffOrganisationsProblem {
  if (role === StaffRole.Organiser)
    return organisations.length ? null : 'organiser_needs_organisation';
  return organisations.length ? 'only_organisers_have_organisations' : null;
}

/** How long an invitation link stays valid. */
export const INVITATION_VALID_DAYS = 7;
/** How long a password-reset link stays valid (short: it opens an account). */
export const PASSWORD_RESET_VALID_MINUTES = 60;

/** What a link sent by mail lets its holder do: accept an invitation or reset the password. */
export const StaffLinkPurpose = {
  Invitation: 'invitation',
  PasswordReset: 'password_reset',
} as const;
export type StaffLinkPurpose = (typeof StaffLinkPurpose)[keyof typeof StaffLinkPurpose];
