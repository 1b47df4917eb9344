import { IsInt, IsOptional, Matches, Min } from 'class-validator';
import { Limits } from '../limits.js';
import type { Attachment } from '../types.js';
import { IsHttpUrl, IsRequiredText, IsText } from './decorators.js';

/** A downloadable file such as slides or a result report. */
export class AttachmentDto implements Attachment {
  @IsRequiredText(Limits.title)
  title!: string;

  @IsHttpUrl()
  url!: string;

  /** Media type, e.g. "application/pdf". */
  @IsText(Limits.mediaType)
  @Matches(/^[a-z]+\/[a-z0-9][a-z0-9!#$&^_.+-]*$/i, { message: '$property must be a media type' })
  mediaType!: string;

  @IsOptional()
  @IsInt()
  @Min(0)
  sizeBytes?: number | null;
}
