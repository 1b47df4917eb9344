import { Injectable } from '@nestjs/common';
import type { EventListQueryDto } from '@stadtgespraech/domain/events';
import { ProblemException } from '../../common/problem.js';
import type { EventDetailDto, EventPageDto } from './dto/event.dto.js';
import { toEventDetail, toEventSummary } from './event.mapper.js';
import { EventsRepository } from './events.repository.js';

@Injectable()
export class EventsService {
  constructor(private readonly events: EventsRepository) {}

  async list(query: EventListQueryDto, now = new Date()): Promise<EventPageDto> {
    const { rows, total } = await this.events.findPublicPage(query, now);
    return {
      items: rows.map((row) => toEventSummary(row, now)),
      total,
      page: query.page ?? 1,
      pageSize: query.pageSize ?? 20,
    };
  }

  async getBySlug(slug: string, now = new Date()): Promise<EventDetailDto> {
    const event = await this.events.findPublicBySlug(slug);
    if (!event) throw new ProblemException('EVENT.NOT_FOUND');
    return toEventDetail(event, now);
  }
}
