import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi, jsonResponse, problemResponse } from '../../test/fakeApi';
import { ADMIN_SESSION, mountApp } from '../../test/mountApp';

const POST = '00000000-0000-4000-8000-0000000000b1';
const VHW = '00000000-0000-4000-8000-0000000000d1';
const kongress = {
  id: POST,
  slug: 'kleinstadt-kongress-wittenberge',
  kind: 'announcement',
  title: 'Kleinstadtkongress in Wittenberge',
  teaser: 'Save the date.',
  body: 'Am 17. und 18. Juni.',
  image: null,
  organisation: null,
  publishedAt: '2026-12-01T08:00:00.000Z',
  publication: 'scheduled',
  portalUrl: null,
  updatedAt: '2026-11-20T10:00:00.000Z',
  version: 2,
};
const draft = {
  ...kongress,
  id: '00000000-0000-4000-8000-0000000000b2',
  slug: 'entwurf',
  title: 'Ein Entwurf',
  kind: 'report',
  publishedAt: null,
  publication: 'draft',
  organisation: { id: VHW, name: 'vhw – Bundesverband', shortName: 'vhw' },
};
const references = {
  organisations: [{ id: VHW, slug: 'vhw', label: 'vhw – Bundesverband' }],
  people: [],
  series: [],
  topics: [],
};
const READER = {
  ...ADMIN_SESSION,
  account: { ...ADMIN_SESSION.account, role: 'read_only' as const },
};

let wrapper: VueWrapper | undefined;
afterEach(() => wrapper?.unmount());

describe('the news list', () => {
  it('shows kind and state of each post and filters by state', async () => {
    const fake = fakeApi({
      '/api/v1/staff/news': () => jsonResponse({ items: [draft, kongress] }),
    });
    ({ wrapper } = await mountApp('/neuigkeiten', fake.client));
    await flushPromises();

    const rows = wrapper
      .findAll('tbody tr')
      .map((row) => row.findAll('th, td').map((c) => c.text()));
    expect(rows.map((row) => row.slice(0, 3))).toEqual([
      ['Ein Entwurfvhw', 'Bericht', 'Entwurf'],
      ['Kleinstadtkongress in Wittenberge', 'Ankündigung', 'Geplant für 01.12.2026, 09:00'],
    ]);
    await wrapper.get('#news-publication').setValue('scheduled');
    expect(wrapper.findAll('tbody tr')).toHaveLength(1);
    expect(wrapper.get('a[href="/neuigkeiten/neu"]').text()).toBe('Neuigkeit schreiben');
  });
});

describe('the news post page', () => {
  it('schedules a new post for a Berlin date and time, then moves to its page', async () => {
    let created: Record<string, unknown> = {};
    const fake = fakeApi({
      '/api/v1/staff/references': () => jsonResponse(references),
      '/api/v1/staff/news': async (_url, request) => {
        created = await request.json();
        return jsonResponse(kongress, 201);
      },
      [`/api/v1/staff/news/${POST}`]: () => jsonResponse(kongress),
    });
    let router;
    ({ wrapper, router } = await mountApp('/neuigkeiten/neu', fake.client));
    await flushPromises();

    await wrapper.get('input[name="news-kind"][value="announcement"]').setValue(true);
    await wrapper.get('#news-title').setValue('Kleinstadtkongress in Wittenberge');
    await wrapper.get('#news-body').setValue('Am 17. und 18. Juni.');
    await wrapper.get('#news-organisation').setValue(VHW);
    await wrapper.get('input[name="news-publication"][value="at"]').setValue(true);
    await wrapper.get('#news-date').setValue('2026-12-01');
    await wrapper.get('#news-time').setValue('09:00');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(created).toEqual({
      kind: 'announcement',
      title: 'Kleinstadtkongress in Wittenberge',
      teaser: null,
      body: 'Am 17. und 18. Juni.',
      image: null,
      organisationId: VHW,
      publishedAt: '2026-12-01T08:00:00.000Z',
    });
    expect(router.currentRoute.value.fullPath).toBe(`/neuigkeiten/${POST}`);
    expect(wrapper.get('[data-testid="news-state"]').text()).toBe(
      'Geplant: erscheint am 01.12.2026, 09:00 im Portal.',
    );
  });

  it('takes a scheduled post back to a draft against the version loaded', async () => {
    const fake = fakeApi({
      '/api/v1/staff/references': () => jsonResponse(references),
      [`/api/v1/staff/news/${POST}`]: (_url, request) =>
        request.method === 'PATCH'
          ? jsonResponse({ ...kongress, publishedAt: null, publication: 'draft', version: 3 })
          : jsonResponse(kongress),
    });
    ({ wrapper } = await mountApp(`/neuigkeiten/${POST}`, fake.client));
    await flushPromises();

    expect(wrapper.get<HTMLInputElement>('#news-date').element.value).toBe('2026-12-01');
    await wrapper.get('input[name="news-publication"][value="draft"]').setValue(true);
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    const patch = fake.sent.find((request) => request.method === 'PATCH')!;
    expect(patch.headers.get('if-match')).toBe('"2"');
    expect(await patch.json()).toMatchObject({ publishedAt: null, slug: kongress.slug });
    expect(wrapper.get('[data-testid="news-state"]').text()).toBe(
      'Entwurf: im Portal nicht zu sehen.',
    );
  });

  it('says when someone else changed the post meanwhile', async () => {
    const fake = fakeApi({
      '/api/v1/staff/references': () => jsonResponse(references),
      [`/api/v1/staff/news/${POST}`]: (_url, request) =>
        request.method === 'PATCH'
          ? problemResponse(412, 'NEWS.STALE', 'Someone changed the news post')
          : jsonResponse(kongress),
    });
    ({ wrapper } = await mountApp(`/neuigkeiten/${POST}`, fake.client));
    await flushPromises();
    await wrapper.get('#news-title').setValue('Geändert');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(wrapper.text()).toContain('inzwischen');
  });

  it('lets other roles read a post but not change it', async () => {
    const fake = fakeApi({
      '/api/v1/staff/references': () => jsonResponse(references),
      [`/api/v1/staff/news/${POST}`]: () => jsonResponse(kongress),
    });
    ({ wrapper } = await mountApp(`/neuigkeiten/${POST}`, fake.client, READER));
    await flushPromises();

    expect(wrapper.get('fieldset.editor__fields').attributes('disabled')).toBeDefined();
    expect(wrapper.find('button[type="submit"]').exists()).toBe(false);
    expect(wrapper.text()).toContain(
      'Neuigkeiten schreiben Administratorinnen und Administratoren.',
    );
  });
});
