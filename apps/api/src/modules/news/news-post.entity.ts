import type { ImageRef } from '@stadtgespraech/domain';
import type { NewsKind } from '@stadtgespraech/domain/communication';
import { Limits } from '@stadtgespraech/domain/common';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  VersionColumn,
} from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../database/columns.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';

@Entity('news_post')
export class NewsPostEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('UQ_news_post_slug', { unique: true })
  @Column({ type: 'varchar', length: Limits.slug })
  slug: string;

  @Column({ type: 'varchar', length: 16 })
  kind: NewsKind;

  @Column({ type: 'varchar', length: Limits.title })
  title: string;

  @Column({ type: 'varchar', length: Limits.summary, nullable: true })
  teaser: string | null;

  /** Markdown. */
  @Column({ type: 'text' })
  body: string;

  /** Null: draft. In the future: scheduled. */
  @Index('IDX_news_post_published_at')
  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'jsonb', nullable: true })
  image: ImageRef | null;

  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_news_post_organisation' })
  organisation: Relation<OrganisationEntity> | null;

  /** Raised by every change; edits send it back in If-Match, so a stale edit is refused. */
  @VersionColumn({ default: 1 })
  version: number;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
