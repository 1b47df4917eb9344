import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { StaffAccountEntity } from './staff-account.entity.js';
import { CreatedAt } from '../../database/columns.js';

/** A login of a staff member: the cookie holds a random token, the database only its SHA-256. */
@Entity('staff_session')
export class StaffSessionEntity {
  /** SHA-256 (hex) of the session token in the cookie. */
  @PrimaryColumn({ type: 'char', length: 64 })
  tokenHash: string;

  @Index('IDX_staff_session_account')
  @Column({ type: 'uuid' })
  accountId: string;

  @ManyToOne(() => StaffAccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'FK_staff_session_account' })
  account?: StaffAccountEntity;

  /** Sent back in the X-CSRF-Token header of every state-changing request. */
  @Column({ type: 'char', length: 43 })
  csrfToken: string;

  /** False until the second factor is given, when the account has one (or must have one). */
  @Column({ type: 'boolean' })
  complete: boolean;

  @CreatedAt()
  createdAt: Date;

  /** Idle timeout counts from here. */
  @Column({ type: 'timestamptz' })
  lastSeenAt: Date;

  /** Absolute timeout: the session ends here however active it is. */
  @Index('IDX_staff_session_expires')
  @Column({ type: 'timestamptz' })
  expiresAt: Date;
}
