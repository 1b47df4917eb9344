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
import { SeriesEntity } from './series.entity.js';

@Entity('series_organiser')
export class SeriesOrganiserEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_series_organiser' })
  seriesId: string;

  @Index('IDX_series_organiser_organisation')
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_series_organiser' })
  organisationId: string;

  @ManyToOne(() => SeriesEntity, (series) => series.organisers, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'series_id', foreignKeyConstraintName: 'FK_series_organiser_series' })
  series: Relation<SeriesEntity>;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'FK_series_organiser_organisation',
  })
  organisation: Relation<OrganisationEntity>;

  @Column({ type: 'varchar', length: 16 })
  role: OrganiserRole;

  @Column({ type: 'smallint', default: 0 })
  position: number;
}
