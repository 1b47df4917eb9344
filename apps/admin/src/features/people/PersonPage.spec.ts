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
    });
    expect(wrapper.get('.notice').text()).toBe('Gespeichert.');
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
