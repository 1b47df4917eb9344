import type { StaffOrganisation } from '@stadtgespraech/api-client';
import { describe, expect, it } from 'vitest';
import {
  emptyOrganisationForm,
  organisationFormFrom,
  organisationInputFrom,
} from './organisationForm';

const belzig: StaffOrganisation = {
  id: '00000000-0000-4000-8000-0000000000e1',
  slug: 'bad-belzig',
  name: 'Stadt Bad Belzig',
  shortName: 'Bad Belzig',
  type: 'municipality',
  website: 'https://www.bad-belzig.de',
  email: null,
  phone: '+49 33841 94-0',
  address: {
    addition: null,
    street: 'Wiesenburger Str. 6',
    postalCode: '14806',
    city: 'Bad Belzig',
    country: null,
  },
  logo: {
    url: 'https://example.org/belzig.png',
    alt: 'Wappen von Bad Belzig',
    credit: null,
    caption: null,
    width: 400,
    height: 480,
  },
  description: null,
  municipality: { bundesland: 'DE-BB', population: 11000, ags: '12069020' },
  contacts: [
    {
      id: '00000000-0000-4000-8000-0000000000f1',
      name: 'Petra Beispiel',
      function: 'Stadtplanung',
      email: null,
      phone: null,
    },
  ],
  usage: { events: 0, series: 0, people: 0, staff: 0 },
  version: 3,
  editable: true,
};

describe('the organisation form', () => {
  it('sends back what it loaded, contact persons with their ids', () => {
    const input = organisationInputFrom(organisationFormFrom(belzig));
    expect(input).toEqual({
      name: 'Stadt Bad Belzig',
      shortName: 'Bad Belzig',
      type: 'municipality',
      website: 'https://www.bad-belzig.de',
      email: null,
      phone: '+49 33841 94-0',
      address: {
        addition: null,
        street: 'Wiesenburger Str. 6',
        postalCode: '14806',
        city: 'Bad Belzig',
      },
      description: null,
      municipality: { bundesland: 'DE-BB', population: 11000, ags: '12069020' },
      logo: belzig.logo,
      contacts: [
        {
          id: '00000000-0000-4000-8000-0000000000f1',
          name: 'Petra Beispiel',
          function: 'Stadtplanung',
          email: null,
          phone: null,
        },
      ],
    });
  });

  it('sends no address and no municipality data when none is filled in, and new contacts without id', () => {
    const form = emptyOrganisationForm();
    form.name = ' Netzwerk Kleinstadt ';
    form.type = 'initiative';
    form.contacts.push({
      key: 'k',
      id: null,
      name: 'Jan Neu',
      function: '',
      email: ' jan@netz.example ',
      phone: '',
    });
    expect(organisationInputFrom(form)).toMatchObject({
      name: 'Netzwerk Kleinstadt',
      address: null,
      municipality: null,
      contacts: [{ name: 'Jan Neu', function: null, email: 'jan@netz.example', phone: null }],
    });
  });

  it('passes a partial address on, so the API names the missing fields', () => {
    const form = emptyOrganisationForm();
    form.city = 'Wittstock/Dosse';
    form.population = 0;
    expect(organisationInputFrom(form)).toMatchObject({
      address: { addition: null, street: '', postalCode: '', city: 'Wittstock/Dosse' },
      municipality: { bundesland: null, population: 0, ags: null },
    });
  });
});
