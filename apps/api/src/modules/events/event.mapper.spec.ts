import { describe, expect, it } from '@jest/globals';
import type { EventEntity } from './event.entity.js';
import { toEventDetail, toEventSummary } from './event.mapper.js';

function entity(overrides: Partial<EventEntity> = {}): EventEntity {
  return {
    id: 'e1',
    slug: 'talk',
    title: 'Talk',
    subtitle: null,
    summary: null,
    description: null,
    type: 'web_talk',
    format: 'online',
    status: 'published',
    isTeaser: false,
    isDemo: false,
    startsAt: new Date('2030-01-01T09:00:00Z'),
    endsAt: new Date('2030-01-01T10:00:00Z'),
    venue: null,
    onlinePlatform: 'Webex',
    joinUrl: 'https://meet.example.org/secret-room',
    seriesId: null,
    series: null,
    topics: [],
    organisers: [],
    contributors: [],
    agenda: [],
    discussionQuestions: [],
    coverImage: null,
    registrationMode: 'internal',
    registrationOpensAt: null,
    registrationDeadline: null,
    capacity: 10,
    waitlistEnabled: true,
    approvalRequired: false,
    externalRegistrationUrl: null,
    registrationQuestions: [],
    documentation: null,
    createdAt: new Date(),
    updatedAt: new Date(),
    ...overrides,
  } as EventEntity;
}

describe('event mapper', () => {
  it('never exposes the join link, even when it was loaded', () => {
    const now = new Date('2029-12-31T00:00:00Z');
    expect(JSON.stringify(toEventSummary(entity(), now))).not.toContain('secret-room');
    expect(JSON.stringify(toEventDetail(entity(), now))).not.toContain('secret-room');
  });

  it('computes the phase from the request time', () => {
    expect(toEventSummary(entity(), new Date('2029-12-31T00:00:00Z')).phase).toBe('upcoming');
    expect(toEventSummary(entity(), new Date('2030-01-01T09:30:00Z')).phase).toBe('running');
    expect(toEventSummary(entity(), new Date('2030-01-01T10:00:00Z')).phase).toBe('past');
  });

  it('hides documentation until it is published', () => {
    const draft = entity({
      documentation: {
        report: 'Ergebnis',
        attachments: [],
        images: [],
        recordingUrl: null,
        publishedAt: null,
      },
    });
    expect(toEventDetail(draft, new Date()).documentation).toBeNull();
    expect(toEventSummary(draft, new Date()).hasDocumentation).toBe(false);
    const published = entity({
      documentation: {
        report: 'Ergebnis',
        attachments: [],
        images: [],
        recordingUrl: null,
        publishedAt: '2030-01-02T00:00:00Z',
      },
    });
    expect(toEventDetail(published, new Date()).documentation?.report).toBe('Ergebnis');
  });
});
