import type {
  AnswerValue,
  Bundesland,
  Locale,
  OrganisationType,
  RegistrationSource,
  RegistrationStatus,
  Salutation,
} from '@stadtgespraech/domain';
import { Limits } from '@stadtgespraech/domain/common';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  type Relation,
  VersionColumn,
} from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../database/columns.js';
import { EventEntity } from '../events/event.entity.js';
import { RegistrationConsentEntity } from './registration-consent.entity.js';

@Entity('registration')
// One record per address and event: registering twice never creates a second one.
@Index('UQ_registration_event_email', ['eventId', 'emailNormalized'], { unique: true })
// The privacy tools find every registration of one address across events.
@Index('IDX_registration_email', ['emailNormalized'])
// By status and queue place, with attended_at INCLUDEd for counts from the index alone; and the
// name and organisation orders of the staff's table (expressions): migration ScaleIndexes.
@Index('IDX_registration_event_status_queued', { synchronize: false })
@Index('IDX_registration_event_name', { synchronize: false })
@Index('IDX_registration_event_organisation', { synchronize: false })
// Trigram indexes of the staff's search over name, address and organisation: migration
// RegistrationSearchTrigrams.
@Index('IDX_registration_search_name', { synchronize: false })
@Index('IDX_registration_search_email', { synchronize: false })
@Index('IDX_registration_search_organisation', { synchronize: false })
// The staff's table pages through an event's registrations newest first (keyset on this order).
@Index('IDX_registration_event_created', ['eventId', 'createdAt', 'id'])
export class RegistrationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'FK_registration_event' })
  event: Relation<EventEntity>;

  @Column({ type: 'varchar', length: 24 })
  status: RegistrationStatus;

  @Column({ type: 'varchar', length: Limits.email })
  email: string;

  /** Lower-cased address, for uniqueness. */
  @Column({ type: 'varchar', length: Limits.email })
  emailNormalized: string;

  @Column({ type: 'varchar', length: 8, nullable: true })
  salutation: Salutation | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  academicTitle: string | null;

  @Column({ type: 'varchar', length: Limits.name })
  firstName: string;

  @Column({ type: 'varchar', length: Limits.name })
  lastName: string;

  @Column({ type: 'varchar', length: Limits.title, nullable: true })
  organisation: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  organisationType: OrganisationType | null;

  @Column({ type: 'varchar', length: Limits.shortText, nullable: true })
  function: string | null;

  @Column({ type: 'varchar', length: 5, nullable: true })
  bundesland: Bundesland | null;

  @Column({ type: 'text', nullable: true })
  questionForSpeakers: string | null;

  /** Where the registration came from: the portal's form, or staff adding it by hand. */
  @Column({ type: 'varchar', length: 8, default: 'portal' })
  source: RegistrationSource;

  @Column({ type: 'jsonb' })
  answers: Record<string, AnswerValue>;

  @Column({ type: 'varchar', length: 2 })
  locale: Locale;

  /** SHA-256 of the double opt-in token; cleared once used. */
  @Index('UQ_registration_confirmation_token', { unique: true })
  @Column({ type: 'char', length: 64, nullable: true })
  confirmationTokenHash: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  confirmationExpiresAt: Date | null;

  /** SHA-256 of the self-service token. */
  @Index('UQ_registration_manage_token', { unique: true })
  @Column({ type: 'char', length: 64 })
  manageTokenHash: string;

  /** SHA-256 of the personal join-link token. */
  @Index('UQ_registration_join_token', { unique: true })
  @Column({ type: 'char', length: 64 })
  joinTokenHash: string;

  /** When the address was confirmed: first confirmed, first served (orders the waiting list). */
  @Column({ type: 'timestamptz', nullable: true })
  queuedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  attendedAt: Date | null;

  /** When the personal data were removed (retention); the row stays for the statistics. */
  @Column({ type: 'timestamptz', nullable: true })
  anonymisedAt: Date | null;

  @OneToMany(() => RegistrationConsentEntity, (consent) => consent.registration, { cascade: true })
  consents: Relation<RegistrationConsentEntity>[];

  @VersionColumn()
  version: number;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
