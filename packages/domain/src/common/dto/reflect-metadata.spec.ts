// The NestJS API loads the reflect-metadata polyfill before any DTO; the DTOs must behave the
// same there as in browsers without it (every other spec).
import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import { CreateEventDto } from '../../events/dto/create-event.dto.js';
import { EventListQueryDto } from '../../events/dto/event-list-query.dto.js';
import { validateInput } from '../validation.js';

describe('DTOs with the reflect-metadata polyfill loaded', () => {
  it('run with the polyfill in place', () => {
    expect(typeof Reflect.getMetadata).toBe('function');
  });

  it('still converts query-string numbers', async () => {
    const result = await validateInput(EventListQueryDto, { page: '2', pageSize: '1000' });
    expect(result).toEqual({
      ok: false,
      errors: [expect.objectContaining({ path: 'pageSize', constraints: ['max'] })],
    });
  });

  it('still validates nested objects', async () => {
    const result = await validateInput(CreateEventDto, {
      title: 'Werkstatt',
      type: 'workshop',
      format: 'in_person',
      startsAt: '2025-05-21T09:30:00+02:00',
      endsAt: '2025-05-21T16:00:00+02:00',
      venue: { name: 'KUBE', address: { street: 'Am Kalkofen 1', postalCode: '36381' } },
    });
    expect(!result.ok && result.errors.map((e) => e.path)).toEqual(['venue.address.city']);
  });
});
