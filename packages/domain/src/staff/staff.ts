import type { IsoDateTime, Uuid } from '../common/types.js';
import type { StaffAccountStatus } from './staff-rules.js';

/** What a staff member may do; organiser staff only for their organisations' events. */
export const StaffRole = {
  /** Everything, including staff management and settings. */
  Administrator: 'administrator',
  /** Events, series and documentation of their own organisations. */
  Organiser: 'organiser',
  /** Reports and exports only. */
  ReadOnly: 'read_only',
} as const;
export type StaffRole = (typeof StaffRole)[keyof typeof StaffRole];

/** A staff account as the admin app sees it (never the password hash or second-factor secret). */
export interface StaffAccount {
  id: Uuid;
  email: string;
  displayName: string;
  role: StaffRole;
  /** Organisation slugs an organiser works for; empty for the other roles. */
  organisations: string[];
  secondFactorEnabled: boolean;
  status: StaffAccountStatus;
  lastLoginAt: IsoDateTime | null;
  /** Raised by every edit; sent back in If-Match. */
  version: number;
  createdAt: IsoDateTime;
}

/** The fewest characters a staff password may have (BSI: length beats composition rules). */
export const MIN_PASSWORD_LENGTH = 12;
/** The most characters a staff password may have (argon2 input stays bounded). */
export const MAX_PASSWORD_LENGTH = 200;
