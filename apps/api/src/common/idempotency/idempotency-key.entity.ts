import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CreatedAt } from '../../database/columns.js';

/** The first response to a public POST with an Idempotency-Key, replayed for retries. */
@Entity('idempotency_key')
export class IdempotencyKeyEntity {
  /** Method and route, e.g. `POST /api/v1/events/:slug/registrations`. */
  @PrimaryColumn({ type: 'varchar', length: 200, primaryKeyConstraintName: 'PK_idempotency_key' })
  scope: string;

  @PrimaryColumn({ type: 'varchar', length: 100, primaryKeyConstraintName: 'PK_idempotency_key' })
  key: string;

  /** SHA-256 of the request body: the same key with another body is refused. */
  @Column({ type: 'char', length: 64 })
  requestHash: string;

  @Column({ type: 'smallint' })
  status: number;

  @Column({ type: 'jsonb' })
  body: unknown;

  @Index('IDX_idempotency_key_created_at')
  @CreatedAt()
  createdAt: Date;
}
