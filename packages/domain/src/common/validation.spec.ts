import { describe, expect, it } from '@jest/globals';
import { CreateEventDto } from '../events/dto/create-event.dto.js';
import { CreateTopicDto } from '../events/dto/topic.dto.js';
import { PostalAddressDto } from './dto/postal-address.dto.js';
import { validateInput } from './validation.js';

const address = { street: 'Perleberger Str. 165', postalCode: '19322', city: 'Wittenberge' };

describe('validateInput', () => {
  it('works without the reflect-metadata polyfill and leaves Reflect as it was', () => {
    expect('getMetadata' in Reflect).toBe(false);
  });

  it('returns an instance of the DTO class for valid input', async () => {
    const result = await validateInput(PostalAddressDto, address);
    expect(result.ok).toBe(true);
    expect(result.ok && result.value).toBeInstanceOf(PostalAddressDto);
    expect(result.ok && result.value).toEqual(expect.objectContaining(address));
  });

  it.each([null, undefined, 'Wittenberge', 42, [address]])('refuses %p as input', async (plain) => {
    await expect(validateInput(PostalAddressDto, plain)).resolves.toEqual({
      ok: false,
      errors: [{ path: '', constraints: ['isObject'], messages: ['input must be an object'] }],
    });
  });

  it('reports a missing property with constraint names and messages', async () => {
    const result = await validateInput(PostalAddressDto, { ...address, city: undefined });
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          path: 'city',
          constraints: ['isString', 'maxLength', 'isNotBlank'],
          messages: [
            'city must be a string',
            'city must be shorter than or equal to 100 characters',
            'city must not be blank',
          ],
        },
      ],
    });
  });

  it('refuses unknown properties instead of dropping them silently', async () => {
    const result = await validateInput(PostalAddressDto, { ...address, houseNumber: '165' });
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          path: 'houseNumber',
          constraints: ['whitelistValidation'],
          messages: ['property houseNumber should not exist'],
        },
      ],
    });
  });

  it('reports nested problems with a dotted path including list indices', async () => {
    const result = await validateInput(CreateEventDto, {
      title: 'Netzwerkgespräch',
      type: 'network_meeting',
      format: 'hybrid',
      startsAt: '2021-03-04T11:00:00+01:00',
      endsAt: '2021-03-04T13:00:00+01:00',
      venue: { name: 'Rathaus', address: { ...address, hall: 'A' } },
      agenda: [
        { startsAt: '2021-03-04T11:00:00+01:00', title: 'Begrüßung', kind: 'welcome' },
        {
          startsAt: '2021-03-04T11:15:00+01:00',
          title: 'Impuls',
          kind: 'talk',
          contributors: [{ personId: 'Dr. Weigel', role: 'speaker' }],
        },
      ],
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => [e.path, e.constraints])).toEqual([
      ['venue.address.hall', ['whitelistValidation']],
      ['agenda.1.contributors.0.personId', ['isUuid']],
    ]);
  });

  it('ignores a __proto__ key in parsed JSON without polluting prototypes', async () => {
    const plain = JSON.parse('{"name": "Bürgerbeteiligung", "__proto__": {"polluted": true}}');
    const result = await validateInput(CreateTopicDto, plain);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.ok && Object.getPrototypeOf(result.value)).toBe(CreateTopicDto.prototype);
  });
});
