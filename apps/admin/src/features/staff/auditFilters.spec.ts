import { describe, expect, it } from 'vitest';
import {
  auditFiltersFromQuery,
  auditFiltersToApiQuery,
  auditFiltersToQuery,
  hasAuditFilters,
} from './auditFilters';

const ACCOUNT = '00000000-0000-4000-8000-000000000002';

describe('audit filters', () => {
  it('read from and write to the address with German names, dropping broken values', () => {
    const filters = auditFiltersFromQuery({
      aktion: 'registration.attendance-list',
      konto: ACCOUNT,
      von: '2026-03-28',
      bis: 'gestern',
      seite: '3',
    });
    expect(filters).toEqual({
      action: 'registration.attendance-list',
      account: ACCOUNT,
      from: '2026-03-28',
      to: '',
      page: 3,
    });
    expect(auditFiltersToQuery(filters)).toEqual({
      aktion: 'registration.attendance-list',
      konto: ACCOUNT,
      von: '2026-03-28',
      seite: '3',
    });
    expect(auditFiltersFromQuery({ aktion: 'DROP TABLE', konto: 'x', seite: '-1' })).toEqual({
      action: '',
      account: '',
      from: '',
      to: '',
      page: 1,
    });
  });

  it('ask the API for whole Berlin days, across the change to summer time', () => {
    const query = auditFiltersToApiQuery({
      action: '',
      account: '',
      from: '2026-03-28',
      to: '2026-03-29',
      page: 1,
    });
    // Midnight in winter is 23:00 UTC; the day after the change ends at 22:00 UTC.
    expect(query).toEqual({
      page: 1,
      pageSize: 50,
      from: '2026-03-27T23:00:00.000Z',
      to: '2026-03-29T22:00:00.000Z',
    });
  });

  it('know when anything narrows the log', () => {
    const none = { action: '', account: '', from: '', to: '', page: 2 };
    expect(hasAuditFilters(none)).toBe(false);
    expect(hasAuditFilters({ ...none, to: '2026-11-21' })).toBe(true);
  });
});
