import { describe, expect, it } from '@jest/globals';
import { isUndeliverable } from '@stadtgespraech/domain/rules';
import { demoRegistrationsFor } from './demo-registrations.js';

const now = new Date('2026-11-21T10:00:00Z');
const past = {
  slug: 'klimaschutz-und-klimaanpassung-2024',
  startsAt: new Date('2024-06-12T08:00:00Z'),
  endsAt: new Date('2024-06-12T09:00:00Z'),
  capacity: null,
};

describe('demoRegistrationsFor', () => {
  it('gives the same people for the same event on every machine', () => {
    expect(demoRegistrationsFor(past, now)).toEqual(demoRegistrationsFor(past, now));
    expect(demoRegistrationsFor(past, now)).not.toEqual(
      demoRegistrationsFor({ ...past, slug: 'another-event' }, now),
    );
  });

  it('fills a past event with registrations made before it, the present ones confirmed', () => {
    const rows = demoRegistrationsFor(past, now);
    expect(rows.length).toBeGreaterThanOrEqual(25);
    expect(rows.length).toBeLessThanOrEqual(70);
    expect(rows.every((row) => row.createdAt < past.startsAt)).toBe(true);
    expect(rows.some((row) => row.attendedAt !== null)).toBe(true);
    expect(rows.filter((row) => row.attendedAt).every((row) => row.status === 'confirmed')).toBe(
      true,
    );
    expect(new Set(rows.map((row) => row.email)).size).toBe(rows.length);
    expect(rows.every((row) => isUndeliverable(row.email))).toBe(true);
  });

  it('leaves a seat free and registers nobody in the future for a coming event', () => {
    const coming = {
      slug: 'demo-web-talk',
      startsAt: new Date('2026-12-03T09:00:00Z'),
      endsAt: new Date('2026-12-03T10:00:00Z'),
      capacity: 5,
    };
    const rows = demoRegistrationsFor(coming, now);
    expect(rows.length).toBeLessThanOrEqual(4);
    expect(rows.every((row) => row.status === 'confirmed' && row.attendedAt === null)).toBe(true);
    expect(rows.every((row) => row.createdAt <= now)).toBe(true);
  });
});
