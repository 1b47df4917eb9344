import { Column, Entity, PrimaryColumn } from 'typeorm';
import { UpdatedAt } from '../../database/columns.js';

/** One setting administrators change at runtime; a missing row means its default. */
@Entity('app_setting')
export class AppSettingEntity {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  key: string;

  @Column({ type: 'jsonb' })
  value: unknown;

  @UpdatedAt()
  updatedAt: Date;

  /** The staff account that changed it last. */
  @Column({ type: 'uuid', nullable: true })
  updatedById: string | null;
}
