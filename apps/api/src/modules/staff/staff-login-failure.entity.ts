import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A failed login or second-factor attempt for an e-mail address, known or not (the same limit for
 * every address, so the limit reveals nothing about which accounts exist).
 */
@Entity('staff_login_failure')
@Index('IDX_staff_login_failure_subject', ['subjectHash', 'failedAt'])
export class StaffLoginFailureEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** SHA-256 of the normalised e-mail address. */
  @Column({ type: 'char', length: 64 })
  subjectHash: string;

  @Column({ type: 'timestamptz' })
  failedAt: Date;
}
