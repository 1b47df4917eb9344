import { mockNuxtImport } from '@nuxt/test-utils/runtime';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { eventDetail, eventSummary } from '../../test/fixtures/events';

const { get } = vi.hoisted(() => ({ get: vi.fn() }));
mockNuxtImport('useApi', () => () => ({ GET: get }));

const ok = (data: unknown) => ({ data, response: new Response(null, { status: 200 }) });
const problem = (status: number, code: string) => ({
  error: { type: `/api/problems/${code}`, title: code, status, code },
  response: new Response(null, { status }),
});

/** Runs a page-data composable inside the Nuxt app, as a page's setup does. */
const inNuxt = <T>(composable: () => Promise<T>): Promise<T> =>
  useNuxtApp().runWithContext(composable);

describe('useEventPage', () => {
  beforeEach(() => {
    get.mockReset();
    clearNuxtData();
  });

  it('loads the event by its slug', async () => {
    get.mockResolvedValue(ok(eventDetail({ title: 'Vier Jahre Bürgerräte' })));

    const event = await inNuxt(() => useEventPage('vier-jahre-buergerraete'));

    expect(event.value.title).toBe('Vier Jahre Bürgerräte');
    expect(get).toHaveBeenCalledWith('/api/v1/events/{slug}', {
      params: { path: { slug: 'vier-jahre-buergerraete' } },
    });
  });

  it.each([
    [404, 'EVENT.NOT_FOUND', 404],
    [503, 'SERVICE.DATABASE_UNAVAILABLE', 500],
    [400, 'REQUEST.VALIDATION_FAILED', 500],
  ])('turns an API %i (%s) into a %i page', async (status, code, expected) => {
    get.mockResolvedValue(problem(status, code));

    const loading = inNuxt(() => useEventPage(`gibt-es-nicht-${status}`));

    await expect(loading).rejects.toMatchObject({ statusCode: expected, fatal: true });
  });

  it('turns an unreachable API into a 500 page', async () => {
    get.mockRejectedValue(new TypeError('fetch failed'));

    await expect(inNuxt(() => useEventPage('offline'))).rejects.toMatchObject({
      statusCode: 500,
    });
  });
});

describe('useHomePage', () => {
  beforeEach(() => {
    get.mockReset();
    clearNuxtData();
  });

  it('asks for six upcoming events and keeps the three latest news', async () => {
    get.mockImplementation(async (path: string) => {
      if (path === '/api/v1/events') {
        return ok({ total: 1, page: 1, pageSize: 6, items: [eventSummary()] });
      }
      if (path === '/api/v1/series') return ok({ items: [] });
      return ok({
        items: ['2023', '2025', '2022', '2024'].map((year) => ({
          slug: `news-${year}`,
          kind: 'report',
          title: year,
          publishedAt: `${year}-01-15T10:00:00Z`,
        })),
      });
    });

    const home = await inNuxt(() => useHomePage());

    expect(get).toHaveBeenCalledWith('/api/v1/events', {
      params: { query: { time: 'upcoming', pageSize: 6 } },
    });
    expect(home.value.news.map((n) => n.title)).toEqual(['2025', '2024', '2023']);
  });
});

describe('navigation prefetch', () => {
  beforeEach(() => {
    get.mockReset();
    clearNuxtData();
  });

  it('serves the page from the data loaded during navigation without asking again', async () => {
    get.mockResolvedValue(ok(eventDetail({ title: 'Vorab geladen' })));
    await inNuxt(() => prefetchPageData(eventSource(useApi(), 'vorab')));

    const event = await inNuxt(() => useEventPage('vorab'));

    expect(event.value.title).toBe('Vorab geladen');
    expect(get).toHaveBeenCalledTimes(1);
  });

  it('finds the data source of each page with API data', async () => {
    const router = useRouter();
    const keyOf = (path: string) => pageDataSource(router.resolve(path), useApi())?.key;

    expect(keyOf('/')).toBe('home');
    expect(keyOf('/veranstaltungen?time=past&page=2')).toBe('events:{"time":"past","page":"2"}');
    expect(keyOf('/veranstaltungen/demokratie-staerken')).toBe('event:demokratie-staerken');
    expect(keyOf('/aktuelles/kongress')).toBe('news:kongress');
    expect(keyOf('/impressum')).toBeUndefined();
  });
});
