import { Limits } from '@stadtgespraech/domain/common';
import {
  Column,
  Entity,
  Index,
  OneToMany,
  PrimaryGeneratedColumn,
  VersionColumn,
  type Relation,
} from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../database/columns.js';
import { SeriesOrganiserEntity } from './series-organiser.entity.js';

@Entity('series')
export class SeriesEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('UQ_series_slug', { unique: true })
  @Column({ type: 'varchar', length: Limits.slug })
  slug: string;

  @Column({ type: 'varchar', length: Limits.title })
  title: string;

  @Column({ type: 'varchar', length: Limits.subtitle, nullable: true })
  subtitle: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'varchar', length: Limits.email, nullable: true })
  contactEmail: string | null;

  @OneToMany(() => SeriesOrganiserEntity, (link) => link.series, { cascade: true })
  organisers: Relation<SeriesOrganiserEntity>[];

  /** Raised by every change; edits send it back in If-Match, so a stale edit is refused. */
  @VersionColumn({ default: 1 })
  version: number;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
