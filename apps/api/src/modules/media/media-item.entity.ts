import type { MediaKind, MediaType } from '@stadtgespraech/domain/media';
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
import { CreatedAt, UpdatedAt } from '../../database/columns.js';
import { StaffAccountEntity } from '../staff/staff-account.entity.js';

/** A stored scaled copy of a picture; `file` is its name under the item's storage folder. */
export interface StoredVariant {
  width: number;
  height: number;
  file: string;
}

/** A file of the media library; the bytes live in the media storage under `<id>/<file>`. */
@Entity('media_item')
export class MediaItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 16 })
  kind: MediaKind;

  @Column({ type: 'varchar', length: Limits.mediaType })
  mediaType: MediaType;

  @Column({ type: 'varchar', length: Limits.title })
  fileName: string;

  @Column({ type: 'varchar', length: Limits.title })
  title: string;

  @Column({ type: 'varchar', length: Limits.summary, default: '' })
  alt: string;

  @Column({ type: 'varchar', length: Limits.shortText, nullable: true })
  credit: string | null;

  @Column({ type: 'integer' })
  sizeBytes: number;

  @Column({ type: 'integer', nullable: true })
  width: number | null;

  @Column({ type: 'integer', nullable: true })
  height: number | null;

  /** Name of the stored original (metadata removed from pictures). */
  @Column({ type: 'varchar', length: 40 })
  originalFile: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  variants: StoredVariant[];

  @Column({ type: 'uuid', nullable: true })
  uploadedById: string | null;

  @ManyToOne(() => StaffAccountEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'uploaded_by_id', foreignKeyConstraintName: 'FK_media_item_uploaded_by' })
  uploadedBy: Relation<StaffAccountEntity> | null;

  @Index('IDX_media_item_created_at')
  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
