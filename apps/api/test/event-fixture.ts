import { randomUUID } from 'node:crypto';
import {
  OPTIONAL_CONSENTS,
  type CustomQuestion,
  type OptionalConsent,
} from '@stadtgespraech/domain';
import { berlin, berlinDatePlus } from '@stadtgespraech/domain/rules';
import type { DataSource } from 'typeorm';
import { EventEntity } from '../src/modules/events/event.entity.js';

export interface EventFixture {
  capacity?: number | null;
  waitlistEnabled?: boolean;
  approvalRequired?: boolean;
  /** From now; by default the event starts at 10:00 Berlin time a week from today. */
  startsInMinutes?: number;
  durationMinutes?: number;
  deadline?: Date | null;
  opensAt?: Date | null;
  status?: 'published' | 'cancelled' | 'draft';
  questions?: CustomQuestion[];
  joinUrl?: string | null;
  registrationMode?: 'internal' | 'external' | 'none';
  retentionDays?: number;
  /** Optional consents the form asks for; all of them by default. */
  consents?: OptionalConsent[];
}

/** A published online event for registration tests, with a unique slug. */
export async function createEvent(
  dataSource: DataSource,
  fixture: EventFixture = {},
): Promise<EventEntity> {
  // A fixed time of day by default: a start taken from the clock would make a late-evening run
  // see events spanning midnight, and the texts that print their date would show two days.
  const startsAt =
    fixture.startsInMinutes === undefined
      ? berlin(berlinDatePlus(new Date(), 7), '10:00')
      : new Date(Date.now() + fixture.startsInMinutes * 60_000);
  const slug = `test-${randomUUID().slice(0, 8)}`;
  const event = dataSource.getRepository(EventEntity).create({
    slug,
    title: `Test-Talk ${slug}`,
    subtitle: null,
    summary: null,
    description: null,
    type: 'web_talk',
    format: 'online',
    status: fixture.status ?? 'published',
    isTeaser: false,
    isDemo: false,
    startsAt,
    endsAt: new Date(startsAt.getTime() + (fixture.durationMinutes ?? 60) * 60_000),
    venue: null,
    onlinePlatform: 'Webex',
    joinUrl:
      fixture.joinUrl === undefined ? 'https://meet.example.org/secret-room' : fixture.joinUrl,
    joinInfo: null,
    calendarSequence: 0,
    seriesId: null,
    topics: [],
    organisers: [],
    contributors: [],
    discussionQuestions: [],
    coverImage: null,
    registrationMode: fixture.registrationMode ?? 'internal',
    registrationOpensAt: fixture.opensAt ?? null,
    registrationDeadline: fixture.deadline ?? null,
    capacity: fixture.capacity === undefined ? 100 : fixture.capacity,
    waitlistEnabled: fixture.waitlistEnabled ?? true,
    approvalRequired: fixture.approvalRequired ?? false,
    externalRegistrationUrl: null,
    registrationConsents: fixture.consents ?? [...OPTIONAL_CONSENTS],
    registrationQuestions: fixture.questions ?? [],
    documentation: null,
    ...(fixture.retentionDays === undefined ? {} : { retentionDays: fixture.retentionDays }),
  });
  return dataSource.getRepository(EventEntity).save(event);
}

/** Makes the organisation with `slug` the host of the event (organisers' scope follows it). */
export async function hostedBy(dataSource: DataSource, eventId: string, slug: string) {
  await dataSource.query(
    `INSERT INTO event_organiser (event_id, organisation_id, role, position)
     SELECT $1, id, 'host', 0 FROM organisation WHERE slug = $2`,
    [eventId, slug],
  );
}
