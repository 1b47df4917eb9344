import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi, jsonResponse } from '../../test/fakeApi';
import { ADMIN_SESSION, mountApp } from '../../test/mountApp';

const BBSR = '00000000-0000-4000-8000-0000000000d2';
const bbsr = {
  id: BBSR,
  slug: 'bbsr',
  name: 'Bundesinstitut für Bau-, Stadt- und Raumforschung',
  shortName: 'BBSR',
  type: 'federal_authority',
  website: 'https://www.bbsr.bund.de',
  email: null,
  phone: null,
  address: null,
  logo: null,
  description: null,
  municipality: null,
  contacts: [
    {
      id: '00000000-0000-4000-8000-0000000000f1',
      name: 'Anna Alt',
      function: null,
      email: null,
      phone: null,
    },
    {
      id: '00000000-0000-4000-8000-0000000000f2',
      name: 'Bernd Bleibt',
      function: null,
      email: null,
      phone: null,
    },
  ],
  usage: { events: 14, series: 1, people: 2, staff: 0 },
  version: 5,
  editable: true,
};
const ORGANISER = {
  ...ADMIN_SESSION,
  account: { ...ADMIN_SESSION.account, role: 'organiser' as const, organisations: ['vhw'] },
};

let wrapper: VueWrapper | undefined;
afterEach(() => wrapper?.unmount());

describe('the organisation page', () => {
  it('removes and adds contact persons and saves against the version loaded', async () => {
    const fake = fakeApi({
      '/api/v1/staff/organisations': () => jsonResponse({ items: [bbsr] }),
      [`/api/v1/staff/organisations/${BBSR}`]: () => jsonResponse({ ...bbsr, version: 6 }),
    });
    ({ wrapper } = await mountApp(`/organisationen/${BBSR}`, fake.client));
    await flushPromises();

    expect(wrapper.get('.facts').text()).toContain('14');
    // No municipality data for a federal authority.
    expect(wrapper.find('#organisation-ags').exists()).toBe(false);
    const firstRow = wrapper.findAll('.row-list__item')[0]!;
    await firstRow.findAll('button').at(-1)!.trigger('click');
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Ansprechperson hinzufügen')!
      .trigger('click');
    const rows = wrapper.findAll('.row-list__item');
    await rows[1]!.get('input[type="text"]').setValue('Clara Neu');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    const patch = fake.sent.find((request) => request.method === 'PATCH')!;
    expect(patch.headers.get('if-match')).toBe('"5"');
    expect((await patch.json()).contacts).toEqual([
      {
        id: '00000000-0000-4000-8000-0000000000f2',
        name: 'Bernd Bleibt',
        function: null,
        email: null,
        phone: null,
      },
      { name: 'Clara Neu', function: null, email: null, phone: null },
    ]);
    expect(wrapper.get('.notice').text()).toBe('Gespeichert.');
  });

  it('lists why an organisation in use cannot be deleted', async () => {
    const fake = fakeApi({ '/api/v1/staff/organisations': () => jsonResponse({ items: [bbsr] }) });
    ({ wrapper } = await mountApp(`/organisationen/${BBSR}`, fake.client));
    await flushPromises();

    expect(wrapper.get('#reference-delete-blocked').text()).toBe(
      'Noch genannt bei 14 Veranstaltungen, 1 Reihen, 2 Personen und 0 Benutzerkonten. Führen Sie sie mit einer anderen zusammen, statt sie zu löschen.',
    );
  });

  it('lets an organiser create an organisation and shows municipality fields for a town', async () => {
    const created = {
      ...bbsr,
      id: '00000000-0000-4000-8000-0000000000e1',
      name: 'Stadt Bad Belzig',
      editable: false,
    };
    const items = [bbsr];
    const fake = fakeApi({
      '/api/v1/staff/organisations': (_url, request) => {
        if (request.method !== 'POST') return jsonResponse({ items });
        items.push(created);
        return jsonResponse(created, 201);
      },
    });
    ({ wrapper } = await mountApp('/organisationen/neu', fake.client, ORGANISER));
    await flushPromises();

    await wrapper.get('#organisation-name').setValue('Stadt Bad Belzig');
    expect(wrapper.find('#organisation-ags').exists()).toBe(true);
    await wrapper.get('#organisation-bundesland').setValue('DE-BB');
    await wrapper.get('#organisation-population').setValue('11000');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    const post = fake.sent.find((request) => request.method === 'POST')!;
    expect(await post.json()).toMatchObject({
      name: 'Stadt Bad Belzig',
      type: 'municipality',
      municipality: { bundesland: 'DE-BB', population: 11000, ags: null },
    });
    // Created, but not one of the organiser's organisations: shown read-only from now on.
    expect(wrapper.get('fieldset').attributes('disabled')).toBeDefined();
  });
});
