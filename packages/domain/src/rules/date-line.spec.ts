import { describe, expect, it } from '@jest/globals';
import type { EventFormat } from '../events/event.js';
import {
  formatDateLine,
  formatDateSpan,
  formatDeadline,
  formatPlace,
  isOneDay,
  formatShortDate,
  formatTimeRange,
  type DateLineEvent,
} from './date-line.js';

const online = (startsAt: string, endsAt: string): DateLineEvent => ({
  startsAt,
  endsAt,
  format: 'online',
  venue: null,
});

const wittenberge = {
  name: 'Kultur- und Festspielhaus Wittenberge',
  address: { city: 'Wittenberge' },
};

describe('formatDateSpan and formatPlace', () => {
  it('give the days and the place of the date line on their own', () => {
    const talk = online('2024-07-03T08:00:00Z', '2024-07-03T09:00:00Z');
    expect(formatDateSpan(talk)).toBe('03. Juli 2024');
    expect(formatDateSpan(talk, 'en')).toBe('3 July 2024');
    expect(
      formatDateSpan({ startsAt: '2025-06-17T07:00:00Z', endsAt: '2025-06-18T14:00:00Z' }),
    ).toBe('17.-18. Juni 2025');
    expect(isOneDay(talk)).toBe(true);
    expect(isOneDay({ startsAt: '2025-06-17T07:00:00Z', endsAt: '2025-06-18T14:00:00Z' })).toBe(
      false,
    );
    expect(isOneDay({ startsAt: '2025-06-17T18:00:00Z', endsAt: '2025-06-17T22:00:00Z' })).toBe(
      true,
    );
    expect(formatPlace(talk)).toBe('Online');
    expect(formatPlace({ ...talk, format: 'hybrid', venue: wittenberge }, 'en')).toBe(
      'Online and Wittenberge',
    );
  });
});

