import { mockNuxtImport, mountSuspended } from '@nuxt/test-utils/runtime';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import OrganisationIndex from '~/pages/organisationen/index.vue';
import SeriesIndex from '~/pages/reihen/index.vue';

const { get } = vi.hoisted(() => ({ get: vi.fn() }));
mockNuxtImport('useApi', () => () => ({ GET: get }));

const organisation = (slug: string, name: string, type: string) => ({
  slug,
  name,
  shortName: null,
  type,
  website: null,
  logo: null,
});

const ok = (data: unknown) => ({ data, response: new Response(null, { status: 200 }) });

describe('organisation overview', () => {
  beforeEach(() => {
    get.mockReset();
    get.mockResolvedValue(
      ok({
        items: [
          organisation('stadt-wittenberge', 'Stadt Wittenberge', 'municipality'),
          organisation('vhw', 'vhw – Bundesverband', 'association'),
          organisation('bbsr', 'BBSR', 'federal_authority'),
          organisation('hansestadt-osterburg', 'Hansestadt Osterburg', 'municipality'),
        ],
      }),
    );
  });

  it('groups organisations by type, carriers first, names in order', async () => {
    const page = await mountSuspended(OrganisationIndex, { route: '/organisationen' });

    expect(page.findAll('h2').map((h) => h.text().replace(/\s+/g, ' '))).toEqual([
      'Bundesbehörde (1 Organisation)',
      'Verband (1 Organisation)',
      'Kommune (2 Organisationen)',
    ]);
    const municipalities = page.findAll('section')[2]!.findAll('li');
    expect(municipalities.map((li) => li.find('a').text())).toEqual([
      'Hansestadt Osterburg',
      'Stadt Wittenberge',
    ]);
    expect(municipalities[1]!.find('a').attributes('href')).toBe(
      '/organisationen/stadt-wittenberge',
    );
  });

  it('links to the English organisation pages under /en', async () => {
    const page = await mountSuspended(OrganisationIndex, { route: '/en/organisations' });

    expect(page.find('h1').text()).toBe('Organisations');
    expect(page.find('a[href="/en/organisations/bbsr"]').exists()).toBe(true);
  });
});

describe('series overview', () => {
  it('lists each series with its counts, or says there is none', async () => {
    get.mockReset();
    get.mockResolvedValueOnce(
      ok({
        items: [
          {
            slug: 'kleinstadt-web-talks',
            title: 'Kleinstadt Web-Talks',
            subtitle: 'Praxiswissen kompakt',
            description: null,
            contactEmail: null,
            organisers: [],
            upcomingCount: 1,
            pastCount: 7,
          },
        ],
      }),
    );
    const page = await mountSuspended(SeriesIndex, { route: '/reihen' });

    expect(page.find('h2 a').attributes('href')).toBe('/reihen/kleinstadt-web-talks');
    expect(page.find('.series-item__counts').text()).toBe(
      '1 kommender Termin, 7 vergangene Veranstaltungen',
    );
  });
});
