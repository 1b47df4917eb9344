import { Limits } from '@stadtgespraech/domain/common';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity('topic')
export class TopicEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('UQ_topic_slug', { unique: true })
  @Column({ type: 'varchar', length: Limits.slug })
  slug: string;

  @Column({ type: 'varchar', length: Limits.name })
  name: string;
}