// jest.config.js runs the unit tests in Pacific/Kiritimati (UTC+14) unless TZ is set, so any
// use of the process time zone shows; `TZ=UTC pnpm test` checks the other extreme.
describe('German and English dates', () => {
  describe('formatDateLine', () => {
    it.each<[string, DateLineEvent, string]>([
      [
        'the Bürgerrat web talk (summer time)',
        online('2024-07-03T08:00:00Z', '2024-07-03T09:00:00Z'),
        '03. Juli 2024 | Online | 10:00-11:00 Uhr',
      ],
      [
        'the IstaG web talk',
        online('2024-09-04T10:00:00+02:00', '2024-09-04T11:00:00+02:00'),
        '04. September 2024 | Online | 10:00-11:00 Uhr',
      ],
      [
        'the announced climate talk',
        online('2024-10-09T08:00:00Z', '2024-10-09T09:00:00Z'),
        '09. Oktober 2024 | Online | 10:00-11:00 Uhr',
      ],
      [
        'the Netzwerkgespräch (winter time)',
        online('2021-03-04T10:00:00Z', '2021-03-04T12:00:00Z'),
        '04. März 2021 | Online | 11:00-13:00 Uhr',
      ],
      [
        'the night clocks go forward',
        online('2024-03-31T00:30:00Z', '2024-03-31T01:30:00Z'),
        '31. März 2024 | Online | 01:30-03:30 Uhr',
      ],
      [
        'the night clocks go back',
        online('2024-10-27T00:30:00Z', '2024-10-27T01:30:00Z'),
        '27. Oktober 2024 | Online | 02:30-02:30 Uhr',
      ],
      [
        'a talk just before midnight in Berlin',
        online('2024-12-31T21:30:00Z', '2024-12-31T22:30:00Z'),
        '31. Dezember 2024 | Online | 22:30-23:30 Uhr',
      ],
      [
        'an evening ending at midnight',
        online('2024-06-12T18:00:00+02:00', '2024-06-13T00:00:00+02:00'),
        '12. Juni 2024 | Online | 18:00-24:00 Uhr',
      ],
      [
        'an in-person event',
        {
          startsAt: '2025-05-21T09:30:00+02:00',
          endsAt: '2025-05-21T16:00:00+02:00',
          format: 'in_person',
          venue: { name: 'KUBE', address: { city: 'Schlüchtern' } },
        },
        '21. Mai 2025 | Schlüchtern | 09:30-16:00 Uhr',
      ],
      [
        'an in-person event at a venue without address',
        {
          startsAt: '2025-05-21T09:30:00+02:00',
          endsAt: '2025-05-21T16:00:00+02:00',
          format: 'in_person',
          venue: { name: 'Rathaus Telgte', address: null },
        },
        '21. Mai 2025 | Rathaus Telgte | 09:30-16:00 Uhr',
      ],
      [
        'an in-person event without venue yet',
        {
          startsAt: '2025-05-21T09:30:00+02:00',
          endsAt: '2025-05-21T16:00:00+02:00',
          format: 'in_person',
        },
        '21. Mai 2025 | 09:30-16:00 Uhr',
      ],
      [
        'a hybrid event',
        {
          startsAt: '2024-09-23T14:00:00+02:00',
          endsAt: '2024-09-23T15:30:00+02:00',
          format: 'hybrid',
          venue: { name: 'Kongresshaus Stadthalle', address: { city: 'Heidelberg' } },
        },
        '23. September 2024 | Online und Heidelberg | 14:00-15:30 Uhr',
      ],
      [
        'a hybrid event without venue yet',
        {
          startsAt: '2024-09-23T14:00:00+02:00',
          endsAt: '2024-09-23T15:30:00+02:00',
          format: 'hybrid',
          venue: null,
        },
        '23. September 2024 | Online und vor Ort | 14:00-15:30 Uhr',
      ],
      [
        'a congress over two days',
        {
          startsAt: '2025-06-17T10:00:00+02:00',
          endsAt: '2025-06-18T16:00:00+02:00',
          format: 'in_person',
          venue: wittenberge,
        },
        '17.-18. Juni 2025 | Wittenberge',
      ],
      [
        'days across a month',
        {
          startsAt: '2025-06-30T10:00:00+02:00',
          endsAt: '2025-07-01T16:00:00+02:00',
          format: 'in_person',
          venue: wittenberge,
        },
        '30. Juni-01. Juli 2025 | Wittenberge',
      ],
      [
        'days across a year',
        online('2025-12-30T10:00:00+01:00', '2026-01-02T12:00:00+01:00'),
        '30. Dezember 2025-02. Januar 2026 | Online',
      ],
      [
        'an end before the start',
        online('2024-07-03T08:00:00Z', '2024-07-03T08:00:00Z'),
        '03. Juli 2024 | Online | 10:00 Uhr',
      ],
    ])('prints %s', (_, event, line) => {
      expect(formatDateLine(event)).toBe(line);
    });

    it.each<[string, DateLineEvent, string]>([
      [
        'an online talk',
        online('2024-07-03T08:00:00Z', '2024-07-03T09:00:00Z'),
        '3 July 2024 | Online | 10:00-11:00',
      ],
      [
        'a hybrid event',
        {
          startsAt: '2024-09-23T14:00:00+02:00',
          endsAt: '2024-09-23T15:30:00+02:00',
          format: 'hybrid' as EventFormat,
          venue: { name: 'Stadthalle', address: { city: 'Heidelberg' } },
        },
        '23 September 2024 | Online and Heidelberg | 14:00-15:30',
      ],
      [
        'two days',
        {
          ...online('2025-06-17T10:00:00+02:00', '2025-06-18T16:00:00+02:00'),
          format: 'in_person',
          venue: wittenberge,
        },
        '17-18 June 2025 | Wittenberge',
      ],
      [
        'days across a month',
        online('2025-06-30T10:00:00+02:00', '2025-07-01T16:00:00+02:00'),
        '30 June-1 July 2025 | Online',
      ],
      [
        'days across a year',
        online('2025-12-30T10:00:00+01:00', '2026-01-02T12:00:00+01:00'),
        '30 December 2025-2 January 2026 | Online',
      ],
    ])('prints %s in English', (_, event, line) => {
      expect(formatDateLine(event, 'en')).toBe(line);
    });

    it('accepts Date objects', () => {
      const event = {
        ...online('', ''),
        startsAt: new Date('2024-07-03T08:00:00Z'),
        endsAt: new Date('2024-07-03T09:00:00Z'),
      };
      expect(formatDateLine(event)).toBe('03. Juli 2024 | Online | 10:00-11:00 Uhr');
    });
  });

  describe('formatTimeRange', () => {
    it('prints an agenda slot in German and English', () => {
      const slot = { startsAt: '2021-03-04T10:00:00Z', endsAt: '2021-03-04T10:15:00Z' };
      expect(formatTimeRange(slot)).toBe('11:00-11:15 Uhr');
      expect(formatTimeRange(slot, 'en')).toBe('11:00-11:15');
    });
  });

  describe('formatDeadline', () => {
    it.each([
      ['2024-07-01T23:59:59+02:00', 'Montag, der 1. Juli 2024', 'Monday, 1 July 2024'],
      ['2024-07-01T21:59:59Z', 'Montag, der 1. Juli 2024', 'Monday, 1 July 2024'],
      ['2024-08-30T12:00:00+02:00', 'Freitag, der 30. August 2024', 'Friday, 30 August 2024'],
      // 23:30 UTC on 28 February is already 1 March in Berlin.
      ['2021-02-28T23:30:00Z', 'Montag, der 1. März 2021', 'Monday, 1 March 2021'],
      ['2024-12-29T09:00:00+01:00', 'Sonntag, der 29. Dezember 2024', 'Sunday, 29 December 2024'],
    ])('prints %s as %p and %p', (date, de, en) => {
      expect(formatDeadline(date)).toBe(de);
      expect(formatDeadline(new Date(date), 'en')).toBe(en);
    });
  });

  describe('formatShortDate', () => {
    it.each([
      ['2021-03-04T10:00:00Z', '04.03.2021', '04/03/2021'],
      ['2024-09-23T08:00:00Z', '23.09.2024', '23/09/2024'],
      ['2024-12-31T23:30:00Z', '01.01.2025', '01/01/2025'],
    ])('prints %s as %p and %p', (date, de, en) => {
      expect(formatShortDate(date)).toBe(de);
      expect(formatShortDate(date, 'en')).toBe(en);
    });
  });
});

describe('invalid input', () => {
  it('is refused rather than printed as "NaN"', () => {
    expect(() => formatShortDate('31.12.2024')).toThrow(RangeError);
    expect(() => formatDateLine(online('2024-07-03T08:00:00Z', 'later'))).toThrow(RangeError);
  });
});
