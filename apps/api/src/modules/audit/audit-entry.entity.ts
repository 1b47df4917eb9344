import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One staff action that changed data or read personal data in bulk: who, what, when, and for
 * changes the record before and after. Append-only: the database refuses updates and deletes.
 */
@Entity('audit_entry')
@Index('IDX_audit_entry_at', ['at'])
@Index('IDX_audit_entry_account', ['accountId', 'at'])
@Index('IDX_audit_entry_subject', ['subjectType', 'subjectId'])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  /** The staff account; null for attempts without one (a failed login). */
  @Column({ type: 'uuid', nullable: true })
  accountId: string | null;

  /** Kept as text, so the entry still names the person after the account is gone. */
  @Column({ type: 'varchar', length: 254, nullable: true })
  accountEmail: string | null;

  /** What happened, e.g. "staff.login", "event.update", "registrations.export". */
  @Column({ type: 'varchar', length: 64 })
  action: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  subjectType: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  subjectId: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;

  /** The client address as the API saw it (see TRUST_PROXY). */
  @Column({ type: 'varchar', length: 64, nullable: true })
  clientIp: string | null;
}
