import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, jsonResponse, problemResponse } from '../../test/fakeApi';
import { ADMIN_SESSION, mountApp } from '../../test/mountApp';

const MOBILITY = '00000000-0000-4000-8000-0000000000b1';
const TRAFFIC = '00000000-0000-4000-8000-0000000000b2';
const mobility = {
  id: MOBILITY,
  slug: 'mobilitaet',
  name: 'Mobilität',
  events: 3,
  subscriptions: 2,
};
const traffic = { id: TRAFFIC, slug: 'verkehr', name: 'Verkehr', events: 0, subscriptions: 1 };
const READER = {
  ...ADMIN_SESSION,
  account: { ...ADMIN_SESSION.account, role: 'read_only' as const },
};

let wrapper: VueWrapper | undefined;
afterEach(() => wrapper?.unmount());

const dialog = () => document.body.querySelector<HTMLElement>('[role="alertdialog"]');
const confirmButton = () => [...dialog()!.querySelectorAll('button')].at(-1)!;

describe('the topic list', () => {
  it('shows usage, links each topic and filters by a search', async () => {
    const fake = fakeApi({
      '/api/v1/staff/topics': () => jsonResponse({ items: [mobility, traffic] }),
    });
    ({ wrapper } = await mountApp('/themen', fake.client));

    expect(
      wrapper.findAll('tbody tr').map((row) => row.findAll('th, td').map((c) => c.text())),
    ).toEqual([
      ['Mobilität', 'mobilitaet', '3', '2'],
      ['Verkehr', 'verkehr', '0', '1'],
    ]);
    expect(wrapper.get('tbody a').attributes('href')).toBe(`/themen/${MOBILITY}`);
    expect(wrapper.get('a.button').text()).toBe('Neues Thema');

    await wrapper.get('#topics-search').setValue('mobilitat');
    expect(wrapper.findAll('tbody tr')).toHaveLength(1);
    await wrapper.get('#topics-search').setValue('radweg');
    expect(wrapper.get('.empty').text()).toBe('Nichts passt zu dieser Suche.');
  });

  it('offers no new topic to staff who may only read', async () => {
    const fake = fakeApi({ '/api/v1/staff/topics': () => jsonResponse({ items: [mobility] }) });
    ({ wrapper } = await mountApp('/themen', fake.client, READER));

    expect(wrapper.find('a.button').exists()).toBe(false);
  });
});

