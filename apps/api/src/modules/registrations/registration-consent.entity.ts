import type { ConsentPurpose } from '@stadtgespraech/domain';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { RegistrationEntity } from './registration.entity.js';

/** A consent exactly as given: the text shown, its version and the time. */
@Entity('registration_consent')
@Index('IDX_registration_consent_registration', ['registrationId'])
export class RegistrationConsentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  registrationId: string;

  @ManyToOne(() => RegistrationEntity, (registration) => registration.consents, {
    onDelete: 'CASCADE',
  })
  @JoinColumn({
    name: 'registration_id',
    foreignKeyConstraintName: 'FK_registration_consent_registration',
  })
  registration: Relation<RegistrationEntity>;

  @Column({ type: 'varchar', length: 32 })
  purpose: ConsentPurpose;

  @Column({ type: 'boolean' })
  granted: boolean;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'varchar', length: 40 })
  textVersion: string;

  @Column({ type: 'timestamptz' })
  recordedAt: Date;
}
