import { Injectable } from '@nestjs/common';
import { EventFormat, StatusNotice, type Locale } from '@stadtgespraech/domain';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import { toMailEventFacts, type MailEvent } from '../mail/mail-event-facts.js';
import { MailTemplate, type MailJob, type RegistrationMailData } from '../mail/mail.types.js';
import { OutboxService } from '../mail/outbox.service.js';
import { RegistrationLinks } from './registration-links.js';
import type { RegistrationEntity } from './registration.entity.js';

/** What a mail says beyond the event, the recipient and the manage link. */
export type MailExtra = Omit<RegistrationMailData, 'event' | 'recipient' | 'links'> & {
  withConfirmLink?: boolean;
  withJoinLink?: boolean;
  /** The language of the mail when not the registrant's (a mailing written only in German). */
  locale?: Locale;
};

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
    event: MailEvent,
    occasion: string,
    extra: MailExtra = {},
  ): Promise<void> {
    await this.outbox.enqueue(manager, this.job(template, registration, event, occasion, extra));
  }

  /** The outbox job of one mail to a registrant, for callers that queue many at once. */
  job(
    template: MailTemplate,
    registration: RegistrationEntity,
    event: MailEvent,
    occasion: string,
    extra: MailExtra = {},
  ): MailJob {
    const { withConfirmLink, withJoinLink, locale = registration.locale, ...rest } = extra;
    const data: RegistrationMailData = {
      event: toMailEventFacts(event, this.config.PORTAL_URL, locale),
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
        // An event without an online room has nothing to join.
        ...(withJoinLink && event.format !== EventFormat.InPerson
          ? { join: this.links.join(registration.id, registration.locale) }
          : {}),
      },
      ...rest,
    };
    return {
      sendKey: `registration:${registration.id}:${template}:${occasion}`,
      template,
      to: registration.email,
      locale,
      eventId: event.id,
      registrationId: registration.id,
      data: data as unknown as Record<string, unknown>,
    };
  }

  /** The mail that tells a registrant the outcome of confirming or of a promotion. */
  async outcome(
    manager: EntityManager,
    registration: RegistrationEntity,
    event: MailEvent,
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

  /**
   * The mail that tells a registrant what staff did, with the staff's note quoted. `occasion`
   * is new for every change, so confirming, moving and confirming again sends each mail.
   */
  async staffNotice(
    manager: EntityManager,
    registration: RegistrationEntity,
    event: MailEvent,
    notice: StatusNotice,
    occasion: string,
    details: { note?: string; heldSeat: boolean; waitlistPosition?: number },
  ) {
    const note = details.note?.trim() ? { note: details.note.trim() } : {};
    const seat = { ...note, withJoinLink: true, calendar: 'request' as const };
    switch (notice) {
      case StatusNotice.Confirmed:
        return this.send(manager, MailTemplate.Confirmed, registration, event, occasion, seat);
      case StatusNotice.Approved:
        return this.send(manager, MailTemplate.Approved, registration, event, occasion, seat);
      case StatusNotice.Promoted:
        return this.send(manager, MailTemplate.Promoted, registration, event, occasion, seat);
      case StatusNotice.Waitlisted:
        return this.send(manager, MailTemplate.Waitlisted, registration, event, occasion, {
          ...note,
          waitlistPosition: details.waitlistPosition,
          // Someone who held a seat has it no more: the calendar entry goes.
          ...(details.heldSeat ? { calendar: 'cancel' as const } : {}),
        });
      case StatusNotice.Rejected:
        return this.send(manager, MailTemplate.Rejected, registration, event, occasion, note);
      case StatusNotice.Cancelled:
        return this.send(
          manager,
          MailTemplate.CancelledByOrganiser,
          registration,
          event,
          occasion,
          { ...note, ...(details.heldSeat ? { calendar: 'cancel' as const } : {}) },
        );
    }
  }
}
