import { describe, expect, it } from 'vitest';
import { berlinDay, monthGrid, monthRange, parseMonth, shiftMonth } from './calendar-month';

describe('parseMonth', () => {
  it('reads YYYY-MM', () => {
    expect(parseMonth('2025-03')).toEqual({ year: 2025, month: 3 });
  });

  it('falls back to the current Berlin month', () => {
    // 31 Dec 23:30 UTC is already January in Berlin.
    expect(parseMonth('2025-13', new Date('2025-12-31T23:30:00Z'))).toEqual({
      year: 2026,
      month: 1,
    });
    expect(parseMonth(undefined, new Date('2025-06-15T12:00:00Z'))).toEqual({
      year: 2025,
      month: 6,
    });
    expect(parseMonth(['2025-03'], new Date('2025-06-15T12:00:00Z'))).toEqual({
      year: 2025,
      month: 6,
    });
  });
});

describe('shiftMonth and monthRange', () => {
  it('crosses year boundaries', () => {
    expect(shiftMonth({ year: 2025, month: 1 }, -1)).toEqual({ year: 2024, month: 12 });
    expect(shiftMonth({ year: 2025, month: 12 }, 1)).toEqual({ year: 2026, month: 1 });
  });

  it('knows leap years', () => {
    expect(monthRange({ year: 2024, month: 2 })).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(monthRange({ year: 2025, month: 2 })).toEqual({ from: '2025-02-01', to: '2025-02-28' });
  });
});

describe('monthGrid', () => {
  it('starts weeks on Monday and pads with neighbouring days', () => {
    // September 2025 starts on a Monday, June 2025 on a Sunday.
    const september = monthGrid({ year: 2025, month: 9 }, []);
    expect(september[0]![0]).toMatchObject({ date: '2025-09-01', inMonth: true });
    expect(september).toHaveLength(5);
    const june = monthGrid({ year: 2025, month: 6 }, []);
    expect(june[0]!.map((d) => d.day)).toEqual([26, 27, 28, 29, 30, 31, 1]);
    expect(june[0]![6]).toMatchObject({ date: '2025-06-01', inMonth: true });
    expect(june[0]![0]!.inMonth).toBe(false);
    expect(june).toHaveLength(6);
    for (const week of june) expect(week).toHaveLength(7);
  });

  it('counts the days of DST months once each', () => {
    // Clocks change on 30 March and 26 October 2025.
    for (const month of [3, 10]) {
      const days = monthGrid({ year: 2025, month }, [])
        .flat()
        .filter((d) => d.inMonth)
        .map((d) => d.day);
      expect(days).toEqual(Array.from({ length: 31 }, (_, i) => i + 1));
    }
  });

  it('puts events on their Berlin day, across DST changes', () => {
    const events = [
      { slug: 'late', startsAt: '2025-03-29T23:30:00Z' }, // 00:30 CET, 30 March
      { slug: 'summer', startsAt: '2025-03-30T22:30:00Z' }, // 00:30 CEST, 31 March
      { slug: 'evening', startsAt: '2025-03-10T18:00:00Z' },
    ];
    const days = monthGrid({ year: 2025, month: 3 }, events).flat();
    const on = (date: string) => days.find((d) => d.date === date)!.events.map((e) => e.slug);
    expect(on('2025-03-29')).toEqual([]);
    expect(on('2025-03-30')).toEqual(['late']);
    expect(on('2025-03-31')).toEqual(['summer']);
    expect(on('2025-03-10')).toEqual(['evening']);
    expect(berlinDay('2025-10-25T22:30:00Z')).toBe('2025-10-26'); // CEST
    expect(berlinDay('2025-10-26T22:30:00Z')).toBe('2025-10-26'); // CET
  });

  it('marks today in Berlin', () => {
    const days = monthGrid({ year: 2025, month: 3 }, [], new Date('2025-03-09T23:15:00Z')).flat();
    expect(days.filter((d) => d.isToday).map((d) => d.date)).toEqual(['2025-03-10']);
  });
});
