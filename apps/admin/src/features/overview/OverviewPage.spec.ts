import { type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi, jsonResponse, problemResponse } from '../../test/fakeApi';
import { eventPage, eventSummary } from '../../test/fixtures';
import { mountApp } from '../../test/mountApp';

const upcoming = [
  eventSummary({ slug: 'a', title: 'Digitale Bürgerdienste', isDemo: true }),
  eventSummary({
    slug: 'b',
    title: 'Mobilität auf dem Land',
    startsAt: '2024-10-10T08:00:00.000Z',
    endsAt: '2024-10-10T09:00:00.000Z',
  }),
  eventSummary({ slug: 'c', title: 'Klimaschutz', series: null, isTeaser: true }),
];

function api() {
  return fakeApi({
    '/api/v1/events': (url) =>
      url.searchParams.get('time') === 'past'
        ? jsonResponse(eventPage([eventSummary()], 1234))
        : jsonResponse(eventPage(upcoming, 7)),
  });
}

let wrapper: VueWrapper | undefined;
afterEach(() => wrapper?.unmount());

describe('OverviewPage', () => {
  it('shows the totals of upcoming and past events', async () => {
    ({ wrapper } = await mountApp('/', api().client));

    const figures = wrapper.findAll('.figure').map((figure) => figure.text().replace(/\s+/g, ' '));
    expect(figures).toEqual(['7 Kommende Veranstaltungen', '1.234 Vergangene Veranstaltungen']);
    expect(wrapper.findAll('.figure').map((figure) => figure.attributes('href'))).toEqual([
      '/veranstaltungen',
      '/veranstaltungen?zeitraum=vergangene',
    ]);
  });

  it('asks only for what it shows: three upcoming events and one past', async () => {
    const fake = api();
    ({ wrapper } = await mountApp('/', fake.client));

    const queries = fake
      .requestsTo('/api/v1/events')
      .map((url) => Object.fromEntries(url.searchParams));
    expect(queries).toEqual(
      expect.arrayContaining([
        { time: 'upcoming', pageSize: '3' },
        { time: 'past', pageSize: '1' },
      ]),
    );
  });

  it('lists the next three events with their date line and markers', async () => {
    ({ wrapper } = await mountApp('/', api().client));

    const items = wrapper.findAll('.next-events__item');
    expect(items.map((item) => item.get('.next-events__title').text())).toEqual([
      'Digitale Bürgerdienste',
      'Mobilität auf dem Land',
      'Klimaschutz',
    ]);
    expect(items[0]!.get('.next-events__date').text()).toBe(
      '09. Oktober 2024 | Online | 10:00-11:00 Uhr',
    );
    expect(items[0]!.get('.next-events__meta').text().replace(/\s+/g, ' ')).toBe(
      'Web-Talk · Kleinstadt Web-Talks Demo',
    );
    expect(items[2]!.get('.next-events__meta').text().replace(/\s+/g, ' ')).toBe(
      'Web-Talk Angekündigt',
    );
  });

  it('shows a problem of the API in an alert', async () => {
    const fake = fakeApi({
      '/api/v1/events': () =>
        problemResponse(503, 'SERVICE.DATABASE_UNAVAILABLE', 'The database is not available'),
    });
    ({ wrapper } = await mountApp('/', fake.client));

    const alert = wrapper.get('[role="alert"]');
    expect(alert.text()).toContain('Die Datenbank ist nicht erreichbar');
    expect(alert.text()).toContain('SERVICE.DATABASE_UNAVAILABLE');
    expect(wrapper.find('.figure').exists()).toBe(false);
  });
});
