import type { StaffRole } from '@stadtgespraech/domain/staff';
import { Limits } from '@stadtgespraech/domain/common';
import { Column, Entity, Index, JoinTable, ManyToMany, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { CreatedAt, UpdatedAt } from '../../database/columns.js';

/** A member of the organisers' staff who logs in to the admin app. */
@Entity('staff_account')
export class StaffAccountEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: Limits.email })
  email: string;

  @Index('UQ_staff_account_email', { unique: true })
  @Column({ type: 'varchar', length: Limits.email })
  emailNormalized: string;

  @Column({ type: 'varchar', length: Limits.name })
  displayName: string;

  /** argon2id hash (PHC string); null until an invited person sets a password. */
  @Column({ type: 'varchar', length: 255, nullable: true })
  passwordHash: string | null;

  @Column({ type: 'varchar', length: 16 })
  role: StaffRole;

  /** The organisations an organiser works for; none for the other roles. */
  @ManyToMany(() => OrganisationEntity)
  @JoinTable({
    name: 'staff_account_organisation',
    joinColumn: { name: 'account_id' },
    inverseJoinColumn: { name: 'organisation_id' },
  })
  organisations: OrganisationEntity[];

  /** TOTP secret, sealed with a key derived from APP_SECRET; null without a second factor. */
  @Column({ type: 'text', nullable: true })
  totpSecretSealed: string | null;

  /** When the second factor was switched on (after a first valid code). */
  @Column({ type: 'timestamptz', nullable: true })
  totpEnabledAt: Date | null;

  /** The time step of the last accepted code: a code works only once. */
  @Column({ type: 'integer', nullable: true })
  totpLastStep: number | null;

  /** SHA-256 of the unused recovery codes. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  recoveryCodeHashes: string[];

  @Column({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  /** Raised by every edit of an administrator; a stale edit is refused (optimistic concurrency). */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreatedAt()
  createdAt: Date;

  @UpdatedAt()
  updatedAt: Date;
}
