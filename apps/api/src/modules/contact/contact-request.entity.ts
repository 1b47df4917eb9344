import type { Locale } from '@stadtgespraech/domain';
import type { ContactRequestStatus } from '@stadtgespraech/domain/communication';
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
import { CreatedAt } from '../../database/columns.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';

/** A message from the contact form, forwarded to the organisation's address. */
@Entity('contact_request')
export class ContactRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: Limits.name })
  name: string;

  @Column({ type: 'varchar', length: Limits.email })
  email: string;

  @Column({ type: 'varchar', length: Limits.title, nullable: true })
  organisation: string | null;

  @Column({ type: 'varchar', length: Limits.title })
  subject: string;

  @Column({ type: 'text' })
  message: string;

  /** The organisation addressed; null: the platform's operator. */
  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'FK_contact_request_organisation',
  })
  recipient: Relation<OrganisationEntity> | null;

  @Column({ type: 'varchar', length: 2 })
  locale: Locale;

  @Column({ type: 'text' })
  consentText: string;

  @Column({ type: 'varchar', length: 40 })
  consentVersion: string;

  @Index('IDX_contact_request_status')
  @Column({ type: 'varchar', length: 16 })
  status: ContactRequestStatus;

  @CreatedAt()
  createdAt: Date;
}
