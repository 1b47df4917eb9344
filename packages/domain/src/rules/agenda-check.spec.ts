import { describe, expect, it } from '@jest/globals';
import { agendaIssues } from './agenda-check.js';

// A Netzwerkgespräch from 10:00 to 15:30 (Berlin, winter time).
const event = { startsAt: '2026-02-12T09:00:00Z', endsAt: '2026-02-12T14:30:00Z' };
const at = (time: string) => `2026-02-12T${time}:00Z`;

describe('agendaIssues', () => {
  it('accepts a timed agenda inside the event, items back to back', () => {
    expect(
      agendaIssues(event, [
        { startsAt: at('09:00'), endsAt: at('09:15') },
        { startsAt: at('09:15'), endsAt: at('10:30') },
        { startsAt: at('10:30') },
        { startsAt: at('14:00'), endsAt: at('14:30') },
      ]),
    ).toEqual([]);
  });

  it('refuses items that start before or end after the event', () => {
    expect(
      agendaIssues(event, [
        { startsAt: at('08:45'), endsAt: at('09:15') },
        { startsAt: at('10:00'), endsAt: at('11:00') },
        { startsAt: at('14:00'), endsAt: at('14:45') },
        { startsAt: at('15:00') },
      ]),
    ).toEqual([
      { code: 'outside_event', index: 0, severity: 'error' },
      { code: 'outside_event', index: 2, severity: 'error' },
      { code: 'outside_event', index: 3, severity: 'error' },
    ]);
  });

  it('warns about overlapping items, naming both, whatever the order given', () => {
    expect(
      agendaIssues(event, [
        { startsAt: at('11:00'), endsAt: at('12:00') },
        { startsAt: at('09:00'), endsAt: at('11:30') },
        { startsAt: at('11:45') },
      ]),
    ).toEqual([
      { code: 'overlap', index: 1, otherIndex: 0, severity: 'warning' },
      { code: 'overlap', index: 2, otherIndex: 0, severity: 'warning' },
    ]);
  });

  it('finds an item inside a long one even when others lie between', () => {
    const issues = agendaIssues(event, [
      { startsAt: at('09:00'), endsAt: at('14:00') },
      { startsAt: at('10:00'), endsAt: at('10:30') },
      { startsAt: at('12:00'), endsAt: at('12:30') },
    ]);
    expect(issues.map((i) => [i.index, i.otherIndex])).toEqual([
      [1, 0],
      [2, 0],
    ]);
  });

  it('throws on a time that is not a date rather than passing it', () => {
    expect(() => agendaIssues(event, [{ startsAt: 'gleich danach' }])).toThrow(RangeError);
  });
});
