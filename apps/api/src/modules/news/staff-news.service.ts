import { Injectable } from '@nestjs/common';
import {
  newsPublication,
  NewsPublication,
  type CreateNewsPostDto,
  type UpdateNewsPostDto,
} from '@stadtgespraech/domain/communication';
import { DataSource } from 'typeorm';
import { toImageDto } from '../../common/dto/map-shared.js';
import { definedFields } from '../../common/defined-fields.js';
import { portalLink } from '../../common/portal-link.js';
import { ProblemException } from '../../common/problem.js';
import { AppConfig } from '../../config/app-config.js';
import { AuditService } from '../audit/audit.service.js';
import {
  assertOrganisationExists,
  assertVersion,
  freeSlug,
  lockReference,
  referenceChange,
  updateVersionedRow,
  writeWithSlug,
} from '../references/reference-steps.js';
import type { StaffActor } from '../staff/staff-actor.js';
import type { StaffNewsPostDto, StaffNewsSummaryDto } from './dto/staff-news.dto.js';
import { NewsPostEntity } from './news-post.entity.js';

const SLUG = { constraint: 'UQ_news_post_slug', taken: 'NEWS.SLUG_TAKEN' } as const;

/**
 * News posts for staff: drafts, scheduled and published posts, written by administrators (the
 * network speaks in them; organisers write events, series and documentation). A post is public
 * once its `publishedAt` has passed — scheduling needs no job, the public queries compare with
 * the clock.
 */
@Injectable()
export class StaffNewsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  /** Every post: drafts first, then what is scheduled, then the published ones, newest first. */
  async list(now = new Date()): Promise<StaffNewsSummaryDto[]> {
    const rows = await this.dataSource.getRepository(NewsPostEntity).find({
      relations: { organisation: true },
      order: { publishedAt: { direction: 'DESC', nulls: 'FIRST' }, updatedAt: 'DESC' },
    });
    return rows.map((row) => this.summary(row, now));
  }

  async get(id: string, manager = this.dataSource.manager): Promise<StaffNewsPostDto> {
    const row = await manager.findOne(NewsPostEntity, {
      where: { id },
      relations: { organisation: true },
    });
    if (!row) throw new ProblemException('NEWS.NOT_FOUND');
    return { ...this.summary(row, new Date()), body: row.body };
  }

  async create(input: CreateNewsPostDto, actor: StaffActor): Promise<StaffNewsPostDto> {
    return this.dataSource.transaction(async (manager) => {
      await assertOrganisationExists(manager, input.organisationId, 'NEWS.UNKNOWN_ORGANISATION');
      const slug = input.slug ?? (await freeSlug(manager, NewsPostEntity, input.title));
      const { id } = await writeWithSlug(
        () => manager.save(manager.create(NewsPostEntity, { ...columns(input), slug })),
        SLUG.constraint,
        SLUG.taken,
      );
      const created = await this.get(id, manager);
      await this.audit.record(
        referenceChange(actor, 'news.create', id, null, snapshot(created)),
        manager,
      );
      return created;
    });
  }

  async update(
    id: string,
    version: number,
    input: UpdateNewsPostDto,
    actor: StaffActor,
  ): Promise<StaffNewsPostDto> {
    return this.dataSource.transaction(async (manager) => {
      await lockReference(manager, NewsPostEntity, id, 'NEWS.NOT_FOUND');
      const before = await this.get(id, manager);
      assertVersion(before, version, 'NEWS.STALE');
      await assertOrganisationExists(manager, input.organisationId, 'NEWS.UNKNOWN_ORGANISATION');
      await updateVersionedRow(manager, NewsPostEntity, id, columns(input), SLUG);
      const after = await this.get(id, manager);
      await this.audit.record(
        referenceChange(actor, 'news.update', id, snapshot(before), snapshot(after)),
        manager,
      );
      return after;
    });
  }

  async remove(id: string, actor: StaffActor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await lockReference(manager, NewsPostEntity, id, 'NEWS.NOT_FOUND');
      const before = await this.get(id, manager);
      await manager.delete(NewsPostEntity, { id });
      await this.audit.record(
        referenceChange(actor, 'news.delete', id, snapshot(before), null),
        manager,
      );
    });
  }

  private summary(row: NewsPostEntity, now: Date): StaffNewsSummaryDto {
    const publication = newsPublication(row.publishedAt, now);
    return {
      id: row.id,
      slug: row.slug,
      kind: row.kind,
      title: row.title,
      teaser: row.teaser,
      image: toImageDto(row.image),
      organisation: row.organisation
        ? {
            id: row.organisation.id,
            name: row.organisation.name,
            shortName: row.organisation.shortName,
          }
        : null,
      publishedAt: row.publishedAt?.toISOString() ?? null,
      publication,
      portalUrl:
        publication === NewsPublication.Published
          ? portalLink(this.config.PORTAL_URL, `/aktuelles/${row.slug}`)
          : null,
      updatedAt: row.updatedAt.toISOString(),
      version: row.version,
    };
  }
}

/** The columns a create or change writes; `publishedAt` becomes a date, null stays a draft. */
function columns(input: CreateNewsPostDto | UpdateNewsPostDto): Partial<NewsPostEntity> {
  const { publishedAt, ...rest } = input;
  return definedFields({
    ...rest,
    publishedAt: publishedAt === undefined ? undefined : publishedAt ? new Date(publishedAt) : null,
  });
}

/** What the audit log keeps of a post. */
function snapshot(post: StaffNewsPostDto): Record<string, unknown> {
  const { slug, kind, title, teaser, body, image, organisation, publishedAt } = post;
  return {
    slug,
    kind,
    title,
    teaser,
    body,
    image: image && { url: image.url, alt: image.alt, credit: image.credit },
    organisation: organisation?.id ?? null,
    publishedAt,
  };
}
