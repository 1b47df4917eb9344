import type { OrganiserRole } from '@stadtgespraech/domain/events';

/** Rows of a form's lists carry a key of their own, so Vue keeps inputs and focus in place. */
let nextKey = 0;
export const rowKey = (): string => `row-${++nextKey}`;

/** Moves an item of a list one place up (-1) or down (+1); at the ends nothing moves. */
export function move<T>(list: T[], index: number, by: -1 | 1): void {
  const target = index + by;
  if (target < 0 || target >= list.length) return;
  [list[index], list[target]] = [list[target]!, list[index]!];
}

/** One organiser of an event or series in a form; an empty id is a row not filled in yet. */
export interface OrganiserRow {
  key: string;
  organisationId: string;
  role: OrganiserRole;
}

export const organiserRows = (links: { organisationId: string; role: OrganiserRole }[]) =>
  links.map(({ organisationId, role }): OrganiserRow => ({ key: rowKey(), organisationId, role }));

/** The organisers to send: rows without an organisation are left out. */
export const organiserLinks = (rows: OrganiserRow[]) =>
  rows
    .filter((row) => row.organisationId)
    .map(({ organisationId, role }) => ({ organisationId, role }));
