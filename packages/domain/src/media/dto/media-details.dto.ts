import { IsOptional } from 'class-validator';
import { IsRequiredText, IsText } from '../../common/dto/decorators.js';
import { Limits } from '../../common/limits.js';

/**
 * The describing fields of a media library file, given with an upload or changed later; fields
 * left out keep their value (an upload's title defaults to its file name).
 */
export class MediaDetailsDto {
  @IsOptional()
  @IsRequiredText(Limits.title)
  title?: string;

  /** Default text alternative of a picture; empty only for purely decorative pictures. */
  @IsOptional()
  @IsText(Limits.summary)
  alt?: string;

  /** Copyright line; null removes it. */
  @IsOptional()
  @IsText(Limits.shortText)
  credit?: string | null;
}
