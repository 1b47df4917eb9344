import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi, jsonResponse, problemResponse } from '../../test/fakeApi';
import { mountApp } from '../../test/mountApp';
import { STAFF_EVENT } from '../../test/staffEvent';

const REFERENCES = {
  organisations: [{ id: 'org-1', slug: 'vhw', label: 'vhw – Bundesverband' }],
  people: [{ id: 'person-1', slug: 'nico-schulz', label: 'Nico Schulz' }],
  series: [],
  topics: [{ id: 'topic-1', slug: 'innenstadt', label: 'Innenstadt' }],
};
const EVENT_URL = `/api/v1/staff/events/${STAFF_EVENT.id}`;

let wrapper: VueWrapper | undefined;
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
  document.body.innerHTML = '';
});

async function open(path: string, routes: Parameters<typeof fakeApi>[0]) {
  const fake = fakeApi({
    '/api/v1/staff/references': () => jsonResponse(REFERENCES),
    ...routes,
  });
  const mounted = await mountApp(path, fake.client);
  wrapper = mounted.wrapper;
  return { ...mounted, ...fake };
}

const bodyOf = async (request: Request) => JSON.parse(await request.clone().text());

describe('EventEditorPage', () => {
  it('creates a draft with agenda and question, then edits it under its id', async () => {
    const { wrapper, router, sent } = await open('/veranstaltungen/neu', {
      '/api/v1/staff/events': () => jsonResponse(STAFF_EVENT, 201),
    });
    expect(wrapper.get('h1').text()).toBe('Neue Veranstaltung');

    await wrapper.get('#event-title').setValue('Netzwerkgespräch Innenstadt');
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Organisation hinzufügen')!
      .trigger('click');
    await wrapper.get('[id^="organiser-row-"]').setValue('org-1');
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Programmpunkt hinzufügen')!
      .trigger('click');
    await wrapper.get('[id^="agenda-title-"]').setValue('Begrüßung');
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Frage hinzufügen')!
      .trigger('click');
    await wrapper.get('[id^="question-label-"]').setValue('Welche Werkstatt?');
    await wrapper.get('form.editor').trigger('submit');
    await flushPromises();

    const post = sent.find((r) => r.method === 'POST')!;
    const body = await bodyOf(post);
    expect(body).toMatchObject({
      title: 'Netzwerkgespräch Innenstadt',
      organisers: [{ organisationId: 'org-1', role: 'host' }],
      agenda: [{ title: 'Begrüßung', kind: 'talk' }],
      registration: { mode: 'internal', questions: [{ key: 'welche_werkstatt', type: 'text' }] },
    });
    expect(router.currentRoute.value.path).toBe(`/veranstaltungen/${STAFF_EVENT.id}`);
    expect(wrapper.get('[role="status"].notice').text()).toContain('als Entwurf angelegt');
  });

  it('lists what is missing before asking the API', async () => {
    const { wrapper, sent } = await open('/veranstaltungen/neu', {});
    await wrapper.get('form.editor').trigger('submit');
    await flushPromises();

    const alert = wrapper.get('[role="alert"]');
    expect(alert.text()).toContain('Titel: Bitte ausfüllen.');
    expect(alert.get('a').attributes('href')).toBe('#event-title');
    expect(document.activeElement).toBe(alert.element);
    expect(sent.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('sends the version it edited and says so when someone else was faster', async () => {
    const { wrapper, sent } = await open(`/veranstaltungen/${STAFF_EVENT.id}`, {
      [EVENT_URL]: (_, request) =>
        request.method === 'PATCH'
          ? problemResponse(412, 'EVENT.STALE', 'Someone changed the event')
          : jsonResponse(STAFF_EVENT),
    });
    expect(wrapper.get<HTMLInputElement>('#event-title').element.value).toBe(STAFF_EVENT.title);
    expect(wrapper.text()).not.toContain('Ungespeicherte Änderungen');

    await wrapper.get('#event-subtitle').setValue('Mit Exkursion');
    expect(wrapper.text()).toContain('Ungespeicherte Änderungen');
    await wrapper.get('form.editor').trigger('submit');
    await flushPromises();

    const patch = sent.find((r) => r.method === 'PATCH')!;
    expect(patch.headers.get('if-match')).toBe('"3"');
    expect((await bodyOf(patch)).subtitle).toBe('Mit Exkursion');
    expect(wrapper.get('[role="alert"]').text()).toContain(
      'Jemand hat die Veranstaltung inzwischen geändert',
    );
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Neue Fassung laden')!
      .trigger('click');
    await flushPromises();
    expect(wrapper.get<HTMLInputElement>('#event-subtitle').element.value).toBe('');
  });

  it('shows agenda items outside the event while typing', async () => {
    const { wrapper } = await open(`/veranstaltungen/${STAFF_EVENT.id}`, {
      [EVENT_URL]: () => jsonResponse(STAFF_EVENT),
    });
    await wrapper.get('[id^="agenda-start-"]').setValue('08:00');
    expect(wrapper.get('.row-list__item--error').text()).toContain(
      'Liegt außerhalb der Veranstaltungszeit.',
    );
  });

  it('publishes after asking, with the version as If-Match', async () => {
    const { wrapper, sent } = await open(`/veranstaltungen/${STAFF_EVENT.id}`, {
      [EVENT_URL]: () => jsonResponse(STAFF_EVENT),
      [`${EVENT_URL}/publish`]: () =>
        jsonResponse({
          ...STAFF_EVENT,
          status: 'published',
          version: 4,
          portalUrl: 'http://portal.test/veranstaltungen/x',
        }),
    });
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Veröffentlichen')!
      .trigger('click');
    await flushPromises();
    const dialog = document.body.querySelector('[role="alertdialog"]')!;
    expect(dialog.textContent).toContain('Veranstaltung veröffentlichen?');
    const confirm = [...dialog.querySelectorAll('button')].find(
      (b) => b.textContent === 'Veröffentlichen',
    )!;
    confirm.click();
    await flushPromises();

    const publish = sent.find((r) => r.url.endsWith('/publish'))!;
    expect(publish.headers.get('if-match')).toBe('"3"');
    expect(wrapper.get('.editor__bar .badge').text()).toContain('Veröffentlicht · Fassung 4');
    expect(wrapper.get('.editor__bar a').attributes('href')).toBe(
      'http://portal.test/veranstaltungen/x',
    );
  });

  it('lets read-only staff look but not change', async () => {
    const { wrapper } = await open(`/veranstaltungen/${STAFF_EVENT.id}`, {
      [EVENT_URL]: () => jsonResponse({ ...STAFF_EVENT, editable: false }),
    });
    expect(wrapper.text()).toContain('Sie können diese Veranstaltung nur ansehen.');
    expect(wrapper.find('button[type="submit"]').exists()).toBe(false);
    expect(wrapper.get<HTMLFieldSetElement>('fieldset.editor__fields').element.disabled).toBe(true);
  });

  it('makes a preview link even for read-only staff, to open or pass on', async () => {
    const url = `http://localhost:3000/vorschau/${STAFF_EVENT.id}.tfx1k0.${'a'.repeat(43)}`;
    const { wrapper, requestsTo } = await open(`/veranstaltungen/${STAFF_EVENT.id}`, {
      [EVENT_URL]: () => jsonResponse({ ...STAFF_EVENT, editable: false }),
      [`${EVENT_URL}/preview-link`]: () =>
        jsonResponse({ url, expiresAt: '2026-11-28T10:00:00.000Z' }),
    });
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Vorschau-Link')!
      .trigger('click');
    await flushPromises();
    expect(requestsTo(`${EVENT_URL}/preview-link`)).toHaveLength(1);
    const open_ = wrapper.get('.preview-link a');
    expect(open_.text()).toBe('Vorschau öffnen');
    expect(open_.attributes()).toMatchObject({ href: url, target: '_blank', rel: 'noopener' });
    expect(wrapper.get('.preview-link').text()).toContain('gilt bis 28.11.2026, 11:00');
    expect(wrapper.get<HTMLInputElement>('.preview-link__url').element.value).toBe(url);
  });
});
