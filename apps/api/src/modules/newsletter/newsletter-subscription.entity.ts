import type { Locale, NewsletterSubscriptionStatus } from '@stadtgespraech/domain';
import { Limits } from '@stadtgespraech/domain/common';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../../database/columns.js';

/** A subscription to the "new dates" newsletter (double opt-in; unsubscribing deletes it). */
@Entity('newsletter_subscription')
export class NewsletterSubscriptionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: Limits.email })
  email: string;

  @Index('UQ_newsletter_subscription_email', { unique: true })
  @Column({ type: 'varchar', length: Limits.email })
  emailNormalized: string;

  @Index('IDX_newsletter_subscription_status')
  @Column({ type: 'varchar', length: 16 })
  status: NewsletterSubscriptionStatus;

  /** Series slugs chosen; empty: all. */
  @Column({ type: 'jsonb' })
  series: string[];

  /** Topic slugs chosen; empty: all. */
  @Column({ type: 'jsonb' })
  topics: string[];

  @Column({ type: 'varchar', length: 2 })
  locale: Locale;

  @Column({ type: 'text' })
  consentText: string;

  @Column({ type: 'varchar', length: 40 })
  consentVersion: string;

  @Column({ type: 'timestamptz' })
  consentedAt: Date;

  @Index('UQ_newsletter_subscription_confirm_token', { unique: true })
  @Column({ type: 'char', length: 64, nullable: true })
  confirmTokenHash: string | null;

  @Index('UQ_newsletter_subscription_unsubscribe_token', { unique: true })
  @Column({ type: 'char', length: 64 })
  unsubscribeTokenHash: string;

  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @CreatedAt()
  createdAt: Date;
}
