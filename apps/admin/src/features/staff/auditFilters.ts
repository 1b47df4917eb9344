import type { AuditQuery } from '@stadtgespraech/api-client';
import { berlin, berlinDatePlus } from '@stadtgespraech/domain/rules';
import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import { queryPage, queryText } from '../../lib/routeQuery';

export const AUDIT_PAGE_SIZE = 50;

/** The filters of the audit log: days are Berlin calendar days, both ends included. */
export interface AuditFilters {
  action: string;
  account: string;
  from: string;
  to: string;
  page: number;
}

const ACTION = /^[a-z_-]+(\.[a-z_-]+)*$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const valid = (value: string, pattern: RegExp) => (pattern.test(value) ? value : '');

/** Reads the filters from the route query (German names, like the paths); broken values drop. */
export function auditFiltersFromQuery(query: LocationQuery): AuditFilters {
  return {
    action: valid(queryText(query.aktion), ACTION),
    account: valid(queryText(query.konto), UUID),
    from: valid(queryText(query.von), DAY),
    to: valid(queryText(query.bis), DAY),
    page: queryPage(query.seite),
  };
}

/** The route query for `filters`, without the empty ones. */
export function auditFiltersToQuery(filters: AuditFilters): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (filters.action) query.aktion = filters.action;
  if (filters.account) query.konto = filters.account;
  if (filters.from) query.von = filters.from;
  if (filters.to) query.bis = filters.to;
  if (filters.page > 1) query.seite = String(filters.page);
  return query;
}

/** The query of GET /api/v1/staff/audit: a day runs from midnight to midnight in Berlin. */
export function auditFiltersToApiQuery(filters: AuditFilters): AuditQuery {
  const query: AuditQuery = { page: filters.page, pageSize: AUDIT_PAGE_SIZE };
  if (filters.action) query.action = filters.action;
  if (filters.account) query.account = filters.account;
  if (filters.from) query.from = berlin(filters.from, '00:00').toISOString();
  // Noon is safely inside the day whatever the clock change does to its ends.
  if (filters.to)
    query.to = berlin(berlinDatePlus(berlin(filters.to, '12:00'), 1), '00:00').toISOString();
  return query;
}

export const hasAuditFilters = (filters: AuditFilters): boolean =>
  Boolean(filters.action || filters.account || filters.from || filters.to);
