import type { AgendaItemKind } from '@stadtgespraech/domain';
import { Limits } from '@stadtgespraech/domain/common';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { AgendaItemContributorEntity } from './agenda-item-contributor.entity.js';
import { EventEntity } from './event.entity.js';

@Entity('agenda_item')
@Index('IDX_agenda_item_event', ['eventId', 'position'])
export class AgendaItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  eventId: string;

  @ManyToOne(() => EventEntity, (event) => event.agenda, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'FK_agenda_item_event' })
  event: Relation<EventEntity>;

  @Column({ type: 'smallint', default: 0 })
  position: number;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  endsAt: Date | null;

  @Column({ type: 'varchar', length: Limits.subtitle })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'varchar', length: 16 })
  kind: AgendaItemKind;

  @OneToMany(() => AgendaItemContributorEntity, (link) => link.agendaItem, { cascade: true })
  contributors: Relation<AgendaItemContributorEntity>[];
}
