import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, jsonResponse, problemResponse } from '../../test/fakeApi';
import { series, staffEventPage as eventPage, staffEventRow } from '../../test/fixtures';
import { mountApp } from '../../test/mountApp';
import { SEARCH_DEBOUNCE_MS } from './eventFilters';

const EVENTS = '/api/v1/staff/events';

const talk = staffEventRow();
const meeting = staffEventRow({
  id: '7f0d6c52-3b1e-4f7a-9c55-0a6f0b2d1e02',
  slug: 'netzwerkgespraech-2025',
  title: 'Netzwerkgespräch Innenstadt',
  type: 'network_meeting',
  format: 'hybrid',
  status: 'cancelled',
  seriesTitle: null,
  capacity: null,
  confirmed: 12,
  waitlisted: 3,
  isDemo: true,
  isTeaser: true,
  startsAt: '2025-06-17T07:00:00.000Z',
  endsAt: '2025-06-18T14:00:00.000Z',
});

function api(events: (url: URL) => Response = () => jsonResponse(eventPage([talk, meeting]))) {
  return fakeApi({
    [EVENTS]: events,
    '/api/v1/series': () =>
      jsonResponse({
        items: [series(), series({ slug: 'kleinstadt-akademie', title: 'Kleinstadt Akademie' })],
      }),
  });
}

let wrapper: VueWrapper | undefined;
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
  vi.useRealTimers();
});

async function open(path: string, fake = api()) {
  const mounted = await mountApp(path, fake.client);
  wrapper = mounted.wrapper;
  return { ...mounted, ...fake };
}

const bodyRows = (w: VueWrapper) => w.findAll('table tbody tr');
const cells = (w: VueWrapper, row: number) =>
  bodyRows(w)
    [row]!.findAll('th, td')
    .map((cell) => cell.text().replace(/\s+/g, ' '));

