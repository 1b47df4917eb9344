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
import { OrganisationEntity } from './organisation.entity.js';

@Entity('contact_person')
@Index('IDX_contact_person_organisation', ['organisationId', 'position'])
export class ContactPersonEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, (organisation) => organisation.contacts, {
    onDelete: 'CASCADE',
  })
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'FK_contact_person_organisation',
  })
  organisation: Relation<OrganisationEntity>;

  @Column({ type: 'varchar', length: Limits.name })
  name: string;

  @Column({ type: 'varchar', length: Limits.shortText, nullable: true })
  function: string | null;

  @Column({ type: 'varchar', length: Limits.email, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: Limits.phone, nullable: true })
  phone: string | null;

  @Column({ type: 'smallint', default: 0 })
  position: number;
}
