import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { EventPhase } from '../events/event.js';
import { eventPhase } from './event-phase.js';

const talk = { startsAt: '2024-07-03T10:00:00+02:00', endsAt: '2024-07-03T11:00:00+02:00' };

describe('eventPhase', () => {
  it.each([
    ['a day before', '2024-07-02T10:00:00+02:00', EventPhase.Upcoming],
    ['a millisecond before the start', '2024-07-03T07:59:59.999Z', EventPhase.Upcoming],
    ['at the start', '2024-07-03T08:00:00Z', EventPhase.Running],
    ['halfway', '2024-07-03T10:30:00+02:00', EventPhase.Running],
    ['a millisecond before the end', '2024-07-03T08:59:59.999Z', EventPhase.Running],
    ['at the end', '2024-07-03T09:00:00Z', EventPhase.Past],
    ['a year later', '2025-07-03T10:00:00+02:00', EventPhase.Past],
  ])('is as expected %s', (_, now, phase) => {
    expect(eventPhase(talk, new Date(now))).toBe(phase);
  });

  it('accepts Date objects as well as ISO strings', () => {
    const event = { startsAt: new Date(talk.startsAt), endsAt: new Date(talk.endsAt) };
    expect(eventPhase(event, new Date('2024-07-03T08:30:00Z'))).toBe(EventPhase.Running);
  });

  it('rejects an invalid timestamp instead of guessing', () => {
    expect(() => eventPhase({ ...talk, startsAt: 'soon' }, new Date())).toThrow(RangeError);
  });

  it('moves only forward in time: upcoming, then running, then past', () => {
    const order = [EventPhase.Upcoming, EventPhase.Running, EventPhase.Past];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: -20_000_000, max: 20_000_000 }),
        fc.integer({ min: 0, max: 20_000_000 }),
        (start, duration, t, step) => {
          const event = { startsAt: new Date(start), endsAt: new Date(start + duration) };
          const before = order.indexOf(eventPhase(event, new Date(t)));
          const after = order.indexOf(eventPhase(event, new Date(t + step)));
          expect(after).toBeGreaterThanOrEqual(before);
        },
      ),
    );
  });
});
