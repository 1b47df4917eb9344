import type { Locale } from '@stadtgespraech/domain';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from '../../database/columns.js';

/**
 * A version of a consent text (privacy notice, newsletter, …). Texts are never edited: a change is
 * a new version, so every stored consent keeps the exact words it agreed to.
 */
@Entity('consent_text')
@Index('UQ_consent_text_version', ['purpose', 'locale', 'version'], { unique: true })
export class ConsentTextEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Registration purposes plus `newsletter_subscription` and `contact`. */
  @Column({ type: 'varchar', length: 32 })
  purpose: string;

  @Column({ type: 'varchar', length: 2 })
  locale: Locale;

  @Column({ type: 'varchar', length: 40 })
  version: string;

  @Column({ type: 'text' })
  text: string;

  @CreatedAt()
  createdAt: Date;
}
