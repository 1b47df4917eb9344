import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThanOrEqual, Repository } from 'typeorm';
import { toImageDto } from '../../common/dto/map-shared.js';
import { ProblemException } from '../../common/problem.js';
import type { NewsListDto, NewsPostDto, NewsSummaryDto } from './dto/news.dto.js';
import { NewsPostEntity } from './news-post.entity.js';

const toSummary = (post: NewsPostEntity): NewsSummaryDto => ({
  slug: post.slug,
  kind: post.kind,
  title: post.title,
  teaser: post.teaser,
  publishedAt: post.publishedAt!.toISOString(),
  image: toImageDto(post.image),
});

@Injectable()
export class NewsService {
  constructor(
    @InjectRepository(NewsPostEntity) private readonly posts: Repository<NewsPostEntity>,
  ) {}

  async list(now = new Date()): Promise<NewsListDto> {
    const rows = await this.posts.find({
      where: { publishedAt: LessThanOrEqual(now) },
      order: { publishedAt: 'DESC' },
    });
    return { items: rows.map(toSummary) };
  }

  async getBySlug(slug: string, now = new Date()): Promise<NewsPostDto> {
    const post = await this.posts.findOne({
      where: { slug, publishedAt: LessThanOrEqual(now) },
      relations: { organisation: true },
    });
    if (!post) throw new ProblemException('NEWS.NOT_FOUND');
    return { ...toSummary(post), body: post.body, organisation: post.organisation?.slug ?? null };
  }
}
