import type { Organiser } from '@stadtgespraech/api-client';

export type OrganiserRole = Organiser['role'];

export interface OrganiserGroup {
  role: OrganiserRole;
  organisers: Organiser[];
}

const ROLE_ORDER: readonly OrganiserRole[] = ['host', 'co_host', 'partner'];

/**
 * Organisers grouped by role in the order the page shows them: hosts (Veranstalter), co-hosts
 * (Mitveranstalter), partners (Kooperationspartner); roles without organisers are left out and
 * each group keeps the API's order.
 */
export function groupOrganisers(organisers: readonly Organiser[]): OrganiserGroup[] {
  return ROLE_ORDER.map((role) => ({
    role,
    organisers: organisers.filter((organiser) => organiser.role === role),
  })).filter((group) => group.organisers.length > 0);
}
