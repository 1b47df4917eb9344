// One staff account per role for trying the admin app; printed by `npm start`. The passwords are
// public, so these accounts exist only where the demo content is loaded (never with SEED_DEMO=false).
import { StaffRole } from '@stadtgespraech/domain/staff';

export interface SeedStaffAccount {
  email: string;
  displayName: string;
  role: StaffRole;
  password: string;
  /** Organisation slugs (organiser staff). */
  organisations: string[];
}

export const DEMO_STAFF: SeedStaffAccount[] = [
  {
    email: 'verwaltung@stadtgespraech.demo',
    displayName: 'Vera Verwaltung (Demo)',
    role: StaffRole.Administrator,
    password: 'Demo-Verwaltung-2026',
    organisations: [],
  },
  {
    email: 'redaktion@stadtgespraech.demo',
    displayName: 'Robin Redaktion (Demo, vhw)',
    role: StaffRole.Organiser,
    password: 'Demo-Redaktion-2026',
    organisations: ['vhw'],
  },
  {
    email: 'lesen@stadtgespraech.demo',
    displayName: 'Lea Lesezugriff (Demo)',
    role: StaffRole.ReadOnly,
    password: 'Demo-Lesezugriff-2026',
    organisations: [],
  },
];
