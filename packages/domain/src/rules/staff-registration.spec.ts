import { describe, expect, it } from '@jest/globals';
import { enumValues } from '../common/enum.js';
import { RegistrationStatus } from '../registrations/registration.js';
import { canTransition } from './registration-status.js';
import {
  STAFF_SETTABLE_STATUSES,
  type StatusNotice,
  releasesSeat,
  staffStatusNotice,
  staffTargets,
  takesSeat,
} from './staff-registration.js';

describe('staffTargets', () => {
  it.each<[RegistrationStatus, RegistrationStatus[]]>([
    ['pending_confirmation', ['confirmed', 'waitlisted', 'rejected', 'cancelled']],
    ['awaiting_approval', ['confirmed', 'waitlisted', 'rejected', 'cancelled']],
    ['waitlisted', ['confirmed', 'cancelled']],
    ['confirmed', ['waitlisted', 'cancelled']],
    ['cancelled', []],
    ['rejected', []],
    ['expired', []],
  ])('from %s: %j', (from, targets) => {
    expect(staffTargets(from)).toEqual(targets);
  });

  it('offers only allowed transitions, never pending, expired or awaiting approval', () => {
    for (const from of enumValues(RegistrationStatus))
      for (const to of staffTargets(from)) {
        expect(canTransition(from, to)).toBe(true);
        expect(STAFF_SETTABLE_STATUSES).toContain(to);
      }
  });
});

describe('staffStatusNotice', () => {
  it.each<[RegistrationStatus, (typeof STAFF_SETTABLE_STATUSES)[number], StatusNotice]>([
    ['awaiting_approval', 'confirmed', 'approved'],
    ['waitlisted', 'confirmed', 'promoted'],
    ['pending_confirmation', 'confirmed', 'confirmed'],
    ['confirmed', 'waitlisted', 'waitlisted'],
    ['awaiting_approval', 'rejected', 'rejected'],
    ['confirmed', 'cancelled', 'cancelled'],
  ])('%s → %s tells "%s"', (from, to, notice) => {
    expect(staffStatusNotice(from, to)).toBe(notice);
  });
});

describe('seats', () => {
  it('a confirmation takes a seat unless it was confirmed already', () => {
    expect(takesSeat('waitlisted', 'confirmed')).toBe(true);
    expect(takesSeat('awaiting_approval', 'confirmed')).toBe(true);
    expect(takesSeat('confirmed', 'confirmed')).toBe(false);
    expect(takesSeat('confirmed', 'cancelled')).toBe(false);
  });

  it('only cancelling a confirmed registration frees a seat for the waiting list', () => {
    expect(releasesSeat('confirmed', 'cancelled')).toBe(true);
    expect(releasesSeat('confirmed', 'waitlisted')).toBe(false);
    expect(releasesSeat('waitlisted', 'cancelled')).toBe(false);
  });
});
