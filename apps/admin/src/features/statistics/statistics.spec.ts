import type { Statistics } from '@stadtgespraech/api-client';
import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi, jsonResponse } from '../../test/fakeApi';
import { mountApp } from '../../test/mountApp';
import {
  fillChart,
  formatFigure,
  ratesChart,
  seriesChart,
  sharesChart,
  timelineChart,
} from './statisticsCharts';

const PAST = '00000000-0000-4000-8000-0000000000f1';
const COMING = '00000000-0000-4000-8000-0000000000f2';
const statistics: Statistics = {
  upcoming: [
    {
      id: COMING,
      title: 'Klimaschutz in Kleinstädten',
      startsAt: '2026-12-03T09:00:00.000Z',
      capacity: 100,
      participants: 25,
      waitlisted: 0,
      fillLevel: 0.25,
    },
  ],
  recent: [
    {
      id: PAST,
      title: 'Innenstädte beleben',
      startsAt: '2026-11-05T09:00:00.000Z',
      series: 'Kleinstadt Web-Talks',
      registrations: 60,
      addressConfirmed: 48,
      participants: 40,
      attended: 30,
      confirmationRate: 0.8,
      attendanceRate: 0.75,
    },
    {
      id: '00000000-0000-4000-8000-0000000000f3',
      title: 'Wohnen im Alter',
      startsAt: '2026-10-01T08:00:00.000Z',
      series: null,
      registrations: 0,
      addressConfirmed: 0,
      participants: 0,
      attended: 0,
      confirmationRate: null,
      attendanceRate: null,
    },
  ],
  organisationTypes: [
    { key: 'municipality', count: 30 },
    { key: null, count: 2 },
  ],
  bundeslaender: [{ key: 'DE-BB', count: 12 }],
  series: [
    {
      id: '00000000-0000-4000-8000-0000000000f4',
      title: 'Kleinstadt Web-Talks',
      events: 2,
      participants: 40,
      attended: 30,
      participantsPerEvent: 20,
      attendanceRate: 0.75,
    },
  ],
};

describe('the chart data', () => {
  it('formats shares as per cent and counts in German, a missing figure as a dash', () => {
    expect(formatFigure(0.753, 'percent')).toBe('75\u00a0%');
    expect(formatFigure(1234.5, 'count')).toBe('1.234,5');
    expect(formatFigure(null, 'percent')).toBe('–');
  });

  it('labels events with their Berlin day and reads rates oldest first', () => {
    const rates = ratesChart(statistics);
    expect(rates.labels).toEqual([
      'Wohnen im Alter (01.10.2026)',
      'Innenstädte beleben (05.11.2026)',
    ]);
    expect(rates.series.map((series) => series.values)).toEqual([
      [null, 0.8],
      [null, 0.75],
    ]);
    expect(fillChart(statistics).series[0]).toMatchObject({ label: 'Auslastung', values: [0.25] });
  });

  it('names organisation types and Länder, and those who gave none', () => {
    expect(sharesChart(statistics.organisationTypes, 'organisationType').labels).toEqual([
      'Gemeinde oder Stadt',
      'keine Angabe',
    ]);
    expect(sharesChart(statistics.bundeslaender, 'bundesland').labels).toEqual(['Brandenburg']);
  });

  it('compares series and counts registrations by day', () => {
    expect(seriesChart(statistics).series.map((series) => series.values)).toEqual([
      [2],
      [20],
      [0.75],
    ]);
    const timeline = timelineChart([
      { day: '2026-11-01', registrations: 3, total: 3 },
      { day: '2026-11-02', registrations: 0, total: 3 },
    ]);
    expect(timeline.labels).toEqual(['01.11.', '02.11.']);
    expect(timeline.series[0]!.values).toEqual([3, 3]);
  });
});

let wrapper: VueWrapper | undefined;
afterEach(() => wrapper?.unmount());

describe('the statistics page', () => {
  it('shows every chart with its table and loads the timeline of the event chosen', async () => {
    const fake = fakeApi({
      '/api/v1/staff/statistics': () => jsonResponse(statistics),
      [`/api/v1/staff/statistics/events/${COMING}/timeline`]: () =>
        jsonResponse({
          eventId: COMING,
          days: [{ day: '2026-11-20', registrations: 25, total: 25 }],
        }),
      [`/api/v1/staff/statistics/events/${PAST}/timeline`]: () =>
        jsonResponse({ eventId: PAST, days: [] }),
    });
    ({ wrapper } = await mountApp('/auswertungen', fake.client));
    await flushPromises();

    expect(wrapper.get('h1').text()).toBe('Auswertungen');
    const captions = wrapper.findAll('figcaption').map((caption) => caption.text());
    expect(captions).toEqual([
      'Auslastung der nächsten 90 Tage',
      'Anmeldungen zu „Klimaschutz in Kleinstädten“ je Tag',
      'Bestätigungs- und Teilnahmequote',
      'Nach Art der Organisation',
      'Nach Bundesland',
      'Reihen im Vergleich',
    ]);
    const fill = wrapper.get('#statistics-fill-canvas');
    expect(fill.attributes('role')).toBe('img');
    expect(fill.attributes('aria-label')).toBe(
      'Balkendiagramm: Auslastung von 1 kommenden Veranstaltungen, davon 0 ausgebucht.',
    );
    const fillTable = wrapper.get('#statistics-fill-table').element.closest('table')!;
    expect(fillTable.querySelector('tbody tr')!.textContent).toContain('25\u00a0%');

    await wrapper.get('#statistics-event').setValue(PAST);
    await flushPromises();
    expect(fake.requestsTo(`/api/v1/staff/statistics/events/${PAST}/timeline`)).toHaveLength(1);
    expect(wrapper.text()).toContain('Zu dieser Veranstaltung gibt es noch keine Anmeldungen.');
  });
});
