import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Requests of one client to one group of endpoints in one fixed window (shared by all processes). */
@Entity('rate_limit_window')
export class RateLimitWindowEntity {
  @PrimaryColumn({ type: 'varchar', length: 200, primaryKeyConstraintName: 'PK_rate_limit_window' })
  key: string;

  @Index('IDX_rate_limit_window_start')
  @PrimaryColumn({ type: 'timestamptz', primaryKeyConstraintName: 'PK_rate_limit_window' })
  windowStart: Date;

  @Column({ type: 'integer' })
  hits: number;
}
