import { Inject, Injectable, Logger } from '@nestjs/common';
import { type MediaDetailsDto, MediaKind } from '@stadtgespraech/domain/media';
import { StaffRole } from '@stadtgespraech/domain/staff';
import { DataSource, type EntityManager } from 'typeorm';
import { definedFields } from '../../common/defined-fields.js';
import { ProblemException } from '../../common/problem.js';
import { AppConfig } from '../../config/app-config.js';
import { AuditService } from '../audit/audit.service.js';
import { lockReference, referenceChange } from '../references/reference-steps.js';
import type { StaffActor } from '../staff/staff-actor.js';
import type {
  MediaListQueryDto,
  MediaPageDto,
  MediaUseDto,
  StaffMediaDetailDto,
  StaffMediaItemDto,
} from './dto/staff-media.dto.js';
import { MediaItemEntity } from './media-item.entity.js';
import { processUpload } from './media-processing.js';
import type { Upload } from './media-upload.js';
import { MEDIA_STORAGE, type MediaStorage } from './storage/media-storage.js';

const PAGE_SIZE = 48;

/** The places that show pictures or link files, as SQL over their JSON columns. */
const USES = `
  SELECT 'event' AS type, id, title FROM event
    WHERE cover_image::text LIKE $1 OR documentation::text LIKE $1
  UNION ALL
  SELECT 'news', id, title FROM news_post WHERE image::text LIKE $1
  UNION ALL
  SELECT 'organisation', id, name FROM organisation WHERE logo::text LIKE $1
  UNION ALL
  SELECT 'person', id, first_name || ' ' || last_name FROM person WHERE photo::text LIKE $1`;

/**
 * The media library for staff: every role browses it, administrators and organisers upload and
 * describe files, administrators and the uploader delete files nothing shows any more.
 */
@Injectable()
export class StaffMediaService {
  private readonly logger = new Logger(StaffMediaService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
  ) {}

  async page(query: MediaListQueryDto, actor: StaffActor): Promise<MediaPageDto> {
    const builder = this.dataSource
      .getRepository(MediaItemEntity)
      .createQueryBuilder('m')
      .leftJoinAndSelect('m.uploadedBy', 'uploader')
      .orderBy('m.createdAt', 'DESC')
      .addOrderBy('m.id', 'ASC')
      .skip((query.page - 1) * PAGE_SIZE)
      .take(PAGE_SIZE);
    if (query.kind) builder.andWhere('m.kind = :kind', { kind: query.kind });
    const search = query.search?.trim();
    if (search) {
      builder.andWhere(
        `(m.title ILIKE :pattern OR m.file_name ILIKE :pattern OR m.alt ILIKE :pattern
          OR m.credit ILIKE :pattern)`,
        { pattern: `%${search.replace(/[\\%_]/g, (char) => `\\${char}`)}%` },
      );
    }
    const [rows, total] = await builder.getManyAndCount();
    return {
      items: rows.map((row) => this.present(row, actor)),
      total,
      page: query.page,
      pageSize: PAGE_SIZE,
    };
  }

  async get(id: string, actor: StaffActor): Promise<StaffMediaDetailDto> {
    const row = await this.dataSource
      .getRepository(MediaItemEntity)
      .findOne({ where: { id }, relations: { uploadedBy: true } });
    if (!row) throw new ProblemException('MEDIA.NOT_FOUND');
    return { ...this.present(row, actor), usage: await this.usage(this.dataSource.manager, id) };
  }

  /** Checks, cleans and stores an upload; the row is written only once every file is stored. */
  async upload(upload: Upload, actor: StaffActor): Promise<StaffMediaDetailDto> {
    const processed = await processUpload(upload.bytes);
    const repository = this.dataSource.getRepository(MediaItemEntity);
    const row = repository.create({
      id: crypto.randomUUID(),
      kind: processed.kind,
      mediaType: processed.mediaType,
      fileName: upload.fileName,
      title: upload.details.title ?? titleFromFileName(upload.fileName),
      alt: processed.kind === MediaKind.Image ? (upload.details.alt ?? '') : '',
      credit: upload.details.credit ?? null,
      sizeBytes: processed.original.body.length,
      width: processed.original.width,
      height: processed.original.height,
      originalFile: processed.original.file,
      variants: processed.variants.map(({ file, width, height }) => ({
        file,
        width: width!,
        height: height!,
      })),
      uploadedById: actor.staff.account.id,
    });
    for (const file of [processed.original, ...processed.variants])
      await this.storage.put(`${row.id}/${file.file}`, file.body, processed.mediaType);
    try {
      await this.dataSource.transaction(async (manager) => {
        await manager.save(row);
        await this.audit.record(
          referenceChange(actor, 'media.upload', row.id, null, snapshot(row)),
          manager,
        );
      });
    } catch (error) {
      await this.removeFiles(row.id);
      throw error;
    }
    return this.get(row.id, actor);
  }

