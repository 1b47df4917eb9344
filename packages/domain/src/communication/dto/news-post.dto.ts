import { IsOptional, IsUUID } from 'class-validator';
import {
  IsEnumValue,
  IsOmittable,
  IsRequiredText,
  IsSlug,
  IsText,
  IsTimestamp,
  NestedObject,
} from '../../common/dto/decorators.js';
import { ImageRefDto } from '../../common/dto/image-ref.dto.js';
import { PartialType } from '../../common/dto/partial-type.js';
import { Limits } from '../../common/limits.js';
import { NewsKind, type NewsPost } from '../news.js';

/**
 * Writes a news post. Without a slug, the API derives one from the title. `publishedAt` decides
 * the publication: null or absent keeps a draft, a moment to come schedules the post, a moment
 * past publishes it (backdated when moving older news in).
 */
export class CreateNewsPostDto implements Partial<NewsPost> {
  @IsOmittable()
  @IsSlug()
  slug?: string;

  @IsEnumValue(NewsKind)
  kind!: NewsKind;

  @IsRequiredText(Limits.title)
  title!: string;

  @IsOptional()
  @IsText(Limits.summary)
  teaser?: string | null;

  /** Markdown. */
  @IsRequiredText(Limits.description)
  body!: string;

  @IsOptional()
  @NestedObject(() => ImageRefDto)
  image?: ImageRefDto | null;

  @IsOptional()
  @IsUUID()
  organisationId?: string | null;

  @IsOptional()
  @IsTimestamp()
  publishedAt?: string | null;
}

/** Changes a news post: any field of `CreateNewsPostDto`; `publishedAt: null` takes it back. */
export class UpdateNewsPostDto extends PartialType(CreateNewsPostDto) {}
