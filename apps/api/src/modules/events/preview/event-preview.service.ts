import { Injectable } from '@nestjs/common';
import { portalLink } from '../../../common/portal-link.js';
import { ProblemException } from '../../../common/problem.js';
import { AppConfig } from '../../../config/app-config.js';
import type { EventDetailDto } from '../dto/event.dto.js';
import { toEventDetail } from '../event.mapper.js';
import { EventsRepository } from '../events.repository.js';
import { PREVIEW_LINK_DAYS, previewToken, readPreviewToken } from './preview-token.js';

/** Previews of events before they are published: a signed link, and the page data it shows. */
@Injectable()
export class EventPreviewService {
  constructor(
    private readonly events: EventsRepository,
    private readonly config: AppConfig,
  ) {}

  /** The portal address of the preview of an event; the caller checked the staff's reach. */
  link(eventId: string, now = new Date()): { url: string; expiresAt: string } {
    const expiresAt = new Date(now.getTime() + PREVIEW_LINK_DAYS * 24 * 3_600_000);
    const token = previewToken(this.config.APP_SECRET, eventId, expiresAt);
    return {
      url: portalLink(this.config.PORTAL_URL, `/vorschau/${token}`),
      expiresAt: expiresAt.toISOString(),
    };
  }

  /** The page data of the event a token names, whatever its status. */
  async event(token: string, now = new Date()): Promise<EventDetailDto> {
    const read = readPreviewToken(this.config.APP_SECRET, token, now);
    if (read === 'invalid') throw new ProblemException('PREVIEW.TOKEN_INVALID');
    if (read === 'expired') throw new ProblemException('PREVIEW.EXPIRED');
    const event = await this.events.findForPage(read.eventId);
    if (!event) throw new ProblemException('PREVIEW.TOKEN_INVALID');
    return toEventDetail(event, now);
  }
}
