import { describe, expect, it } from '@jest/globals';
import { RegistrationStatus } from '../registrations/registration.js';
import { erasureCancels, normaliseEmail } from './privacy.js';

describe('privacy', () => {
  it('compares addresses trimmed and lower-cased', () => {
    expect(normaliseEmail('  Jana.Zander@Osterburg.DE ')).toBe('jana.zander@osterburg.de');
  });

  describe('erasing an address', () => {
    const upcoming = { endsAt: '2026-12-03T12:00:00+01:00' };
    const before = '2026-12-01T09:00:00Z';
    const after = '2026-12-03T11:00:00Z';

    it('cancels registrations still open for an event not yet over', () => {
      for (const status of [
        RegistrationStatus.PendingConfirmation,
        RegistrationStatus.Waitlisted,
        RegistrationStatus.AwaitingApproval,
        RegistrationStatus.Confirmed,
      ]) {
        expect(erasureCancels({ status }, upcoming, before)).toBe(true);
      }
    });

    it('leaves final statuses and past events as they are', () => {
      expect(erasureCancels({ status: RegistrationStatus.Cancelled }, upcoming, before)).toBe(
        false,
      );
      expect(erasureCancels({ status: RegistrationStatus.Rejected }, upcoming, before)).toBe(false);
      expect(erasureCancels({ status: RegistrationStatus.Confirmed }, upcoming, after)).toBe(false);
    });
  });
});
