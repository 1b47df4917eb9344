import { describe, expect, it } from 'vitest';
import {
  agendaTime,
  berlinClock,
  eventDateLine,
  longDate,
  longDateTime,
  monthTitle,
  weekdayDate,
} from './dates';

describe('berlinClock', () => {
  it.each([
    ['2024-07-03T08:00:00Z', '10:00'], // summer time, UTC+2
    ['2024-01-10T08:05:00Z', '09:05'], // winter time, UTC+1
    ['2024-03-31T00:30:00Z', '01:30'], // the night clocks go forward
    ['2024-03-31T01:30:00Z', '03:30'],
    ['2024-10-26T22:15:00Z', '00:15'], // Berlin is already on the next day
  ])('shows %s as %s in Berlin', (instant, expected) => {
    expect(berlinClock(instant)).toBe(expected);
  });
});

describe('agendaTime', () => {
  it('shows start and end with an en dash and "Uhr"', () => {
    const item = { startsAt: '2021-03-04T10:00:00.000Z', endsAt: '2021-03-04T10:15:00.000Z' };

    expect(agendaTime(item)).toBe('11:00–11:15 Uhr');
  });

  it('shows only the start when the item has no end', () => {
    expect(agendaTime({ startsAt: '2021-03-04T11:00:00.000Z', endsAt: null })).toBe('12:00 Uhr');
  });

  it('ignores an end that is not after the start', () => {
    const item = { startsAt: '2021-03-04T11:00:00.000Z', endsAt: '2021-03-04T11:00:00.000Z' };

    expect(agendaTime(item)).toBe('12:00 Uhr');
  });
});

describe('longDate', () => {
  it('writes the Berlin day with the month in words', () => {
    expect(longDate('2025-04-17T07:00:00.000Z')).toBe('17. April 2025');
  });

  it('uses the Berlin day, not the UTC day', () => {
    expect(longDate('2024-12-31T23:30:00.000Z')).toBe('1. Januar 2025');
  });
});

describe('eventDateLine', () => {
  const times = { startsAt: '2024-07-03T08:00:00.000Z', endsAt: '2024-07-03T09:00:00.000Z' };

  it('prints an online event like the seeds', () => {
    expect(eventDateLine({ ...times, format: 'online', venue: null })).toBe(
      '03. Juli 2024 | Online | 10:00-11:00 Uhr',
    );
  });

  it('names the city of an in-person venue', () => {
    const venue = {
      name: 'Kultur- und Festspielhaus',
      address: { street: 'Paul-Lincke-Platz 1', postalCode: '19322', city: 'Wittenberge' },
    };

    expect(eventDateLine({ ...times, format: 'in_person', venue })).toBe(
      '03. Juli 2024 | Wittenberge | 10:00-11:00 Uhr',
    );
  });

  it('falls back to the venue name when the venue has no address', () => {
    const venue = { name: 'Heidelberg' };

    expect(eventDateLine({ ...times, format: 'in_person', venue })).toBe(
      '03. Juli 2024 | Heidelberg | 10:00-11:00 Uhr',
    );
  });
});

describe('in English', () => {
  const times = { startsAt: '2024-07-03T08:00:00.000Z', endsAt: '2024-07-03T09:00:00.000Z' };

  it('writes days, months and moments the British way, in Berlin time', () => {
    expect(longDate('2024-12-31T23:30:00.000Z', 'en')).toBe('1 January 2025');
    expect(monthTitle(2026, 11, 'en')).toBe('November 2026');
    expect(weekdayDate('2026-11-21', 'en')).toBe('Saturday 21 November');
    expect(longDateTime('2026-11-21T13:05:00.000Z', 'en')).toBe('21 November 2026 at 14:05');
  });

  it('leaves out "Uhr" in agenda times and date lines', () => {
    expect(agendaTime(times, 'en')).toBe('10:00–11:00');
    expect(eventDateLine({ ...times, format: 'online', venue: null }, 'en')).not.toContain('Uhr');
  });

  it('keeps the German forms by default', () => {
    expect(monthTitle(2026, 11)).toBe('November 2026');
    expect(weekdayDate('2026-11-21')).toBe('Samstag, 21. November');
    expect(longDateTime('2026-11-21T13:05:00.000Z')).toBe('21. November 2026 um 14:05');
  });
});
