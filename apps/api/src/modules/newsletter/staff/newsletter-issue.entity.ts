import { Limits } from '@stadtgespraech/domain/common';
import {
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { CreatedAt } from '../../../database/columns.js';
import { StaffAccountEntity } from '../../staff/staff-account.entity.js';

/**
 * An issue of the "new dates" newsletter as it was sent: its words, the events it presented and
 * how many subscribers got it. The mails themselves are in the outbox and sent_message.
 */
@Entity('newsletter_issue')
export class NewsletterIssueEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: Limits.title })
  subject: string;

  @Column({ type: 'text', nullable: true })
  intro: string | null;

  /** The English version for subscribers who chose English; null when none was written. */
  @Column({ type: 'varchar', length: Limits.title, nullable: true })
  subjectEn: string | null;

  @Column({ type: 'text', nullable: true })
  introEn: string | null;

  /** The events presented, in order; kept as ids so a deleted event does not erase the log. */
  @Column({ type: 'jsonb' })
  eventIds: string[];

  @Column({ type: 'integer' })
  recipientCount: number;

  /** Who sent it; null once the account is deleted (the audit log keeps the address). */
  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => StaffAccountEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'FK_newsletter_issue_created_by' })
  createdBy: Relation<StaffAccountEntity> | null;

  @CreatedAt()
  createdAt: Date;
}
