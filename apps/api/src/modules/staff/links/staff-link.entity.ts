import { StaffLinkPurpose } from '@stadtgespraech/domain/staff';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CreatedAt } from '../../../database/columns.js';
import { StaffAccountEntity } from '../staff-account.entity.js';

/**
 * An invitation or password-reset link sent by mail: the mail holds a random token, the
 * database only its SHA-256. A link works once; a newer link of the same purpose replaces it.
 */
@Entity('staff_link')
export class StaffLinkEntity {
  @PrimaryColumn({ type: 'char', length: 64 })
  tokenHash: string;

  @Index('IDX_staff_link_account')
  @Column({ type: 'uuid' })
  accountId: string;

  @ManyToOne(() => StaffAccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'FK_staff_link_account' })
  account?: StaffAccountEntity;

  @Column({ type: 'varchar', length: 20 })
  purpose: StaffLinkPurpose;

  @CreatedAt()
  createdAt: Date;

  @Index('IDX_staff_link_expires')
  @Column({ type: 'timestamptz' })
  expiresAt: Date;
}
