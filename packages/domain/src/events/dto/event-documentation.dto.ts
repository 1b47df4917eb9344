import { IsBoolean, IsOptional } from 'class-validator';
import { AttachmentDto } from '../../common/dto/attachment.dto.js';
import { IsHttpUrl, IsText, NestedArray } from '../../common/dto/decorators.js';
import { ImageRefDto } from '../../common/dto/image-ref.dto.js';
import { Limits } from '../../common/limits.js';
import type { EventDocumentation } from '../event.js';

/**
 * What is published after an event: report, files, pictures, recording. Written on its own
 * (`PUT /staff/events/{id}/documentation`), not with the event; publishing it is a step of its
 * own that may tell the registrants (`PublishDocumentationDto`).
 */
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
}

/** Publishes an event's documentation. */
export class PublishDocumentationDto {
  /**
   * Tell the confirmed registrants by mail where the documentation is (default). Each registrant
   * gets this mail once, however often the documentation is published again.
   */
  @IsOptional()
  @IsBoolean()
  notify?: boolean;
}
