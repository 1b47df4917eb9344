import { describe, expect, it } from 'vitest';
import { eventDetail } from '../../test/fixtures/events';
import { registrationNotices } from './registration';

const registration = (overrides: Partial<ReturnType<typeof eventDetail>['registration']>) => ({
  ...eventDetail().registration,
  ...overrides,
});
const kinds = (notices: ReturnType<typeof registrationNotices>) => notices?.map((n) => n.kind);

describe('registrationNotices', () => {
  const beforeDeadline = new Date('2024-06-20T10:00:00Z');

  it('says participation is free, names the deadline and announces the form', () => {
    const notices = registrationNotices(eventDetail(), beforeDeadline);

    expect(notices).toEqual([
      { kind: 'free' },
      { kind: 'deadline', date: 'Montag, der 1. Juli 2024' },
      { kind: 'form-soon' },
    ]);
  });

  it('says so when the deadline has passed', () => {
    const notices = registrationNotices(eventDetail(), new Date('2024-07-02T06:00:00Z'));

    expect(kinds(notices)).toEqual(['free', 'deadline', 'deadline-passed']);
  });

  it('says a past event has already taken place', () => {
    const notices = registrationNotices(eventDetail({ phase: 'past' }), beforeDeadline);

    expect(kinds(notices)).toEqual(['free', 'deadline', 'past']);
  });

  it('names the opening day when registration has not opened yet', () => {
    const event = eventDetail({ registration: registration({ opensAt: '2024-06-24T06:00:00Z' }) });

    expect(registrationNotices(event, beforeDeadline)?.at(-1)).toEqual({
      kind: 'opens',
      date: 'Montag, der 24. Juni 2024',
    });
  });

  it('needs no registration when the mode is none', () => {
    const event = eventDetail({ registration: registration({ mode: 'none', deadline: null }) });

    expect(kinds(registrationNotices(event, beforeDeadline))).toEqual(['none']);
  });

  it('links to an external registration', () => {
    const event = eventDetail({
      registration: registration({
        mode: 'external',
        externalUrl: 'https://example.org/anmeldung',
      }),
    });

    expect(registrationNotices(event, beforeDeadline)).toEqual([
      { kind: 'external-link', url: 'https://example.org/anmeldung' },
    ]);
  });

  it.each([
    ['cancelled events', { status: 'cancelled' as const }],
    ['teasers', { isTeaser: true }],
  ])('shows no registration box for %s', (_case, overrides) => {
    expect(registrationNotices(eventDetail(overrides), beforeDeadline)).toBeNull();
  });
});
