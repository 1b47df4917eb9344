import { describe, expect, it } from '@jest/globals';
import { ADDRESS_CONFIRMED_STATUSES, eventRates, fillLevel, rate } from './statistics.js';

describe('rate', () => {
  it('is the share of the whole', () => {
    expect(rate(3, 4)).toBe(0.75);
    expect(rate(0, 4)).toBe(0);
  });

  it('is null when there is nothing to measure against, or the figures are broken', () => {
    expect(rate(0, 0)).toBeNull();
    expect(rate(1, -1)).toBeNull();
    expect(rate(-1, 4)).toBeNull();
    expect(rate(Number.NaN, 4)).toBeNull();
  });
});

describe('eventRates', () => {
  it('measures confirmation against all registrations and attendance against participants', () => {
    expect(
      eventRates({ registrations: 50, addressConfirmed: 40, participants: 32, attended: 24 }),
    ).toEqual({ confirmationRate: 0.8, attendanceRate: 0.75 });
  });

  it('has no attendance rate before anyone holds a seat', () => {
    expect(
      eventRates({ registrations: 2, addressConfirmed: 0, participants: 0, attended: 0 }),
    ).toEqual({ confirmationRate: 0, attendanceRate: null });
  });
});

describe('ADDRESS_CONFIRMED_STATUSES', () => {
  it('leaves out registrations never confirmed', () => {
    expect(ADDRESS_CONFIRMED_STATUSES).not.toContain('pending_confirmation');
    expect(ADDRESS_CONFIRMED_STATUSES).not.toContain('expired');
    expect(ADDRESS_CONFIRMED_STATUSES).toEqual(
      expect.arrayContaining([
        'confirmed',
        'waitlisted',
        'awaiting_approval',
        'cancelled',
        'rejected',
      ]),
    );
  });
});

describe('fillLevel', () => {
  it('is the share of seats taken, also above full when staff added people by hand', () => {
    expect(fillLevel(100, 25)).toBe(0.25);
    expect(fillLevel(10, 12)).toBe(1.2);
  });

  it('is null without a limit', () => {
    expect(fillLevel(null, 500)).toBeNull();
  });
});
