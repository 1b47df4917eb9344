import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi, jsonResponse } from '../../test/fakeApi';
import { ADMIN_SESSION, mountApp } from '../../test/mountApp';

const PERSON = '00000000-0000-4000-8000-0000000000a7';
const BMWSB = '00000000-0000-4000-8000-0000000000d3';
const weigel = {
  id: PERSON,
  slug: 'oliver-weigel',
  academicTitle: 'Dr.',
  firstName: 'Oliver',
  lastName: 'Weigel',
  displayName: 'Dr. Oliver Weigel',
  function: 'Referatsleiter',
  organisationId: BMWSB,
  organisationName: 'Bundesministerium für Wohnen',
  bio: null,
  photo: null,
  events: 4,
  version: 2,
  editable: true,
};
const references = {
  organisations: [{ id: BMWSB, slug: 'bmwsb', label: 'Bundesministerium für Wohnen' }],
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

describe('the person page', () => {
  it('changes function and organisation against the version loaded', async () => {
    const fake = fakeApi({
      '/api/v1/staff/references': () => jsonResponse(references),
      '/api/v1/staff/people': () => jsonResponse({ items: [weigel] }),
      [`/api/v1/staff/people/${PERSON}`]: () =>
        jsonResponse({ ...weigel, function: 'Abteilungsleiter', organisationId: null, version: 3 }),
    });
    ({ wrapper } = await mountApp(`/personen/${PERSON}`, fake.client));
    await flushPromises();

    expect(wrapper.get('h1').text()).toBe('Dr. Oliver Weigel');
    expect(wrapper.get('fieldset').attributes('disabled')).toBeUndefined();
    expect(wrapper.get<HTMLSelectElement>('#person-organisation').element.value).toBe(BMWSB);
    await wrapper.get('#person-function').setValue('Abteilungsleiter');
    await wrapper.get('#person-organisation').setValue('');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    const patch = fake.sent.find((request) => request.method === 'PATCH')!;
    expect(patch.headers.get('if-match')).toBe('"2"');
    expect(await patch.json()).toEqual({
      academicTitle: 'Dr.',
      firstName: 'Oliver',
      lastName: 'Weigel',
      slug: 'oliver-weigel',
      function: 'Abteilungsleiter',
      organisationId: null,
      bio: null,
      photo: null,
    });
    expect(wrapper.get('.notice').text()).toBe('Gespeichert.');
  });

  it('sets a portrait from the media library, with the alt text worded for this use', async () => {
    const media = 'http://localhost:3000/api/v1/media/00000000-0000-4000-8000-0000000000e1';
    let sent: Record<string, unknown> = {};
    const fake = fakeApi({
      '/api/v1/staff/references': () => jsonResponse(references),
      '/api/v1/staff/people': () => jsonResponse({ items: [weigel] }),
      '/api/v1/staff/media': () =>
        jsonResponse({
          items: [
            {
              id: '00000000-0000-4000-8000-0000000000e1',
              kind: 'image',
              mediaType: 'image/jpeg',
              fileName: 'weigel.jpg',
              title: 'Oliver Weigel',
              alt: 'Porträt',
              credit: '© BBSR',
              sizeBytes: 200_000,
              width: 1200,
              height: 1500,
              url: `${media}/original.jpg`,
              variants: [480, 960].map((width) => ({
                width,
                height: width * 1.25,
                url: `${media}/w${width}.webp`,
              })),
              createdAt: '2026-11-20T09:15:00.000Z',
              uploadedBy: null,
              deletable: true,
            },
          ],
          total: 1,
          page: 1,
          pageSize: 48,
        }),
      [`/api/v1/staff/people/${PERSON}`]: async (_url, request) => {
        if (request.method !== 'PATCH') return jsonResponse(weigel);
        sent = (await request.json()) as Record<string, unknown>;
        return jsonResponse({ ...weigel, photo: sent.photo, version: 3 });
      },
    });
    ({ wrapper } = await mountApp(`/personen/${PERSON}`, fake.client));
    await flushPromises();

    const choose = wrapper
      .findAll('button')
      .find((b) => b.text() === 'Bild aus der Mediathek wählen')!;
    await choose.trigger('click');
    await flushPromises();
    expect(fake.requestsTo('/api/v1/staff/media')[0]!.searchParams.get('kind')).toBe('image');
    const pick = [...document.querySelectorAll<HTMLButtonElement>('[role="dialog"] .media-pick')];
    expect(pick.map((button) => button.textContent)).toEqual([
      expect.stringContaining('Oliver Weigel'),
    ]);
    pick[0]!.click();
    await flushPromises();

    expect(wrapper.get('.image-field__preview').attributes('src')).toBe(`${media}/w480.webp`);
    await wrapper.get('#person-photo-alt').setValue('Dr. Oliver Weigel am Rednerpult');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(sent.photo).toEqual({
      url: `${media}/w480.webp`,
      alt: 'Dr. Oliver Weigel am Rednerpult',
      credit: '© BBSR',
      width: 480,
      height: 600,
    });
  });

  it('offers staff who may only read neither a new person nor saving', async () => {
    const fake = fakeApi({
      '/api/v1/staff/references': () => jsonResponse(references),
      '/api/v1/staff/people': () => jsonResponse({ items: [{ ...weigel, editable: false }] }),
    });
    ({ wrapper } = await mountApp('/personen', fake.client, READER));
    expect(wrapper.find('a.button').exists()).toBe(false);
    wrapper.unmount();

    ({ wrapper } = await mountApp('/personen/neu', fake.client, READER));
    await flushPromises();
    expect(wrapper.get('fieldset').attributes('disabled')).toBeDefined();
    expect(wrapper.find('button[type="submit"]').exists()).toBe(false);
  });
});
