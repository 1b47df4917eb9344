import { IsOptional } from 'class-validator';
import { AttachmentDto } from '../../common/dto/attachment.dto.js';
import { IsHttpUrl, IsText, IsTimestamp, NestedArray } from '../../common/dto/decorators.js';
import { ImageRefDto } from '../../common/dto/image-ref.dto.js';
import { Limits } from '../../common/limits.js';
import type { EventDocumentation } from '../event.js';

/** What is published after an event: report, files, pictures, recording. */
export class EventDocumentationDto implements Partial<EventDocumentation> {
  /** Result report as Markdown. */
  @IsOptional()
  @IsText(Limits.description)
  report?: string | null;

  @IsOptional()
  @NestedArray(() => AttachmentDto, Limits.listItems)
  attachments?: AttachmentDto[];

  @IsOptional()
  @NestedArray(() => ImageRefDto, Limits.listItems)
  images?: ImageRefDto[];

  @IsOptional()
  @IsHttpUrl()
  recordingUrl?: string | null;

  /** When the documentation goes public; absent: not yet. */
  @IsOptional()
  @IsTimestamp()
  publishedAt?: string | null;
}
