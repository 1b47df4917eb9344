import { Injectable } from '@nestjs/common';
import type { EventDocumentation } from '@stadtgespraech/domain';
import type { EventDocumentationDto } from '@stadtgespraech/domain/events';
import {
  assertDocumentationPublishable,
  DocumentationErrorCode,
  hasDocumentationContent,
} from '@stadtgespraech/domain/rules';
import type { EntityManager } from 'typeorm';
import { ProblemException } from '../../../common/problem.js';
import { EventEntity } from '../../events/event.entity.js';
import { RegistrationsService } from '../../registrations/registrations.service.js';
import type { StaffActor } from '../../staff/staff-actor.js';
import type { StaffEventDto } from '../dto/staff-event.dto.js';
import { EventAdminService } from '../event-admin.service.js';
import { plain } from '../event-input.js';

const EMPTY: EventDocumentation = {
  report: null,
  attachments: [],
  images: [],
  recordingUrl: null,
  publishedAt: null,
  notifiedAt: null,
};

/**
 * The documentation after an event: written like the event (scope, version, audit), published
 * once the event is over, and announced to the confirmed registrants once.
 */
@Injectable()
export class EventDocumentationService {
  constructor(
    private readonly events: EventAdminService,
    private readonly registrations: RegistrationsService,
  ) {}

  /** Replaces report, files, pictures and recording; whether it is public stays as it is. */
  write(
    id: string,
    version: number,
    input: EventDocumentationDto,
    actor: StaffActor,
  ): Promise<StaffEventDto> {
    return this.events.changeLocked(
      id,
      version,
      actor,
      'event.documentation',
      async (manager, event) => {
        const before = event.documentation ?? EMPTY;
        const after = plain<EventDocumentation>({
          ...before,
          report: input.report?.trim() ? input.report : null,
          attachments: input.attachments ?? [],
          images: input.images ?? [],
          recordingUrl: input.recordingUrl ?? null,
        });
        if (after.publishedAt && !hasDocumentationContent(after)) {
          throw new ProblemException(
            DocumentationErrorCode.Empty,
            'Public documentation cannot be emptied; take it off the portal first.',
          );
        }
        await save(manager, id, after);
        return { before: { documentation: before }, after: { documentation: after } };
      },
    );
  }

  /**
   * Puts the documentation on the portal and, unless `notify` is false, queues the follow-up mail
   * to every confirmed registrant in the same transaction — once per event: publishing again
   * after taking it off sends nothing.
   */
  async publish(
    id: string,
    version: number,
    notify: boolean,
    actor: StaffActor,
  ): Promise<{ event: StaffEventDto; notified: number }> {
    let notified = 0;
    const event = await this.events.changeLocked(
      id,
      version,
      actor,
      'event.documentation.publish',
      async (manager, loaded) => {
        const documentation = loaded.documentation ?? EMPTY;
        if (documentation.publishedAt)
          throw new ProblemException('DOCUMENTATION.ALREADY_PUBLISHED');
        assertDocumentationPublishable({ ...loaded, documentation }, new Date());
        const now = new Date().toISOString();
        const tell = notify && !documentation.notifiedAt;
        if (tell) notified = await this.registrations.queueFollowUps(manager, id);
        await save(manager, id, {
          ...documentation,
          publishedAt: now,
          notifiedAt: tell ? now : (documentation.notifiedAt ?? null),
        });
        return { before: { publishedAt: null }, after: { publishedAt: now, notified } };
      },
    );
    return { event, notified };
  }

  /** Takes the documentation off the portal; its content stays for a later publication. */
  unpublish(id: string, version: number, actor: StaffActor): Promise<StaffEventDto> {
    return this.events.changeLocked(
      id,
      version,
      actor,
      'event.documentation.unpublish',
      async (manager, event) => {
        const documentation = event.documentation;
        if (!documentation?.publishedAt) throw new ProblemException('DOCUMENTATION.NOT_PUBLISHED');
        await save(manager, id, { ...documentation, publishedAt: null });
        return { before: { publishedAt: documentation.publishedAt }, after: { publishedAt: null } };
      },
    );
  }
}

function save(manager: EntityManager, id: string, documentation: EventDocumentation) {
  return manager.update(EventEntity, { id }, { documentation: documentation as never });
}
