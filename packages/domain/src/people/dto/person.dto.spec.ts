import { describe, expect, it } from '@jest/globals';
import { failing, issues } from '../../../test/validation-helpers.js';
import { CreatePersonDto } from './create-person.dto.js';
import { UpdatePersonDto } from './update-person.dto.js';

const schulz = {
  firstName: 'Nico',
  lastName: 'Schulz',
  function: 'Bürgermeister der Hansestadt Osterburg (Altmark)',
  organisationId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
  photo: {
    url: 'https://example.org/schulz.jpg',
    alt: 'Nico Schulz',
    credit: '© Hansestadt Osterburg',
  },
};

describe('CreatePersonDto', () => {
  it('accepts a speaker from the seeds', async () => {
    await expect(issues(CreatePersonDto, schulz)).resolves.toEqual([]);
  });

  it('accepts an academic title', async () => {
    await expect(
      issues(CreatePersonDto, { academicTitle: 'Dr.', firstName: 'Oliver', lastName: 'Weigel' }),
    ).resolves.toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ['a missing first name', { firstName: undefined }, 'firstName', 'isString'],
    ['a blank last name', { lastName: '' }, 'lastName', 'isNotBlank'],
    ['a function that is too long', { function: 'x'.repeat(301) }, 'function', 'maxLength'],
    [
      'an organisation by name',
      { organisationId: 'Hansestadt Osterburg' },
      'organisationId',
      'isUuid',
    ],
    ['a photo without URL', { photo: { alt: 'Nico Schulz' } }, 'photo.url', 'isUrl'],
    ['an unknown property', { email: 'schulz@example.org' }, 'email', 'whitelistValidation'],
  ])('refuses %s', async (_, change, path, constraint) => {
    await expect(issues(CreatePersonDto, { ...schulz, ...change })).resolves.toEqual(
      failing(path, constraint),
    );
  });
});

describe('UpdatePersonDto', () => {
  it('accepts a new function alone', async () => {
    await expect(issues(UpdatePersonDto, { function: 'Bürgermeister a. D.' })).resolves.toEqual([]);
  });

  it('refuses clearing the last name', async () => {
    await expect(issues(UpdatePersonDto, { lastName: null })).resolves.toEqual(
      failing('lastName', 'isString'),
    );
  });
});
