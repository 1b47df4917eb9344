import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { TopicListDto } from './dto/topic.dto.js';
import { TopicEntity } from './topic.entity.js';

@Injectable()
export class TopicsService {
  constructor(@InjectRepository(TopicEntity) private readonly topics: Repository<TopicEntity>) {}

  async list(): Promise<TopicListDto> {
    const rows = await this.topics.find({ order: { name: 'ASC' } });
    return { items: rows.map(({ slug, name }) => ({ slug, name })) };
  }
}
