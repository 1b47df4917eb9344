import type { MailingSegmentDto } from '@stadtgespraech/domain';
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
import { CreatedAt } from '../../../database/columns.js';
import { EventEntity } from '../../events/event.entity.js';
import { StaffAccountEntity } from '../../staff/staff-account.entity.js';

/**
 * A mail staff sent to the registrants of an event: the texts as written (with placeholders),
 * the segment, and how many it went to. What was delivered is in sent_message (`mailing_id`).
 */
@Entity('mailing')
@Index('IDX_mailing_event_created', ['eventId', 'createdAt'])
export class MailingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'FK_mailing_event' })
  event: Relation<EventEntity>;

  @Column({ type: 'varchar', length: Limits.title })
  subject: string;

  @Column({ type: 'text' })
  body: string;

  /** The English version for registrants who chose English; null when none was written. */
  @Column({ type: 'varchar', length: Limits.title, nullable: true })
  subjectEn: string | null;

  @Column({ type: 'text', nullable: true })
  bodyEn: string | null;

  @Column({ type: 'jsonb' })
  segment: MailingSegmentDto;

  @Column({ type: 'integer' })
  recipientCount: number;

  /** Who sent it; null once the account is deleted (the audit log keeps the address). */
  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => StaffAccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'FK_mailing_created_by' })
  createdBy: Relation<StaffAccountEntity> | null;

  @CreatedAt()
  createdAt: Date;
}
