import { describe, expect, it } from '@jest/globals';
import { failing, issues } from '../../../test/validation-helpers.js';
import { CreateOrganisationDto } from './create-organisation.dto.js';
import { UpdateOrganisationDto } from './update-organisation.dto.js';

const vhw = {
  name: 'vhw – Bundesverband für Wohnen und Stadtentwicklung e. V.',
  shortName: 'vhw',
  type: 'association',
  website: 'https://www.vhw.de',
  email: 'kleinstadt@vhw.de',
  contacts: [{ name: 'Christian Höcke', phone: '+49 30 390473-245', email: 'choecke@vhw.de' }],
};

const wittenberge = {
  name: 'Stadt Wittenberge',
  type: 'municipality',
  phone: '+49 3877 564 682-6',
  address: { street: 'Perleberger Str. 165', postalCode: '19322', city: 'Wittenberge' },
  municipality: { bundesland: 'DE-BB', population: 17_000, ags: '12070424' },
  logo: { url: 'https://example.org/wittenberge.svg', alt: 'Wappen der Stadt Wittenberge' },
};

describe('CreateOrganisationDto', () => {
  it.each([
    ['an association with contact person', vhw],
    ['a municipality with Bundesland, population and AGS', wittenberge],
    ['a municipality without data yet', { ...wittenberge, municipality: { bundesland: null } }],
  ])('accepts %s', async (_, plain) => {
    await expect(issues(CreateOrganisationDto, plain)).resolves.toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ['an unknown type', { ...vhw, type: 'ngo' }, 'type', 'isIn'],
    ['a name that is too long', { ...vhw, name: 'x'.repeat(201) }, 'name', 'maxLength'],
    ['a website without protocol', { ...vhw, website: 'www.vhw.de' }, 'website', 'isUrl'],
    ['a bad e-mail address', { ...vhw, email: 'kleinstadt@' }, 'email', 'isEmail'],
    ['a phone number in words', { ...wittenberge, phone: 'ruf mich an' }, 'phone', 'matches'],
    [
      'a Bundesland by name',
      { ...wittenberge, municipality: { bundesland: 'Brandenburg' } },
      'municipality.bundesland',
      'isIn',
    ],
    [
      'a negative population',
      { ...wittenberge, municipality: { population: -1 } },
      'municipality.population',
      'min',
    ],
    [
      'a fractional population',
      { ...wittenberge, municipality: { population: 17_000.5 } },
      'municipality.population',
      'isInt',
    ],
    [
      'an AGS of 7 digits',
      { ...wittenberge, municipality: { ags: '1207042' } },
      'municipality.ags',
      'matches',
    ],
    [
      'an AGS with letters',
      { ...wittenberge, municipality: { ags: '1207042X' } },
      'municipality.ags',
      'matches',
    ],
    [
      'a contact with a bad e-mail address',
      { ...vhw, contacts: [{ name: 'C. Höcke', email: 'choecke' }] },
      'contacts.0.email',
      'isEmail',
    ],
    [
      'a contact without name',
      { ...vhw, contacts: [vhw.contacts[0], { phone: '+49 30 1' }] },
      'contacts.1.name',
      'isString',
    ],
    [
      'a contact given as text',
      { ...vhw, contacts: ['Christian Höcke'] },
      'contacts.0',
      'nestedValidation',
    ],
    [
      'too many contacts',
      { ...vhw, contacts: Array.from({ length: 51 }, () => vhw.contacts[0]) },
      'contacts',
      'arrayMaxSize',
    ],
    [
      'an address without city',
      { ...wittenberge, address: { street: 'Perleberger Str. 165', postalCode: '19322' } },
      'address.city',
      'isString',
    ],
  ])('refuses %s', async (_, plain, path, constraint) => {
    await expect(issues(CreateOrganisationDto, plain)).resolves.toEqual(failing(path, constraint));
  });
});

describe('UpdateOrganisationDto', () => {
  it('accepts a single changed field and clearing an optional one', async () => {
    await expect(
      issues(UpdateOrganisationDto, { shortName: null, phone: '+49 30 1' }),
    ).resolves.toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ['clearing the name', { name: null }, 'name', 'isString'],
    ['clearing the type', { type: null }, 'type', 'isIn'],
    [
      'an unknown property',
      { id: '3f2504e0-4f89-41d3-9a0c-0305e82c3301' },
      'id',
      'whitelistValidation',
    ],
    ['a bad AGS', { municipality: { ags: '123' } }, 'municipality.ags', 'matches'],
  ])('refuses %s', async (_, plain, path, constraint) => {
    await expect(issues(UpdateOrganisationDto, plain)).resolves.toEqual(failing(path, constraint));
  });
});
