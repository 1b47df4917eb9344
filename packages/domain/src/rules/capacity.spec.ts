import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  ConfirmationOutcome,
  decideOnConfirmation,
  freeSeats,
  promotionsAfterRelease,
  type ConfirmationContext,
} from './capacity.js';

describe('freeSeats', () => {
  it.each([
    [100, 0, 100],
    [100, 99, 1],
    [100, 100, 0],
    [100, 103, 0],
    [null, 5_000, Infinity],
  ])('with capacity %p and %p confirmed is %p', (capacity, confirmed, expected) => {
    expect(freeSeats(capacity, confirmed)).toBe(expected);
  });
});

describe('decideOnConfirmation', () => {
  const base: ConfirmationContext = {
    capacity: 2,
    confirmedCount: 0,
    waitlistEnabled: true,
    approvalRequired: false,
  };

  it.each<[string, Partial<ConfirmationContext>, ConfirmationOutcome]>([
    ['a free seat confirms', {}, 'confirmed'],
    ['the last seat confirms', { confirmedCount: 1 }, 'confirmed'],
    ['no seat but a waiting list waitlists', { confirmedCount: 2 }, 'waitlisted'],
    [
      'no seat and no waiting list rejects',
      { confirmedCount: 2, waitlistEnabled: false },
      'rejected_full',
    ],
    ['unlimited seats always confirm', { capacity: null, confirmedCount: 9_999 }, 'confirmed'],
    ['approval comes before a free seat', { approvalRequired: true }, 'awaiting_approval'],
    [
      'approval comes before a full house',
      { approvalRequired: true, confirmedCount: 2, waitlistEnabled: false },
      'awaiting_approval',
    ],
  ])('%s', (_, overrides, expected) => {
    expect(decideOnConfirmation({ ...base, ...overrides })).toBe(expected);
  });

  it('never confirms more registrants than there are seats', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 0, max: 120 }),
        fc.boolean(),
        (capacity, arrivals, waitlistEnabled) => {
          let confirmedCount = 0;
          const outcomes: ConfirmationOutcome[] = [];
          for (let i = 0; i < arrivals; i++) {
            const outcome = decideOnConfirmation({
              capacity,
              confirmedCount,
              waitlistEnabled,
              approvalRequired: false,
            });
            if (outcome === ConfirmationOutcome.Confirmed) confirmedCount++;
            outcomes.push(outcome);
          }
          expect(confirmedCount).toBe(Math.min(capacity, arrivals));
          // First confirmed, first served: nobody is confirmed after someone was turned away.
          const firstTurnedAway = outcomes.findIndex((o) => o !== ConfirmationOutcome.Confirmed);
          if (firstTurnedAway >= 0) {
            expect(outcomes.slice(firstTurnedAway)).not.toContain(ConfirmationOutcome.Confirmed);
          }
        },
      ),
    );
  });
});

describe('promotionsAfterRelease', () => {
  it('promotes the first in line into a freed seat', () => {
    expect(
      promotionsAfterRelease({
        capacity: 30,
        confirmedCount: 29,
        waitlist: ['anna', 'ben', 'cem'],
      }),
    ).toEqual(['anna']);
  });

  it('promotes nobody while the event is still full', () => {
    expect(
      promotionsAfterRelease({ capacity: 30, confirmedCount: 30, waitlist: ['anna'] }),
    ).toEqual([]);
  });

  it('promotes everyone when capacity becomes unlimited', () => {
    expect(
      promotionsAfterRelease({ capacity: null, confirmedCount: 30, waitlist: ['anna', 'ben'] }),
    ).toEqual(['anna', 'ben']);
  });

  it('keeps the order of the list and fills exactly the free seats', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 80 }),
        fc.uniqueArray(fc.uuid(), { maxLength: 40 }),
        (capacity, confirmedCount, waitlist) => {
          const promoted = promotionsAfterRelease({ capacity, confirmedCount, waitlist });
          const free = Math.max(0, capacity - confirmedCount);
          expect(promoted).toEqual(waitlist.slice(0, promoted.length));
          expect(promoted).toHaveLength(Math.min(free, waitlist.length));
          expect(confirmedCount + promoted.length).toBeLessThanOrEqual(
            Math.max(capacity, confirmedCount),
          );
        },
      ),
    );
  });
});
