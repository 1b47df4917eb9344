import type { OrganiserRole } from '@stadtgespraech/domain';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { EventEntity } from './event.entity.js';

@Entity('event_organiser')
export class EventOrganiserEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_event_organiser' })
  eventId: string;

  @Index('IDX_event_organiser_organisation')
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_event_organiser' })
  organisationId: string;

  @ManyToOne(() => EventEntity, (event) => event.organisers, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'FK_event_organiser_event' })
  event: Relation<EventEntity>;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'FK_event_organiser_organisation',
  })
  organisation: Relation<OrganisationEntity>;

  @Column({ type: 'varchar', length: 16 })
  role: OrganiserRole;

  @Column({ type: 'smallint', default: 0 })
  position: number;
}
