import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi, jsonResponse, problemResponse } from '../../test/fakeApi';
import { ADMIN_SESSION, mountApp } from '../../test/mountApp';

const VHW = '00000000-0000-4000-8000-0000000000d1';
const BBSR = '00000000-0000-4000-8000-0000000000d2';
const WEB_TALKS = '00000000-0000-4000-8000-0000000000c1';
const webTalks = {
  id: WEB_TALKS,
  slug: 'kleinstadt-web-talks',
  title: 'Kleinstadt Web-Talks',
  subtitle: 'Praxiswissen kompakt',
  description: null,
  contactEmail: 'kleinstadt@vhw.de',
  organisers: [{ organisationId: VHW, slug: 'vhw', name: 'vhw', shortName: 'vhw', role: 'host' }],
  events: 12,
  subscriptions: 40,
  version: 4,
  editable: true,
};
const references = {
  organisations: [
    { id: BBSR, slug: 'bbsr', label: 'Bundesinstitut für Bau-, Stadt- und Raumforschung' },
    { id: VHW, slug: 'vhw', label: 'vhw – Bundesverband für Wohnen und Stadtentwicklung e. V.' },
  ],
  people: [],
  series: [],
  topics: [],
};
const ORGANISER = {
  ...ADMIN_SESSION,
  account: { ...ADMIN_SESSION.account, role: 'organiser' as const, organisations: ['vhw'] },
};

let wrapper: VueWrapper | undefined;
afterEach(() => wrapper?.unmount());

describe('the series page', () => {
  it('starts a new series of an organiser with their organisation as host, and creates it', async () => {
    const fake = fakeApi({
      '/api/v1/staff/references': () => jsonResponse(references),
      '/api/v1/staff/series': (_url, request) =>
        request.method === 'POST'
          ? jsonResponse({ ...webTalks, id: WEB_TALKS, title: 'Werkstätten', version: 1 }, 201)
          : jsonResponse({ items: [webTalks] }),
    });
    ({ wrapper } = await mountApp('/reihen/neu', fake.client, ORGANISER));
    await flushPromises();

    expect(wrapper.get<HTMLSelectElement>('select[id^="series-organiser-row"]').element.value).toBe(
      VHW,
    );
    await wrapper.get('#series-title').setValue('Werkstätten');
    await wrapper.get('#series-contact').setValue('werkstatt@vhw.example');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    const post = fake.sent.find((request) => request.method === 'POST')!;
    expect(await post.json()).toEqual({
      title: 'Werkstätten',
      subtitle: null,
      description: null,
      contactEmail: 'werkstatt@vhw.example',
      organisers: [{ organisationId: VHW, role: 'host' }],
    });
    expect(wrapper.vm.$router.currentRoute.value.fullPath).toBe(`/reihen/${WEB_TALKS}`);
  });

  it('saves against the version loaded and explains a stale edit', async () => {
    const fake = fakeApi({
      '/api/v1/staff/references': () => jsonResponse(references),
      '/api/v1/staff/series': () => jsonResponse({ items: [webTalks] }),
      [`/api/v1/staff/series/${WEB_TALKS}`]: () =>
        problemResponse(412, 'SERIES.STALE', 'Someone changed the series'),
    });
    ({ wrapper } = await mountApp(`/reihen/${WEB_TALKS}`, fake.client));
    await flushPromises();

    expect(wrapper.get('h1').text()).toBe('Kleinstadt Web-Talks');
    expect(wrapper.get('fieldset').attributes('disabled')).toBeUndefined();
    await wrapper.get('#series-subtitle').setValue('Praxiswissen für Kleinstädte');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    const patch = fake.sent.find((request) => request.method === 'PATCH')!;
    expect(patch.headers.get('if-match')).toBe('"4"');
    expect(await patch.json()).toMatchObject({
      slug: 'kleinstadt-web-talks',
      subtitle: 'Praxiswissen für Kleinstädte',
      organisers: [{ organisationId: VHW, role: 'host' }],
    });
    expect(wrapper.get('[role="status"] .alert').text()).toContain(
      'Jemand hat diesen Eintrag inzwischen geändert.',
    );
  });

  it('shows a series of other organisations read-only to an organiser, without clean-up', async () => {
    const fake = fakeApi({
      '/api/v1/staff/references': () => jsonResponse(references),
      '/api/v1/staff/series': () => jsonResponse({ items: [{ ...webTalks, editable: false }] }),
    });
    ({ wrapper } = await mountApp(`/reihen/${WEB_TALKS}`, fake.client, ORGANISER));
    await flushPromises();

    expect(wrapper.get('fieldset').attributes('disabled')).toBeDefined();
    expect(wrapper.find('button[type="submit"]').exists()).toBe(false);
    expect(wrapper.find('#reference-clean-up-title').exists()).toBe(false);
  });

  it('offers administrators merging, and no deletion while events belong to the series', async () => {
    const other = { ...webTalks, id: '00000000-0000-4000-8000-0000000000c2', title: 'Web-Talks' };
    const fake = fakeApi({
      '/api/v1/staff/references': () => jsonResponse(references),
      '/api/v1/staff/series': () => jsonResponse({ items: [webTalks, other] }),
    });
    ({ wrapper } = await mountApp(`/reihen/${WEB_TALKS}`, fake.client));
    await flushPromises();

    expect(wrapper.findAll('#reference-merge-into option').map((o) => o.text())).toEqual([
      'Bitte wählen',
      'Web-Talks',
    ]);
    expect(wrapper.get('button.button--danger').attributes('disabled')).toBeDefined();
    expect(wrapper.get('#reference-delete-blocked').text()).toMatch(/^12 Veranstaltungen/);
  });
});
