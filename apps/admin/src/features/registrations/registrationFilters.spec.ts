import { describe, expect, it } from 'vitest';
import {
  DEFAULT_REGISTRATION_FILTERS,
  exportHref,
  hasNarrowingRegistrationFilters,
  nextSort,
  registrationFiltersFromQuery,
  registrationFiltersToApiQuery,
  registrationFiltersToQuery,
} from './registrationFilters';

describe('registration filters', () => {
  it('reads German parameters and round-trips them', () => {
    const query = {
      status: 'waitlisted',
      suche: 'Müller',
      land: 'DE-BY',
      organisationsart: 'municipality',
      anwesend: 'no',
      antwort: 'ernaehrung:vegan',
      sortierung: 'name',
      richtung: 'asc',
    };
    const filters = registrationFiltersFromQuery(query);
    expect(filters).toEqual({
      status: 'waitlisted',
      q: 'Müller',
      bundesland: 'DE-BY',
      organisationType: 'municipality',
      attended: 'no',
      answer: 'ernaehrung:vegan',
      sort: 'name',
      direction: 'asc',
    });
    expect(registrationFiltersToQuery(filters)).toEqual(query);
  });

  it('falls back to the defaults for unknown values and leaves defaults out of the address', () => {
    const filters = registrationFiltersFromQuery({
      status: 'approved',
      land: 'Bayern',
      sortierung: 'email',
      antwort: 'no key',
    });
    expect(filters).toEqual(DEFAULT_REGISTRATION_FILTERS);
    expect(registrationFiltersToQuery(filters)).toEqual({});
    expect(hasNarrowingRegistrationFilters(filters)).toBe(false);
  });

  it('asks the API for a page of the table, after a cursor when given', () => {
    const filters = { ...DEFAULT_REGISTRATION_FILTERS, status: 'confirmed' as const, q: ' Ana ' };
    expect(registrationFiltersToApiQuery(filters, 'abc')).toEqual({
      status: 'confirmed',
      q: 'Ana',
      sort: 'registered',
      direction: 'desc',
      limit: 50,
      cursor: 'abc',
    });
  });

  it('sorts a new column ascending and flips the current one', () => {
    expect(nextSort(DEFAULT_REGISTRATION_FILTERS, 'name')).toEqual({
      sort: 'name',
      direction: 'asc',
    });
    expect(nextSort(DEFAULT_REGISTRATION_FILTERS, 'registered')).toEqual({
      sort: 'registered',
      direction: 'asc',
    });
    expect(
      nextSort({ ...DEFAULT_REGISTRATION_FILTERS, sort: 'name', direction: 'asc' }, 'name'),
    ).toEqual({ sort: 'name', direction: 'desc' });
  });
});

describe('export link', () => {
  it('carries the filters and the chosen columns, not the order or paging', () => {
    const filters = {
      ...DEFAULT_REGISTRATION_FILTERS,
      status: 'confirmed' as const,
      bundesland: 'DE-BY' as const,
    };
    expect(exportHref('e1', filters, ['lastName', 'answer.workshop'])).toBe(
      '/api/v1/staff/events/e1/registrations/export?status=confirmed&bundesland=DE-BY&columns=lastName%2Canswer.workshop',
    );
    expect(exportHref('e1', DEFAULT_REGISTRATION_FILTERS)).toBe(
      '/api/v1/staff/events/e1/registrations/export',
    );
    expect(exportHref('e1', DEFAULT_REGISTRATION_FILTERS, [], 'xlsx')).toBe(
      '/api/v1/staff/events/e1/registrations/export?format=xlsx',
    );
  });
});
