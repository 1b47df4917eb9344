import { DomainError } from '../common/errors.js';
import type { DateInput } from '../common/types.js';
import { EventStatus, type EventDocumentation } from '../events/event.js';
import { toInstant } from './instant.js';

/** Stable codes of the errors the documentation rules throw. */
export const DocumentationErrorCode = {
  /** Only a published event's documentation can go public. */
  EventNotPublished: 'DOCUMENTATION.EVENT_NOT_PUBLISHED',
  /** Documentation goes public once the event is over. */
  EventNotOver: 'DOCUMENTATION.EVENT_NOT_OVER',
  /** There is nothing to publish: no report, file, picture or recording. */
  Empty: 'DOCUMENTATION.EMPTY',
} as const;
export type DocumentationErrorCode =
  (typeof DocumentationErrorCode)[keyof typeof DocumentationErrorCode];

type Content = Pick<EventDocumentation, 'report' | 'attachments' | 'images' | 'recordingUrl'>;

/** Whether the documentation holds anything a visitor could read, open or watch. */
export function hasDocumentationContent(documentation: Content | null | undefined): boolean {
  if (!documentation) return false;
  return (
    Boolean(documentation.report?.trim()) ||
    documentation.attachments.length > 0 ||
    documentation.images.length > 0 ||
    Boolean(documentation.recordingUrl)
  );
}

/**
 * Throws unless an event's documentation may be published at `now`: the event is published (not
 * a draft, not cancelled), it is over, and the documentation has content.
 */
export function assertDocumentationPublishable(
  event: { status: EventStatus; endsAt: DateInput; documentation: Content | null },
  now: DateInput,
): void {
  if (event.status !== EventStatus.Published) {
    throw new DomainError(
      DocumentationErrorCode.EventNotPublished,
      `The event is ${event.status}; only a published event's documentation goes public.`,
      { status: event.status },
    );
  }
  const endsAt = toInstant(event.endsAt, 'endsAt');
  if (toInstant(now, 'now').getTime() < endsAt.getTime()) {
    throw new DomainError(
      DocumentationErrorCode.EventNotOver,
      'The documentation goes public once the event is over.',
      { endsAt: endsAt.toISOString() },
    );
  }
  if (!hasDocumentationContent(event.documentation)) {
    throw new DomainError(
      DocumentationErrorCode.Empty,
      'Add a report, a file, a picture or the recording first.',
    );
  }
}
