import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ContactRequestEntity } from '../contact/contact-request.entity.js';
import { NewsletterSubscriptionEntity } from '../newsletter/newsletter-subscription.entity.js';
import { ContactPersonEntity } from '../organisations/contact-person.entity.js';
import { RegistrationEntity } from '../registrations/registration.entity.js';
import { StaffAccountEntity } from '../staff/staff-account.entity.js';

/** A mail from the log of sent mails, with its event. */
export interface SentMailRow {
  template: string;
  sentAt: Date;
  eventId: string | null;
  eventSlug: string | null;
  eventTitle: string | null;
  eventStartsAt: Date | null;
}

/** The rows that hold one address, as stored. */
export interface PersonalRows {
  registrations: RegistrationEntity[];
  mails: SentMailRow[];
  subscriptions: NewsletterSubscriptionEntity[];
  /** With `recipient`, the organisation written to. */
  contactRequests: ContactRequestEntity[];
  /** With `organisation`. */
  contactPersons: ContactPersonEntity[];
  staffAccount: StaffAccountEntity | null;
  auditEntries: number;
}

/**
 * Finds everything stored under one address (compared lower-cased). Registrations already
 * anonymised carry no address any more and are not found: they are no personal data.
 */
@Injectable()
export class PersonalDataRepository {
  async find(manager: EntityManager, email: string): Promise<PersonalRows> {
    const registrations = await manager.find(RegistrationEntity, {
      where: { emailNormalized: email },
      relations: { event: true, consents: true },
      order: { createdAt: 'ASC' },
    });
    const mails = await manager.query(
      `SELECT m.template, m.sent_at AS "sentAt", m.event_id AS "eventId",
              e.slug AS "eventSlug", e.title AS "eventTitle", e.starts_at AS "eventStartsAt"
         FROM sent_message m LEFT JOIN event e ON e.id = m.event_id
        WHERE lower(m.recipient) = $1
        ORDER BY m.sent_at`,
      [email],
    );
    const subscriptions = await manager.find(NewsletterSubscriptionEntity, {
      where: { emailNormalized: email },
    });
    const contactRequests = await manager
      .getRepository(ContactRequestEntity)
      .createQueryBuilder('request')
      .leftJoinAndSelect('request.recipient', 'recipient')
      .where('lower(request.email) = :email', { email })
      .orderBy('request.createdAt', 'ASC')
      .getMany();
    const contactPersons = await manager
      .getRepository(ContactPersonEntity)
      .createQueryBuilder('person')
      .innerJoinAndSelect('person.organisation', 'organisation')
      .where('lower(person.email) = :email', { email })
      .orderBy('organisation.name', 'ASC')
      .getMany();
    const staffAccount = await manager.findOneBy(StaffAccountEntity, { emailNormalized: email });
    const [audit] = await manager.query(
      `SELECT count(*)::int AS count FROM audit_entry
        WHERE lower(account_email) = $1
           OR strpos(lower(coalesce(before::text, '') || coalesce(after::text, '')), $1) > 0`,
      [email],
    );
    return {
      registrations,
      mails,
      subscriptions,
      contactRequests,
      contactPersons,
      staffAccount,
      auditEntries: audit.count,
    };
  }
}
