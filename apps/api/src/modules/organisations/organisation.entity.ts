import type { Bundesland, ImageRef, OrganisationType, PostalAddress } from '@stadtgespraech/domain';
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
import { ContactPersonEntity } from './contact-person.entity.js';

@Entity('organisation')
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('UQ_organisation_slug', { unique: true })
  @Column({ type: 'varchar', length: Limits.slug })
  slug: string;

  @Column({ type: 'varchar', length: Limits.title })
  name: string;

  @Column({ type: 'varchar', length: Limits.name, nullable: true })
  shortName: string | null;

  @Column({ type: 'varchar', length: 32 })
  type: OrganisationType;

  @Column({ type: 'varchar', length: Limits.url, nullable: true })
  website: string | null;

  @Column({ type: 'varchar', length: Limits.email, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: Limits.phone, nullable: true })
  phone: string | null;

  @Column({ type: 'jsonb', nullable: true })
  address: PostalAddress | null;

  @Column({ type: 'jsonb', nullable: true })
  logo: ImageRef | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'varchar', length: 5, nullable: true })
  bundesland: Bundesland | null;

  @Column({ type: 'integer', nullable: true })
  population: number | null;

  @Column({ type: 'char', length: 8, nullable: true })
  ags: string | null;

  @OneToMany(() => ContactPersonEntity, (contact) => contact.organisation, { cascade: true })
  contacts: Relation<ContactPersonEntity>[];

  /** Raised by every change; edits send it back in If-Match, so a stale edit is refused. */
  @VersionColumn({ default: 1 })
  version: number;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
