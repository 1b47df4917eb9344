import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FILTERS,
  filtersFromQuery,
  filtersToApiQuery,
  filtersToQuery,
  type EventFilters,
} from './eventFilters';

describe('filtersFromQuery', () => {
  it('reads every filter from the German query names', () => {
    const filters = filtersFromQuery({
      zeitraum: 'vergangene',
      suche: ' Klima ',
      reihe: 'kleinstadt-web-talks',
      art: 'network_meeting',
      format: 'hybrid',
      status: 'abgesagt',
      seite: '3',
    });

    expect(filters).toEqual({
      time: 'past',
      q: 'Klima',
      series: 'kleinstadt-web-talks',
      type: 'network_meeting',
      format: 'hybrid',
      status: 'cancelled',
      page: 3,
    });
  });

  it('falls back to the defaults for unknown or broken values', () => {
    const filters = filtersFromQuery({
      zeitraum: 'morgen',
      art: 'party',
      format: 'radio',
      status: 'published',
      seite: '-2',
    });

    expect(filters).toEqual(DEFAULT_FILTERS);
  });

  it('takes the first of repeated parameters', () => {
    expect(filtersFromQuery({ seite: ['2', '5'] }).page).toBe(2);
  });
});

describe('filtersToQuery', () => {
  it('leaves the defaults out of the address', () => {
    expect(filtersToQuery({ ...DEFAULT_FILTERS })).toEqual({});
  });

  it('round-trips through the route query', () => {
    const filters: EventFilters = {
      time: 'all',
      q: 'Innenstadt',
      series: 'kleinstadt-akademie',
      type: 'workshop',
      format: 'in_person',
      status: 'draft',
      page: 2,
    };

    expect(filtersFromQuery(filtersToQuery(filters) as Record<string, string>)).toEqual(filters);
  });
});

describe('filtersToApiQuery', () => {
  it('asks for upcoming events, 20 per page, by default', () => {
    expect(filtersToApiQuery({ ...DEFAULT_FILTERS })).toEqual({
      time: 'upcoming',
      page: 1,
      pageSize: 20,
    });
  });

  it('sends no time for "Alle" and passes the other filters on', () => {
    const query = filtersToApiQuery({
      time: 'all',
      q: 'Klima',
      series: 'kleinstadt-web-talks',
      type: 'web_talk',
      format: 'online',
      status: 'cancelled',
      page: 4,
    });

    expect(query).toEqual({
      q: 'Klima',
      series: 'kleinstadt-web-talks',
      type: 'web_talk',
      format: 'online',
      status: 'cancelled',
      page: 4,
      pageSize: 20,
    });
  });
});
