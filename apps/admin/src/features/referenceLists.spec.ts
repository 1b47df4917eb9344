import { type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeApi, jsonResponse, problemResponse } from '../test/fakeApi';
import { mountApp } from '../test/mountApp';

// The lists of Reihen, Organisationen, Personen and Themen share one shape.
const lists = [
  {
    path: '/reihen',
    api: '/api/v1/staff/series',
    heading: 'Reihen',
    items: [
      {
        id: '00000000-0000-4000-8000-0000000000c1',
        slug: 'kleinstadt-web-talks',
        title: 'Kleinstadt Web-Talks',
        subtitle: null,
        description: null,
        contactEmail: null,
        organisers: [
          {
            organisationId: '00000000-0000-4000-8000-0000000000d1',
            slug: 'vhw',
            name: 'vhw – Bundesverband für Wohnen und Stadtentwicklung e. V.',
            shortName: 'vhw',
            role: 'host',
          },
        ],
        events: 3,
        subscriptions: 1200,
        version: 1,
        editable: true,
      },
    ],
    row: ['Kleinstadt Web-Talks', 'vhw', '3', '1.200'],
  },
  {
    path: '/organisationen',
    api: '/api/v1/staff/organisations',
    heading: 'Organisationen',
    items: [
      {
        id: '00000000-0000-4000-8000-0000000000d2',
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
        contacts: [],
        usage: { events: 14, series: 1, people: 2, staff: 0 },
        version: 1,
        editable: true,
      },
    ],
    row: ['Bundesinstitut für Bau-, Stadt- und Raumforschung', 'BBSR', 'Bundesbehörde', '14', '2'],
  },
  {
    path: '/personen',
    api: '/api/v1/staff/people',
    heading: 'Personen',
    items: [
      {
        id: '00000000-0000-4000-8000-0000000000a7',
        slug: 'oliver-weigel',
        academicTitle: 'Dr.',
        firstName: 'Oliver',
        lastName: 'Weigel',
        displayName: 'Dr. Oliver Weigel',
        function: 'Referatsleiter',
        organisationId: '00000000-0000-4000-8000-0000000000d3',
        organisationName: 'Bundesministerium für Wohnen',
        bio: null,
        photo: null,
        events: 4,
        version: 1,
        editable: true,
      },
    ],
    row: ['Dr. Oliver Weigel', 'Referatsleiter', 'Bundesministerium für Wohnen', '4'],
  },
  {
    path: '/themen',
    api: '/api/v1/staff/topics',
    heading: 'Themen',
    items: [
      {
        id: '00000000-0000-4000-8000-0000000000b1',
        slug: 'mobilitaet',
        name: 'Mobilität',
        events: 3,
        subscriptions: 1200,
      },
    ],
    row: ['Mobilität', 'mobilitaet', '3', '1.200'],
  },
];

let wrapper: VueWrapper | undefined;
afterEach(() => wrapper?.unmount());

describe.each(lists)('the list at $path', ({ path, api, heading, items, row }) => {
  it('shows the items of the API in a table with a caption and a row header', async () => {
    const fake = fakeApi({ [api]: () => jsonResponse({ items }) });
    ({ wrapper } = await mountApp(path, fake.client));

    expect(wrapper.get('h1').text()).toBe(heading);
    expect(wrapper.get('caption').text()).not.toBe('');
    const cells = wrapper.findAll('tbody tr th, tbody tr td').map((cell) => cell.text());
    expect(cells).toEqual(row);
    expect(wrapper.get('tbody th').attributes('scope')).toBe('row');
  });

  it('shows a problem of the API in an alert', async () => {
    const fake = fakeApi({
      [api]: () =>
        problemResponse(503, 'SERVICE.DATABASE_UNAVAILABLE', 'The database is not available'),
    });
    ({ wrapper } = await mountApp(path, fake.client));

    expect(wrapper.get('[role="alert"] code').text()).toBe('SERVICE.DATABASE_UNAVAILABLE');
    expect(wrapper.find('table').exists()).toBe(false);
  });

  it('says so when the list is empty', async () => {
    const fake = fakeApi({ [api]: () => jsonResponse({ items: [] }) });
    ({ wrapper } = await mountApp(path, fake.client));

    expect(wrapper.get('.empty').text()).toMatch(/^Es gibt noch/);
  });
});
