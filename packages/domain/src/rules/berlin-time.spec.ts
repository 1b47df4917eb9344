import { describe, expect, it } from '@jest/globals';
import { berlin, berlinDatePlus, berlinFloatingTime, berlinWallClock } from './berlin-time.js';

describe('berlin', () => {
  it('uses summer time (UTC+2) in July', () => {
    expect(berlin('2024-07-03', '10:00').toISOString()).toBe('2024-07-03T08:00:00.000Z');
  });

  it('uses winter time (UTC+1) in March before the change', () => {
    expect(berlin('2021-03-04', '11:00').toISOString()).toBe('2021-03-04T10:00:00.000Z');
  });

  it('handles the day of the spring change', () => {
    expect(berlin('2025-03-30', '10:00').toISOString()).toBe('2025-03-30T08:00:00.000Z');
  });
});

describe('berlinDatePlus', () => {
  it('counts days from the Berlin date, not the UTC date', () => {
    // 23:30 UTC on 31 Dec is already 1 Jan in Berlin.
    expect(berlinDatePlus(new Date('2025-12-31T23:30:00Z'), 0)).toBe('2026-01-01');
    expect(berlinDatePlus(new Date('2025-12-31T23:30:00Z'), -1)).toBe('2025-12-31');
  });
});

describe('berlinWallClock', () => {
  it('shows an instant as the date and time in Berlin, in winter and summer', () => {
    expect(berlinWallClock('2026-02-12T09:00:00Z')).toEqual({ date: '2026-02-12', time: '10:00' });
    expect(berlinWallClock(new Date('2024-07-03T22:30:00Z'))).toEqual({
      date: '2024-07-04',
      time: '00:30',
    });
  });

  it('turns back into the same instant with berlin()', () => {
    const instant = '2025-10-26T01:30:00.000Z'; // the night summer time ends
    const { date, time } = berlinWallClock(instant);
    expect(berlin(date, time).toISOString()).toBe('2025-10-26T01:30:00.000Z');
  });
});

describe('berlinFloatingTime', () => {
  it('keeps the Berlin wall clock with seconds in the UTC fields, in winter and summer', () => {
    expect(berlinFloatingTime(new Date('2026-02-12T09:00:07Z')).toISOString()).toBe(
      '2026-02-12T10:00:07.000Z',
    );
    expect(berlinFloatingTime(new Date('2024-07-03T22:30:00Z')).toISOString()).toBe(
      '2024-07-04T00:30:00.000Z',
    );
  });
});
