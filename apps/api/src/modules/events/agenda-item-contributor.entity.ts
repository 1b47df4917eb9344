import type { ContributorRole } from '@stadtgespraech/domain';
import { Limits } from '@stadtgespraech/domain/common';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { PersonEntity } from '../people/person.entity.js';
import { AgendaItemEntity } from './agenda-item.entity.js';

@Entity('agenda_item_contributor')
@Index('IDX_agenda_item_contributor_item', ['agendaItemId', 'position'])
export class AgendaItemContributorEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  agendaItemId: string;

  @ManyToOne(() => AgendaItemEntity, (item) => item.contributors, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'agenda_item_id',
    foreignKeyConstraintName: 'FK_agenda_item_contributor_item',
  })
  agendaItem: Relation<AgendaItemEntity>;

  @Index('IDX_agenda_item_contributor_person')
  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'FK_agenda_item_contributor_person' })
  person: Relation<PersonEntity>;

  @Column({ type: 'varchar', length: 16 })
  role: ContributorRole;

  @Column({ type: 'varchar', length: Limits.title, nullable: true })
  contributionTitle: string | null;

  @Column({ type: 'smallint', default: 0 })
  position: number;
}
