import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ProblemException } from '../../common/problem.js';
import { EventEntity } from '../events/event.entity.js';
import { PUBLIC_STATUSES } from '../events/public-statuses.js';
import { toOrganisationRef } from '../organisations/organisation.mapper.js';
import type { SeriesDto, SeriesListDto } from './dto/series.dto.js';
import { SeriesEntity } from './series.entity.js';

@Injectable()
export class SeriesService {
  constructor(
    @InjectRepository(SeriesEntity) private readonly series: Repository<SeriesEntity>,
    @InjectRepository(EventEntity) private readonly events: Repository<EventEntity>,
  ) {}

  async list(now = new Date()): Promise<SeriesListDto> {
    const rows = await this.series.find({
      relations: { organisers: { organisation: true } },
      order: { title: 'ASC' },
    });
    return { items: await Promise.all(rows.map((row) => this.toDto(row, now))) };
  }

  async getBySlug(slug: string, now = new Date()): Promise<SeriesDto> {
    const row = await this.series.findOne({
      where: { slug },
      relations: { organisers: { organisation: true } },
    });
    if (!row) throw new ProblemException('SERIES.NOT_FOUND');
    return this.toDto(row, now);
  }

  private async toDto(row: SeriesEntity, now: Date): Promise<SeriesDto> {
    const [counts] = await this.events.query(
      `SELECT count(*) FILTER (WHERE ends_at >= $2)::int AS upcoming, count(*) FILTER (WHERE ends_at < $2)::int AS past
         FROM event WHERE series_id = $1 AND status = ANY($3)`,
      [row.id, now, PUBLIC_STATUSES],
    );
    return {
      slug: row.slug,
      title: row.title,
      subtitle: row.subtitle,
      description: row.description,
      contactEmail: row.contactEmail,
      organisers: [...row.organisers]
        .sort((a, b) => a.position - b.position)
        .map((link) => ({ ...toOrganisationRef(link.organisation), role: link.role })),
      upcomingCount: counts.upcoming,
      pastCount: counts.past,
    };
  }
}
