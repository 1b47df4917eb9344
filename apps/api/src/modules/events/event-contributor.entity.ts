import type { ContributorRole } from '@stadtgespraech/domain';
import { Limits } from '@stadtgespraech/domain/common';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { PersonEntity } from '../people/person.entity.js';
import { EventEntity } from './event.entity.js';

/** A speaker or moderator of a whole event. */
@Entity('event_contributor')
@Index('IDX_event_contributor_event', ['eventId', 'position'])
export class EventContributorEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  eventId: string;

  @ManyToOne(() => EventEntity, (event) => event.contributors, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'FK_event_contributor_event' })
  event: Relation<EventEntity>;

  @Index('IDX_event_contributor_person')
  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'FK_event_contributor_person' })
  person: Relation<PersonEntity>;

  @Column({ type: 'varchar', length: 16 })
  role: ContributorRole;

  @Column({ type: 'varchar', length: Limits.title, nullable: true })
  contributionTitle: string | null;

  @Column({ type: 'smallint', default: 0 })
  position: number;
}
