import type {
  CustomQuestion,
  EventDocumentation,
  EventFormat,
  EventStatus,
  EventType,
  ImageRef,
  OptionalConsent,
  RegistrationMode,
  Venue,
} from '@stadtgespraech/domain';
import { Limits } from '@stadtgespraech/domain/common';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../database/columns.js';
import { SeriesEntity } from '../series/series.entity.js';
import { TopicEntity } from '../topics/topic.entity.js';
import { AgendaItemEntity } from './agenda-item.entity.js';
import { EventContributorEntity } from './event-contributor.entity.js';
import { EventOrganiserEntity } from './event-organiser.entity.js';

@Entity('event')
@Index('IDX_event_status_starts_at', ['status', 'startsAt'])
// German full-text index over an expression; created by migration, invisible to TypeORM.
@Index('IDX_event_search', { synchronize: false })
// Public events by end (partial, with INCLUDE): migration ScaleIndexes.
@Index('IDX_event_public_ends', { synchronize: false })
export class EventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('UQ_event_slug', { unique: true })
  @Column({ type: 'varchar', length: Limits.slug })
  slug: string;

  @Column({ type: 'varchar', length: Limits.title })
  title: string;

  @Column({ type: 'varchar', length: Limits.subtitle, nullable: true })
  subtitle: string | null;

  @Column({ type: 'varchar', length: Limits.summary, nullable: true })
  summary: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'varchar', length: 32 })
  type: EventType;

  @Column({ type: 'varchar', length: 16 })
  format: EventFormat;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status: EventStatus;

  @Column({ type: 'boolean', default: false })
  isTeaser: boolean;

  /** Demo content added by the seed, clearly marked in the UI. */
  @Column({ type: 'boolean', default: false })
  isDemo: boolean;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'jsonb', nullable: true })
  venue: Venue | null;

  @Column({ type: 'varchar', length: Limits.name, nullable: true })
  onlinePlatform: string | null;

  /** Secret meeting link; never part of a public response. */
  @Column({ type: 'varchar', length: Limits.url, nullable: true, select: false })
  joinUrl: string | null;

  /** Dial-in numbers, meeting id or password shown with the join link; secret as well. */
  @Column({ type: 'text', nullable: true, select: false })
  joinInfo: string | null;

  /** iCalendar SEQUENCE: raised on every change registrants are told about. */
  @Column({ type: 'integer', default: 0 })
  calendarSequence: number;

  @Index('IDX_event_series')
  @Column({ type: 'uuid', nullable: true })
  seriesId: string | null;

  @ManyToOne(() => SeriesEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'series_id', foreignKeyConstraintName: 'FK_event_series' })
  series: Relation<SeriesEntity> | null;

  @ManyToMany(() => TopicEntity)
  @JoinTable({
    name: 'event_topic',
    joinColumn: { name: 'event_id', foreignKeyConstraintName: 'FK_event_topic_event' },
    inverseJoinColumn: { name: 'topic_id', foreignKeyConstraintName: 'FK_event_topic_topic' },
  })
  topics: Relation<TopicEntity>[];

  @OneToMany(() => EventOrganiserEntity, (link) => link.event, { cascade: true })
  organisers: Relation<EventOrganiserEntity>[];

  @OneToMany(() => EventContributorEntity, (link) => link.event, { cascade: true })
  contributors: Relation<EventContributorEntity>[];

  @OneToMany(() => AgendaItemEntity, (item) => item.event, { cascade: true })
  agenda: Relation<AgendaItemEntity>[];

  @Column({ type: 'jsonb' })
  discussionQuestions: string[];

  @Column({ type: 'jsonb', nullable: true })
  coverImage: ImageRef | null;

  @Column({ type: 'varchar', length: 16, default: 'internal' })
  registrationMode: RegistrationMode;

  @Column({ type: 'timestamptz', nullable: true })
  registrationOpensAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  registrationDeadline: Date | null;

  @Column({ type: 'integer', nullable: true })
  capacity: number | null;

  @Column({ type: 'boolean', default: true })
  waitlistEnabled: boolean;

  @Column({ type: 'boolean', default: false })
  approvalRequired: boolean;

  @Column({ type: 'varchar', length: Limits.url, nullable: true })
  externalRegistrationUrl: string | null;

  @Column({ type: 'jsonb' })
  registrationQuestions: CustomQuestion[];

  /** The optional consents the form asks for (the privacy notice is always asked). */
  @Column({
    type: 'jsonb',
    default: () => `'["newsletter", "participant_list", "photos_recording"]'`,
  })
  registrationConsents: OptionalConsent[];

  @Column({ type: 'jsonb', nullable: true })
  documentation: EventDocumentation | null;

  /** Days after the end when the registrations' personal data are anonymised. */
  @Column({ type: 'integer', default: 90 })
  retentionDays: number;

  /** When the registrations were anonymised (by the retention job or by hand); null before. */
  @Column({ type: 'timestamptz', nullable: true })
  registrationsAnonymisedAt: Date | null;

  /** Raised by every staff edit; an edit based on an older version is refused (optimistic concurrency). */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
