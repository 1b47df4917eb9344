import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { enumValues } from '../common/enum.js';
import { DomainError } from '../common/errors.js';
import { RegistrationStatus } from '../registrations/registration.js';
import { RegistrationErrorCode } from './error-codes.js';
import {
  REGISTRATION_TRANSITIONS,
  assertTransition,
  canTransition,
  holdsSeat,
  isFinal,
} from './registration-status.js';

const statuses = enumValues(RegistrationStatus);

describe('registration status transitions', () => {
  it.each<[RegistrationStatus, RegistrationStatus]>([
    ['pending_confirmation', 'confirmed'],
    ['pending_confirmation', 'waitlisted'],
    ['pending_confirmation', 'awaiting_approval'],
    ['pending_confirmation', 'expired'],
    ['pending_confirmation', 'cancelled'],
    ['pending_confirmation', 'rejected'],
    ['waitlisted', 'confirmed'],
    ['waitlisted', 'cancelled'],
    ['awaiting_approval', 'confirmed'],
    ['awaiting_approval', 'waitlisted'],
    ['awaiting_approval', 'rejected'],
    ['awaiting_approval', 'cancelled'],
    ['confirmed', 'cancelled'],
    ['confirmed', 'waitlisted'],
  ])('allow %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
    expect(() => assertTransition(from, to)).not.toThrow();
  });

  it.each<[RegistrationStatus, RegistrationStatus]>([
    ['waitlisted', 'awaiting_approval'],
    ['waitlisted', 'expired'],
    ['confirmed', 'pending_confirmation'],
    ['confirmed', 'expired'],
    ['confirmed', 'confirmed'],
    ['cancelled', 'confirmed'],
    ['rejected', 'confirmed'],
    ['expired', 'pending_confirmation'],
  ])('refuse %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(false);
  });

  it('refuses with a stable code and names both statuses', () => {
    expect(() => assertTransition('cancelled', 'confirmed')).toThrow(
      expect.objectContaining({
        code: RegistrationErrorCode.InvalidTransition,
        details: { from: 'cancelled', to: 'confirmed' },
      }),
    );
  });

  it('throws exactly when a transition is not allowed', () => {
    fc.assert(
      fc.property(fc.constantFrom(...statuses), fc.constantFrom(...statuses), (from, to) => {
        let thrown: unknown = null;
        try {
          assertTransition(from, to);
        } catch (error) {
          thrown = error;
        }
        expect(thrown === null).toBe(canTransition(from, to));
        if (thrown !== null) expect(thrown).toBeInstanceOf(DomainError);
        expect(canTransition(from, from)).toBe(false);
      }),
    );
  });

  it('covers every status', () => {
    expect(Object.keys(REGISTRATION_TRANSITIONS).sort()).toEqual([...statuses].sort());
  });
});

describe('isFinal', () => {
  it.each(statuses)('is true only for cancelled, rejected and expired (%s)', (status) => {
    expect(isFinal(status)).toBe(['cancelled', 'rejected', 'expired'].includes(status));
  });
});

describe('holdsSeat', () => {
  it.each(statuses)('is true only for confirmed (%s)', (status) => {
    expect(holdsSeat(status)).toBe(status === 'confirmed');
  });
});
