import type { ImageRef } from '@stadtgespraech/domain';
import { Limits } from '@stadtgespraech/domain/common';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
  type Relation,
} from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../database/columns.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';

@Entity('person')
export class PersonEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('UQ_person_slug', { unique: true })
  @Column({ type: 'varchar', length: Limits.slug })
  slug: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  academicTitle: string | null;

  @Column({ type: 'varchar', length: Limits.name })
  firstName: string;

  @Column({ type: 'varchar', length: Limits.name })
  lastName: string;

  @Column({ type: 'varchar', length: Limits.subtitle, nullable: true })
  function: string | null;

  @Index('IDX_person_organisation')
  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_person_organisation' })
  organisation: Relation<OrganisationEntity> | null;

  @Column({ type: 'text', nullable: true })
  bio: string | null;

  @Column({ type: 'jsonb', nullable: true })
  photo: ImageRef | null;

  /** Raised by every change; edits send it back in If-Match, so a stale edit is refused. */
  @VersionColumn({ default: 1 })
  version: number;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