  async describe(
    id: string,
    input: MediaDetailsDto,
    actor: StaffActor,
  ): Promise<StaffMediaDetailDto> {
    await this.dataSource.transaction(async (manager) => {
      const row = await lockReference(manager, MediaItemEntity, id, 'MEDIA.NOT_FOUND');
      const before = snapshot(row);
      Object.assign(
        row,
        definedFields({ title: input.title, alt: input.alt, credit: input.credit }),
      );
      await manager.save(row);
      await this.audit.record(
        referenceChange(actor, 'media.describe', id, before, snapshot(row)),
        manager,
      );
    });
    return this.get(id, actor);
  }

  /** Deletes an unused file: first the row (in one transaction with the check), then the bytes. */
  async remove(id: string, actor: StaffActor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const row = await lockReference(manager, MediaItemEntity, id, 'MEDIA.NOT_FOUND');
      if (!mayDelete(row, actor)) throw new ProblemException('MEDIA.NOT_YOURS');
      const usage = await this.usage(manager, id);
      if (usage.length > 0) {
        throw new ProblemException('MEDIA.IN_USE', undefined, undefined, { usage });
      }
      await manager.delete(MediaItemEntity, { id });
      await this.audit.record(
        referenceChange(actor, 'media.delete', id, snapshot(row), null),
        manager,
      );
    });
    await this.removeFiles(id);
  }

  private async usage(manager: EntityManager, id: string): Promise<MediaUseDto[]> {
    const rows: MediaUseDto[] = await manager.query(USES, [`%/api/v1/media/${id}/%`]);
    return rows.map(({ type, id: useId, title }) => ({ type, id: useId, title }));
  }

  private async removeFiles(id: string): Promise<void> {
    try {
      await this.storage.removeFolder(id);
    } catch (error) {
      // The row is gone, so nothing links the files any more; they are only wasted space.
      this.logger.warn({ err: error, mediaId: id }, 'Could not remove the files of a media item');
    }
  }

  private present(row: MediaItemEntity, actor: StaffActor): StaffMediaItemDto {
    const url = (file: string) => mediaUrl(this.config.PORTAL_URL, row.id, file);
    return {
      id: row.id,
      kind: row.kind,
      mediaType: row.mediaType,
      fileName: row.fileName,
      title: row.title,
      alt: row.alt,
      credit: row.credit,
      sizeBytes: row.sizeBytes,
      width: row.width,
      height: row.height,
      url: url(row.originalFile),
      variants: row.variants.map((variant) => ({
        width: variant.width,
        height: variant.height,
        url: url(variant.file),
      })),
      createdAt: row.createdAt.toISOString(),
      uploadedBy: row.uploadedBy?.displayName ?? null,
      deletable: mayDelete(row, actor),
    };
  }
}

/** The public address of a stored file: through the portal, which forwards /api to the API. */
function mediaUrl(portalUrl: string, id: string, file: string): string {
  return `${portalUrl.replace(/\/+$/, '')}/api/v1/media/${id}/${file}`;
}

function mayDelete(row: MediaItemEntity, actor: StaffActor): boolean {
  const account = actor.staff.account;
  if (account.role === StaffRole.Administrator) return true;
  return account.role === StaffRole.Organiser && row.uploadedById === account.id;
}

function snapshot(row: MediaItemEntity): Record<string, unknown> {
  return {
    title: row.title,
    fileName: row.fileName,
    mediaType: row.mediaType,
    alt: row.alt,
    credit: row.credit,
    sizeBytes: row.sizeBytes,
  };
}

/** "Ergebnisbericht_Werkstatt-2024.pdf" → "Ergebnisbericht Werkstatt-2024". */
function titleFromFileName(fileName: string): string {
  const title = fileName
    .replace(/\.[A-Za-z0-9]{1,5}$/, '')
    .replace(/_+/g, ' ')
    .trim();
  return title || fileName;
}
