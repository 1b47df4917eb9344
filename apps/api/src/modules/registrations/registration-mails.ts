import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import type { EventEntity } from '../events/event.entity.js';
import { toMailEventFacts } from '../mail/mail-event-facts.js';
import { MailTemplate, type RegistrationMailData } from '../mail/mail.types.js';
import { OutboxService } from '../mail/outbox.service.js';
import { RegistrationLinks } from './registration-links.js';
import type { RegistrationEntity } from './registration.entity.js';

type Extra = Omit<RegistrationMailData, 'event' | 'recipient' | 'links'>;

/** Registration mails, written to the outbox inside the caller's transaction. */
@Injectable()
export class RegistrationMails {
  constructor(
    private readonly outbox: OutboxService,
    private readonly links: RegistrationLinks,
    private readonly config: AppConfig,
  ) {}

  /**
   * Queues one mail. `occasion` makes the send key unique per logical mail (e.g. a reminder
   * offset); repeating the same occasion never sends twice.
   */
  async send(
    manager: EntityManager,
    template: MailTemplate,
    registration: RegistrationEntity,
    event: EventEntity,
    occasion: string,
    extra: Extra & { withConfirmLink?: boolean; withJoinLink?: boolean } = {},
  ): Promise<void> {
    const { withConfirmLink, withJoinLink, ...rest } = extra;
    const data: RegistrationMailData = {
      event: toMailEventFacts(event, this.config.PORTAL_URL, registration.locale),
      recipient: {
        email: registration.email,
        firstName: registration.firstName,
        lastName: registration.lastName,
        salutation: registration.salutation,
        academicTitle: registration.academicTitle,
      },
      links: {
        manage: this.links.manage(registration.id, registration.locale),
        ...(withConfirmLink
          ? { confirm: this.links.confirm(registration.id, registration.locale) }
          : {}),
        ...(withJoinLink ? { join: this.links.join(registration.id, registration.locale) } : {}),
      },
      ...rest,
    };
    await this.outbox.enqueue(manager, {
      sendKey: `registration:${registration.id}:${template}:${occasion}`,
      template,
      to: registration.email,
      locale: registration.locale,
      eventId: event.id,
      registrationId: registration.id,
      data: data as unknown as Record<string, unknown>,
    });
  }

  /** The mail that tells a registrant the outcome of confirming or of a promotion. */
  async outcome(
    manager: EntityManager,
    registration: RegistrationEntity,
    event: EventEntity,
    waitlistPosition?: number,
  ) {
    switch (registration.status) {
      case 'confirmed':
        return this.send(manager, MailTemplate.Confirmed, registration, event, 'seat', {
          withJoinLink: true,
          calendar: 'request',
        });
      case 'waitlisted':
        return this.send(manager, MailTemplate.Waitlisted, registration, event, 'waitlist', {
          waitlistPosition,
        });
      case 'awaiting_approval':
        return this.send(manager, MailTemplate.AwaitingApproval, registration, event, 'approval');
      case 'rejected':
        return this.send(manager, MailTemplate.Rejected, registration, event, 'full');
      default:
        return undefined;
    }
  }
}
