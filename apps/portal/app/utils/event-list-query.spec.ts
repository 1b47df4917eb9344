import { describe, expect, it } from 'vitest';
import {
  EVENTS_PAGE_SIZE,
  pageWindow,
  parseEventListQuery,
  toApiQuery,
  toRouteQuery,
} from './event-list-query';

describe('parseEventListQuery', () => {
  it('defaults to the first page of upcoming events', () => {
    expect(parseEventListQuery({})).toEqual({
      time: 'upcoming',
      q: '',
      series: '',
      topic: '',
      type: '',
      format: '',
      organisation: '',
      page: 1,
    });
  });

  it('reads every filter from the URL', () => {
    const filters = parseEventListQuery({
      time: 'past',
      q: '  Bürgerrat ',
      series: 'kleinstadt-web-talks',
      topic: 'wohnen',
      type: 'workshop',
      format: 'hybrid',
      organisation: 'vhw',
      page: '3',
    });

    expect(filters).toEqual({
      time: 'past',
      q: 'Bürgerrat',
      series: 'kleinstadt-web-talks',
      topic: 'wohnen',
      type: 'workshop',
      format: 'hybrid',
      organisation: 'vhw',
      page: 3,
    });
  });

  it.each([
    ['an unknown time', { time: 'soon' }, { time: 'upcoming' }],
    ['a page that is no number', { page: 'zwei' }, { page: 1 }],
    ['a page below one', { page: '0' }, { page: 1 }],
    ['a slug with odd characters', { series: '../admin' }, { series: '' }],
    ['an unknown type', { type: 'party' }, { type: '' }],
    ['an unknown format', { format: 'radio' }, { format: '' }],
    ['an organisation with odd characters', { organisation: 'a b' }, { organisation: '' }],
  ])('falls back to the default for %s', (_case, query, expected) => {
    expect(parseEventListQuery(query)).toMatchObject(expected);
  });

  it('takes the first of repeated parameters', () => {
    expect(parseEventListQuery({ topic: ['wohnen', 'mobilitaet'] }).topic).toBe('wohnen');
  });
});

describe('toApiQuery and toRouteQuery', () => {
  const filters = parseEventListQuery({ time: 'past', series: 'kleinstadt-web-talks', page: '2' });
  const typed = parseEventListQuery({ type: 'web_talk', format: 'online', organisation: 'bbsr' });

  it('passes type, format and organisation to the API and the URL', () => {
    expect(toApiQuery(typed)).toMatchObject({
      type: 'web_talk',
      format: 'online',
      organisation: 'bbsr',
    });
    expect(toRouteQuery(typed)).toEqual({
      type: 'web_talk',
      format: 'online',
      organisation: 'bbsr',
    });
    expect(parseEventListQuery(toRouteQuery(typed))).toEqual(typed);
  });

  it('asks the API for one page with only the filters that are set', () => {
    expect(toApiQuery(filters)).toEqual({
      time: 'past',
      series: 'kleinstadt-web-talks',
      page: 2,
      pageSize: EVENTS_PAGE_SIZE,
    });
  });

  it('leaves defaults out of the URL', () => {
    expect(toRouteQuery({ ...filters, time: 'upcoming', page: 1 })).toEqual({
      series: 'kleinstadt-web-talks',
    });
  });

  it('round-trips through the URL', () => {
    expect(parseEventListQuery(toRouteQuery(filters))).toEqual(filters);
  });
});

describe('pageWindow', () => {
  it('offers no links for a single page', () => {
    expect(pageWindow(1, 1)).toEqual([]);
  });

  it('shows first, last and the neighbours of the current page with gaps', () => {
    const pages = pageWindow(5, 9).map((p) => (p ? p.page : '…'));

    expect(pages).toEqual([1, '…', 4, 5, 6, '…', 9]);
  });

  it('marks the current page', () => {
    expect(pageWindow(2, 3).filter((p) => p?.current)).toEqual([{ page: 2, current: true }]);
  });
});