describe('the topic page', () => {
  it('creates a topic without a slug and moves to its page', async () => {
    const created = { id: TRAFFIC, slug: 'verkehr', name: 'Verkehr', events: 0, subscriptions: 0 };
    const fake = fakeApi({
      '/api/v1/staff/topics': (_url, request) =>
        request.method === 'POST'
          ? jsonResponse(created, 201)
          : jsonResponse({ items: [mobility, created] }),
    });
    ({ wrapper } = await mountApp('/themen/neu', fake.client));
    const router = wrapper.vm.$router;

    expect(wrapper.get('h1').text()).toBe('Neues Thema');
    await wrapper.get('#topic-name').setValue(' Verkehr ');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    const post = fake.sent.find((request) => request.method === 'POST')!;
    expect(await post.json()).toEqual({ name: 'Verkehr' });
    expect(router.currentRoute.value.fullPath).toBe(`/themen/${TRAFFIC}`);
    expect(wrapper.get('h1').text()).toBe('Verkehr');
    expect(wrapper.get('.notice').text()).toBe('„Verkehr“ ist angelegt.');
  });

  it('renames a topic and shows a taken slug at its field', async () => {
    let answer = () => problemResponse(409, 'TOPIC.SLUG_TAKEN', 'The slug is taken');
    const fake = fakeApi({
      '/api/v1/staff/topics': () => jsonResponse({ items: [mobility, traffic] }),
      [`/api/v1/staff/topics/${MOBILITY}`]: () => answer(),
    });
    ({ wrapper } = await mountApp(`/themen/${MOBILITY}`, fake.client));

    expect(wrapper.get('.facts').text()).toContain('3');
    await wrapper.get('#topic-slug').setValue('verkehr');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[role="status"] .alert').text()).toContain(
      'Diese Kennung hat schon ein anderes Thema.',
    );

    answer = () => jsonResponse({ ...mobility, name: 'Mobilität und Verkehr', slug: 'mobilitaet' });
    await wrapper.get('#topic-name').setValue('Mobilität und Verkehr');
    await wrapper.get('#topic-slug').setValue('mobilitaet');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    const patch = fake.sent.filter((request) => request.method === 'PATCH').at(-1)!;
    expect(await patch.json()).toEqual({ name: 'Mobilität und Verkehr', slug: 'mobilitaet' });
    expect(wrapper.get('h1').text()).toBe('Mobilität und Verkehr');
    expect(wrapper.get('.notice').text()).toBe('Gespeichert.');
  });

  it('merges a duplicate into the topic chosen, after confirmation', async () => {
    let items = [mobility, traffic];
    const fake = fakeApi({
      '/api/v1/staff/topics': () => jsonResponse({ items }),
      [`/api/v1/staff/topics/${TRAFFIC}/merge`]: () => {
        items = [{ ...mobility, subscriptions: 3 }];
        return jsonResponse(items[0]);
      },
    });
    ({ wrapper } = await mountApp(`/themen/${TRAFFIC}`, fake.client, ADMIN_SESSION));
    const router = wrapper.vm.$router;

    const options = wrapper.findAll('#reference-merge-into option').map((o) => o.text());
    expect(options).toEqual(['Bitte wählen', 'Mobilität']);
    await wrapper.get('#reference-merge-into').setValue(MOBILITY);
    (wrapper.get('#reference-merge-into').element as HTMLSelectElement).form!.requestSubmit();
    await vi.waitFor(() => expect(dialog()).not.toBeNull());
    expect(dialog()!.textContent).toContain('Alles, was „Verkehr“ nutzt, bekommt „Mobilität“.');
    confirmButton().click();
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe(`/themen/${MOBILITY}`));
    await flushPromises();

    const merge = fake.sent.find((request) => request.url.endsWith('/merge'))!;
    expect(await merge.json()).toEqual({ into: MOBILITY });
    expect(wrapper.get('h1').text()).toBe('Mobilität');
    expect(wrapper.get('.notice').text()).toBe(
      '„Verkehr“ ist mit „Mobilität“ zusammengeführt und gelöscht.',
    );
  });

  it('deletes an unused topic and tells so on the list', async () => {
    let items = [mobility, traffic];
    const fake = fakeApi({
      '/api/v1/staff/topics': () => jsonResponse({ items }),
      [`/api/v1/staff/topics/${TRAFFIC}`]: () => {
        items = [mobility];
        return new Response(null, { status: 204 });
      },
    });
    ({ wrapper } = await mountApp(`/themen/${TRAFFIC}`, fake.client));
    const router = wrapper.vm.$router;

    await wrapper.get('button.button--danger').trigger('click');
    await vi.waitFor(() => expect(dialog()).not.toBeNull());
    confirmButton().click();
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/themen'));
    await flushPromises();

    expect(fake.sent.some((request) => request.method === 'DELETE')).toBe(true);
    expect(wrapper.get('.notice').text()).toBe('„Verkehr“ ist gelöscht.');
    expect(wrapper.findAll('tbody tr')).toHaveLength(1);
  });

  it('explains why a topic in use cannot be deleted', async () => {
    const fake = fakeApi({
      '/api/v1/staff/topics': () => jsonResponse({ items: [mobility, traffic] }),
    });
    ({ wrapper } = await mountApp(`/themen/${MOBILITY}`, fake.client));

    const remove = wrapper.get('button.button--danger');
    expect(remove.attributes('disabled')).toBeDefined();
    expect(wrapper.get(`#${remove.attributes('aria-describedby')}`).text()).toMatch(
      /^3 Veranstaltungen haben dieses Thema/,
    );
  });

  it('shows a topic read-only to staff who may only read, without clean-up', async () => {
    const fake = fakeApi({ '/api/v1/staff/topics': () => jsonResponse({ items: [mobility] }) });
    ({ wrapper } = await mountApp(`/themen/${MOBILITY}`, fake.client, READER));

    expect(wrapper.get<HTMLInputElement>('#topic-name').element.value).toBe('Mobilität');
    expect(wrapper.get('fieldset').attributes('disabled')).toBeDefined();
    expect(wrapper.find('button[type="submit"]').exists()).toBe(false);
    expect(wrapper.find('#reference-clean-up-title').exists()).toBe(false);
  });

  it('says so when the topic is gone', async () => {
    const fake = fakeApi({ '/api/v1/staff/topics': () => jsonResponse({ items: [mobility] }) });
    ({ wrapper } = await mountApp(`/themen/${TRAFFIC}`, fake.client));

    expect(wrapper.get('[role="alert"] code').text()).toBe('TOPIC.NOT_FOUND');
  });
});
