import { describe, expect, it } from '@jest/globals';
import { DomainError } from '../common/errors.js';
import { RegistrationMode, type EventStatus } from '../events/event.js';
import { RegistrationErrorCode } from './error-codes.js';
import {
  RegistrationState,
  assertRegistrationOpen,
  registrationState,
  seatCountDecidesAcceptance,
  type RegistrationWindowEvent,
} from './registration-window.js';

// The Bürgerrat web talk: 3 July 2024, 10:00 Berlin; Anmeldeschluss Monday, 1 July 2024.
const START = '2024-07-03T10:00:00+02:00';
const DEADLINE = '2024-07-01T23:59:59+02:00';

function webTalk(
  overrides: { status?: EventStatus } & Partial<RegistrationWindowEvent['registration']> = {},
): RegistrationWindowEvent {
  const { status = 'published', ...registration } = overrides;
  return {
    status,
    startsAt: START,
    endsAt: '2024-07-03T11:00:00+02:00',
    registration: {
      mode: RegistrationMode.Internal,
      opensAt: '2024-06-01T00:00:00+02:00',
      deadline: DEADLINE,
      capacity: 100,
      waitlistEnabled: true,
      ...registration,
    },
  };
}

const at = (iso: string): Date => new Date(iso);

describe('registrationState', () => {
  it.each<[string, RegistrationWindowEvent, number, string, RegistrationState]>([
    ['no registration needed', webTalk({ mode: 'none' }), 0, '2024-06-15T12:00:00Z', 'none'],
    [
      'registration elsewhere',
      webTalk({ mode: 'external' }),
      0,
      '2024-06-15T12:00:00Z',
      'external',
    ],
    ['a cancelled event', webTalk({ status: 'cancelled' }), 0, '2024-06-15T12:00:00Z', 'cancelled'],
    [
      'a cancelled event without own registration',
      webTalk({ status: 'cancelled', mode: 'none' }),
      0,
      '2024-06-15T12:00:00Z',
      'cancelled',
    ],
    ['a draft', webTalk({ status: 'draft' }), 0, '2024-06-15T12:00:00Z', 'not_open_yet'],
    ['before opensAt', webTalk(), 0, '2024-05-31T21:59:59Z', 'not_open_yet'],
    ['at opensAt', webTalk(), 0, '2024-05-31T22:00:00Z', 'open'],
    ['while seats are free', webTalk(), 99, '2024-06-15T12:00:00Z', 'open'],
    ['when full with a waiting list', webTalk(), 100, '2024-06-15T12:00:00Z', 'full_waitlist'],
    [
      'when full without a waiting list',
      webTalk({ waitlistEnabled: false }),
      100,
      '2024-06-15T12:00:00Z',
      'full',
    ],
    [
      'when staff overbooked it',
      webTalk({ waitlistEnabled: false }),
      105,
      '2024-06-15T12:00:00Z',
      'full',
    ],
    ['with unlimited seats', webTalk({ capacity: null }), 10_000, '2024-06-15T12:00:00Z', 'open'],
    ['at the deadline instant', webTalk(), 0, DEADLINE, 'open'],
    ['a second after the deadline', webTalk(), 0, '2024-07-01T22:00:00Z', 'closed'],
    ['after the deadline even when full', webTalk(), 100, '2024-07-02T08:00:00Z', 'closed'],
    ['without opensAt', webTalk({ opensAt: null }), 0, '2024-01-01T00:00:00Z', 'open'],
    [
      'without deadline just before the start',
      webTalk({ deadline: null }),
      0,
      '2024-07-03T07:59:59Z',
      'open',
    ],
    [
      'without deadline once the event started',
      webTalk({ deadline: null }),
      0,
      '2024-07-03T08:00:00Z',
      'closed',
    ],
    [
      'after the event even with a deadline after the start',
      webTalk({ deadline: '2024-07-10T00:00:00+02:00' }),
      0,
      '2024-07-05T00:00:00Z',
      'closed',
    ],
  ])('is right for %s', (_, event, confirmed, now, expected) => {
    expect(registrationState(event, confirmed, at(now))).toBe(expected);
  });
});

describe('assertRegistrationOpen', () => {
  const now = '2024-06-15T12:00:00Z';

  it.each<[string, RegistrationWindowEvent, number, string, string]>([
    ['not open yet', webTalk(), 0, '2024-05-01T00:00:00Z', RegistrationErrorCode.NotOpenYet],
    [
      'after the deadline',
      webTalk(),
      0,
      '2024-07-02T00:00:00Z',
      RegistrationErrorCode.DeadlinePassed,
    ],
    [
      'after the start',
      webTalk({ deadline: null }),
      0,
      '2024-07-03T09:00:00Z',
      RegistrationErrorCode.DeadlinePassed,
    ],
    ['cancelled', webTalk({ status: 'cancelled' }), 0, now, RegistrationErrorCode.EventCancelled],
    ['not needed', webTalk({ mode: 'none' }), 0, now, RegistrationErrorCode.NotAvailable],
    ['external', webTalk({ mode: 'external' }), 0, now, RegistrationErrorCode.NotAvailable],
    ['full', webTalk({ waitlistEnabled: false }), 100, now, RegistrationErrorCode.Full],
  ])('refuses when %s with a stable code', (_, event, confirmed, time, code) => {
    let thrown: unknown;
    try {
      assertRegistrationOpen(event, confirmed, at(time));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect((thrown as DomainError).code).toBe(code);
  });

  it('returns open while seats are free', () => {
    expect(assertRegistrationOpen(webTalk(), 10, at(now))).toBe(RegistrationState.Open);
  });

  it('lets registrants onto the waiting list when full', () => {
    expect(assertRegistrationOpen(webTalk(), 100, at(now))).toBe(RegistrationState.FullWaitlist);
  });

  it('names the refused state in the error details', () => {
    expect(() => assertRegistrationOpen(webTalk({ mode: 'none' }), 0, at(now))).toThrow(
      expect.objectContaining({ details: { state: 'none' } }),
    );
  });
});

describe('seatCountDecidesAcceptance', () => {
  const accepts = (event: RegistrationWindowEvent, confirmed: number, time: string) => {
    try {
      assertRegistrationOpen(event, confirmed, at(time));
      return true;
    } catch {
      return false;
    }
  };
  const events: [string, RegistrationWindowEvent][] = [
    ['limited with waiting list', webTalk()],
    ['unlimited', webTalk({ capacity: null, waitlistEnabled: false })],
    ['unlimited, cancelled', webTalk({ capacity: null, status: 'cancelled' })],
    ['limited with waiting list, external', webTalk({ mode: 'external' })],
    ['limited without waiting list', webTalk({ waitlistEnabled: false })],
  ];
  const times = ['2024-05-01T00:00:00Z', '2024-06-15T12:00:00Z', '2024-07-02T00:00:00Z'];

  it.each(events)('is true exactly when the count changes the answer: %s', (_, event) => {
    const changes = times.some((time) => accepts(event, 0, time) !== accepts(event, 1e6, time));
    expect(seatCountDecidesAcceptance(event)).toBe(changes);
  });
});