describe('EventListPage', () => {
  it('shows the events of the API as rows of a captioned table', async () => {
    const { wrapper } = await open('/veranstaltungen');

    expect(wrapper.get('h1').text()).toBe('Veranstaltungen');
    expect(wrapper.get('table caption').text()).toBe('Kommende Veranstaltungen');
    expect(wrapper.findAll('thead th').map((th) => [th.text(), th.attributes('scope')])).toEqual([
      ['Datum', 'col'],
      ['Titel', 'col'],
      ['Reihe', 'col'],
      ['Art', 'col'],
      ['Format', 'col'],
      ['Status', 'col'],
      ['Anmeldungen', 'col'],
    ]);
    expect(bodyRows(wrapper)).toHaveLength(2);
    expect(cells(wrapper, 0)).toEqual([
      '09.10.2024 10:00-11:00 Uhr',
      'Klimaschutz und Klimaanpassung in Kleinstädten',
      'Kleinstadt Web-Talks',
      'Web-Talk',
      'Online',
      'Veröffentlicht',
      // The link names its event for screen readers (visually hidden), then the visible seats.
      'Anmeldungen zu Klimaschutz und Klimaanpassung in Kleinstädten: 42 von 100',
    ]);
    expect(wrapper.get('tbody a').attributes('href')).toBe(`/veranstaltungen/${talk.id}`);
    expect(cells(wrapper, 1)).toEqual([
      '17.06.2025 bis 18.06.2025',
      'Netzwerkgespräch Innenstadt Angekündigt Demo',
      'keine Angabe',
      'Netzwerkgespräch',
      'Hybrid',
      'Abgesagt',
      'Anmeldungen zu Netzwerkgespräch Innenstadt: 12 + 3 Warteliste',
    ]);
    expect(wrapper.get('[role="status"]').text()).toBe('2 Veranstaltungen gefunden');
  });

  it('asks the API for the first 20 upcoming events by default', async () => {
    const { requestsTo } = await open('/veranstaltungen');

    const [request] = requestsTo(EVENTS);
    expect(Object.fromEntries(request!.searchParams)).toEqual({
      time: 'upcoming',
      page: '1',
      pageSize: '20',
    });
  });

  it('takes the filters from the address, so links and reloads keep them', async () => {
    const { wrapper, requestsTo } = await open(
      '/veranstaltungen?zeitraum=alle&reihe=kleinstadt-akademie&suche=Klima&seite=2',
      api(() => jsonResponse(eventPage([talk], 21, 2))),
    );

    const params = requestsTo(EVENTS).at(-1)!.searchParams;
    expect(params.has('time')).toBe(false);
    expect(params.get('series')).toBe('kleinstadt-akademie');
    expect(params.get('q')).toBe('Klima');
    expect(params.get('page')).toBe('2');
    expect(wrapper.get<HTMLInputElement>('input[value="all"]').element.checked).toBe(true);
    expect(wrapper.get<HTMLSelectElement>('#event-series').element.value).toBe(
      'kleinstadt-akademie',
    );
    expect(wrapper.get<HTMLInputElement>('#event-search').element.value).toBe('Klima');
  });

  it('puts the chosen time range into the route query and loads it', async () => {
    const { wrapper, router, requestsTo } = await open('/veranstaltungen');

    await wrapper.get('input[value="past"]').setValue(true);
    await flushPromises();

    expect(router.currentRoute.value.query).toEqual({ zeitraum: 'vergangene' });
    expect(requestsTo(EVENTS).at(-1)!.searchParams.get('time')).toBe('past');
    expect(wrapper.get('table caption').text()).toBe('Vergangene Veranstaltungen');
  });

  it('puts the chosen series into the route query and starts at page 1', async () => {
    const { wrapper, router } = await open(
      '/veranstaltungen?seite=2',
      api(() => jsonResponse(eventPage([talk], 30, 2))),
    );

    await wrapper.get('#event-series').setValue('kleinstadt-web-talks');
    await flushPromises();

    expect(router.currentRoute.value.query).toEqual({ reihe: 'kleinstadt-web-talks' });
  });

  it('applies the search only after a pause in typing', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { wrapper, router, requestsTo } = await open('/veranstaltungen');
    const search = wrapper.get('#event-search');

    await search.setValue('Kli');
    await vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS - 100);
    await search.setValue('Klima');
    await vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS - 1);
    expect(router.currentRoute.value.query).toEqual({});

    await vi.advanceTimersByTimeAsync(1);
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ suche: 'Klima' });
    expect(requestsTo(EVENTS).map((url) => url.searchParams.get('q'))).toEqual([null, 'Klima']);
  });

  it('shows title and code of a problem in an alert', async () => {
    const { wrapper } = await open(
      '/veranstaltungen',
      api(() =>
        problemResponse(
          400,
          'REQUEST.VALIDATION_FAILED',
          'The request has invalid or unknown fields',
        ),
      ),
    );

    const alert = wrapper.get('[role="alert"]');
    expect(alert.text()).toContain('Die Anfrage enthält ungültige oder unbekannte Felder');
    expect(alert.get('code').text()).toBe('REQUEST.VALIDATION_FAILED');
    expect(wrapper.find('table').exists()).toBe(false);
  });

  it('loads again when asked to after an error', async () => {
    let calls = 0;
    const { wrapper } = await open(
      '/veranstaltungen',
      api(() =>
        ++calls === 1
          ? problemResponse(503, 'SERVICE.DATABASE_UNAVAILABLE', 'The database is not available')
          : jsonResponse(eventPage([talk])),
      ),
    );

    await wrapper.get('[role="alert"] button').trigger('click');
    await flushPromises();

    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
    expect(bodyRows(wrapper)).toHaveLength(1);
  });

  it('says so when no event matches', async () => {
    const { wrapper } = await open(
      '/veranstaltungen?suche=Raumfahrt',
      api(() => jsonResponse(eventPage([]))),
    );

    expect(wrapper.text()).toContain('Keine Veranstaltung passt zu diesen Filtern.');
    expect(wrapper.get('[role="status"]').text()).toBe('0 Veranstaltungen gefunden');
    expect(wrapper.find('table').exists()).toBe(false);
  });

  it('pages through 45 events as 3 pages of 20', async () => {
    const { wrapper, router, requestsTo } = await open(
      '/veranstaltungen',
      api((url) => jsonResponse(eventPage([talk], 45, Number(url.searchParams.get('page'))))),
    );
    const pager = () => wrapper.get('nav[aria-label="Seiten"]');

    expect(pager().text()).toContain('Seite 1 von 3');
    expect(pager().find('a[rel="prev"]').exists()).toBe(false);

    await pager().get('a[rel="next"]').trigger('click');
    await flushPromises();

    expect(router.currentRoute.value.query).toEqual({ seite: '2' });
    expect(requestsTo(EVENTS).at(-1)!.searchParams.get('page')).toBe('2');
    expect(pager().text()).toContain('Seite 2 von 3');
    expect(pager().find('a[rel="prev"]').exists()).toBe(true);
    expect(document.activeElement).toBe(wrapper.get('.table-wrap').element);
  });

  it('moves a link to a page beyond the last one to the last page', async () => {
    const { router } = await open(
      '/veranstaltungen?seite=9',
      api((url) =>
        jsonResponse(
          url.searchParams.get('page') === '3' ? eventPage([talk], 45, 3) : eventPage([], 45, 9),
        ),
      ),
    );

    expect(router.currentRoute.value.query).toEqual({ seite: '3' });
  });
});
