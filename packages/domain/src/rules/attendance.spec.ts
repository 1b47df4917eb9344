import { describe, expect, it } from '@jest/globals';
import { AgendaItemKind } from '../events/event.js';
import { RegistrationStatus } from '../registrations/registration.js';
import { certificateTopics, durationMinutes, mayCertifyAttendance } from './attendance.js';

describe('mayCertifyAttendance', () => {
  it('certifies only confirmed registrations that were checked in', () => {
    const at = '2026-02-12T09:02:00Z';
    expect(mayCertifyAttendance({ status: RegistrationStatus.Confirmed, attendedAt: at })).toBe(
      true,
    );
    expect(mayCertifyAttendance({ status: RegistrationStatus.Confirmed, attendedAt: null })).toBe(
      false,
    );
    expect(mayCertifyAttendance({ status: RegistrationStatus.Cancelled, attendedAt: at })).toBe(
      false,
    );
  });
});

describe('certificateTopics', () => {
  it('lists the items with content in agenda order, not welcomes or breaks', () => {
    expect(
      certificateTopics([
        { kind: AgendaItemKind.Welcome, title: 'Begrüßung' },
        { kind: AgendaItemKind.Talk, title: 'Hitzeschutz in Kleinstädten' },
        { kind: AgendaItemKind.Break, title: 'Pause' },
        { kind: AgendaItemKind.Discussion, title: 'Diskussion' },
      ]),
    ).toEqual(['Hitzeschutz in Kleinstädten', 'Diskussion']);
  });
});

describe('durationMinutes', () => {
  it('counts whole minutes and never less than zero', () => {
    expect(
      durationMinutes({ startsAt: '2026-02-12T09:00:00Z', endsAt: '2026-02-12T10:30:59Z' }),
    ).toBe(90);
    expect(
      durationMinutes({ startsAt: '2026-02-12T09:00:00Z', endsAt: '2026-02-12T08:00:00Z' }),
    ).toBe(0);
    expect(durationMinutes({ startsAt: '2026-02-12T09:00:00Z', endsAt: null })).toBe(0);
  });
});
