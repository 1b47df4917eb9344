import { Injectable } from '@nestjs/common';
import {
  erasureCancels,
  normaliseEmail,
  personalAnswerKeys,
  releasesSeat,
  RegistrationStatus,
} from '@stadtgespraech/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { PdfDocument } from '../../common/pdf/pdf-document.js';
import { addressHash } from './address-hash.js';
import { AuditService } from '../audit/audit.service.js';
import { JobQueue, type JobMatch } from '../jobs/job-queue.service.js';
import { MAIL_QUEUE } from '../mail/mail.queue.js';
import { anonymiseRegistrations } from '../registration-admin/retention/registration-anonymiser.js';
import { RegistrationEntity } from '../registrations/registration.entity.js';
import { RegistrationsRepository } from '../registrations/registrations.repository.js';
import { RegistrationsService } from '../registrations/registrations.service.js';
import type { StaffActor } from '../staff/staff-actor.js';
import type { ErasureResultDto, PersonalDataReportDto } from './dto/personal-data.dto.js';
import { personalDataPdf } from './personal-data-pdf.js';
import { toPersonalDataReport } from './personal-data-report.js';
import { PersonalDataRepository, type PersonalRows } from './personal-data.repository.js';

/**
 * The audit log names the address only by its SHA-256: the log must not keep what was erased,
 * yet an administrator can still check whether a given address was looked up or erased.
 */

/** The outbox's unsent mails for the rows found: by address as spelled, registration, request. */
function mailMatches(email: string, rows: PersonalRows): JobMatch[] {
  const spellings = new Set([
    email,
    ...rows.registrations.map((r) => r.email),
    ...rows.subscriptions.map((s) => s.email),
    ...rows.contactRequests.map((c) => c.email),
  ]);
  return [
    ...[...spellings].map((to) => ({ data: { to } })),
    ...rows.registrations.map((r) => ({ data: { registrationId: r.id } })),
    // The forward to the organisation carries the person's message.
    ...rows.contactRequests.map((c) => ({ key: `contact:${c.id}:forward` })),
  ];
}

/**
 * The privacy tools for administrators: what is stored about one address (GDPR Art. 15, as
 * JSON and PDF), and erasing it everywhere (Art. 17). Both are audited.
 */
@Injectable()
export class PrivacyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly personalData: PersonalDataRepository,
    private readonly jobs: JobQueue,
    private readonly audit: AuditService,
    private readonly registrations: RegistrationsService,
    private readonly registrationsRepository: RegistrationsRepository,
  ) {}

  /** Everything stored about `email`. */
  async report(
    email: string,
    actor: StaffActor,
    format: 'json' | 'pdf' = 'json',
  ): Promise<PersonalDataReportDto> {
    const address = normaliseEmail(email);
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const rows = await this.personalData.find(manager, address);
      const queued = await this.jobs.findQueued(manager, MAIL_QUEUE, mailMatches(address, rows));
      const report = toPersonalDataReport(address, rows, queued.length, new Date());
      await this.record(manager, actor, 'privacy.access', address, {
        format,
        registrations: report.registrations.length,
        newsletterSubscriptions: report.newsletterSubscriptions.length,
        contactRequests: report.contactRequests.length,
        contactPersons: report.contactPersons.length,
        mails: report.mails.length,
      });
      return report;
    });
  }

  /** The report as a readable PDF. */
  async reportPdf(email: string, actor: StaffActor): Promise<PdfDocument> {
    return personalDataPdf(await this.report(email, actor, 'pdf'));
  }

  /**
   * Erases `email` everywhere, in one transaction: registrations are anonymised (open ones of
   * coming events cancelled first, their seats going to the waiting list), newsletter
   * subscriptions, contact requests and contact-person entries deleted, the address removed from
   * the log of sent mails, and unsent mails taken out of the outbox. A staff account is kept
   * (staff management disables it); the append-only audit log is kept.
   */
  async erase(email: string, actor: StaffActor): Promise<ErasureResultDto> {
    const address = normaliseEmail(email);
    return this.dataSource.transaction(async (manager) => {
      const rows = await this.personalData.find(manager, address);
      // Before anything changes: the matches need the addresses as spelled.
      const queuedMails = await this.jobs.discardQueued(
        manager,
        MAIL_QUEUE,
        mailMatches(address, rows),
      );
      const { anonymised, cancelled } = await this.eraseRegistrations(manager, rows.registrations);
      // Mails of registrations were rewritten with them; this takes the rest (newsletter, contact).
      await manager.query(
        `UPDATE sent_message SET recipient = id || '@anonymisiert.invalid' WHERE lower(recipient) = $1`,
        [address],
      );
      const [, newsletterSubscriptions] = await manager.query(
        'DELETE FROM newsletter_subscription WHERE email_normalized = $1',
        [address],
      );
      const [, contactRequests] = await manager.query(
        'DELETE FROM contact_request WHERE lower(email) = $1',
        [address],
      );
      const [, contactPersons] = await manager.query(
        'DELETE FROM contact_person WHERE lower(email) = $1',
        [address],
      );
      const result: ErasureResultDto = {
        registrationsAnonymised: anonymised,
        registrationsCancelled: cancelled,
        newsletterSubscriptions,
        contactRequests,
        contactPersons,
        mails: rows.mails.length,
        queuedMails,
        staffAccountKept: rows.staffAccount !== null,
        auditEntriesKept: rows.auditEntries,
      };
      await this.record(manager, actor, 'privacy.erase', address, { ...result });
      return result;
    });
  }

  /** Cancels what is still open for coming events, anonymises all, and moves waiting lists up. */
  private async eraseRegistrations(manager: EntityManager, registrations: RegistrationEntity[]) {
    const now = await this.registrationsRepository.databaseNow(manager);
    let anonymised = 0;
    let cancelled = 0;
    const byEvent = new Map<string, RegistrationEntity[]>();
    for (const r of registrations) byEvent.set(r.eventId, [...(byEvent.get(r.eventId) ?? []), r]);
    for (const [eventId, ofEvent] of byEvent) {
      const event = ofEvent[0]!.event;
      await this.registrationsRepository.lockSeats(manager, eventId);
      let seatFreed = false;
      for (const registration of ofEvent) {
        if (!erasureCancels(registration, event, now)) continue;
        seatFreed ||= releasesSeat(registration.status, RegistrationStatus.Cancelled);
        await manager.update(
          RegistrationEntity,
          { id: registration.id },
          { status: RegistrationStatus.Cancelled, cancelledAt: now, attendedAt: null },
        );
        cancelled += 1;
      }
      anonymised += await anonymiseRegistrations(manager, {
        eventId,
        textKeys: personalAnswerKeys(event.registrationQuestions),
        now,
        registrationIds: ofEvent.map((r) => r.id),
      });
      if (seatFreed)
        await this.registrations.promote(
          manager,
          await this.registrationsRepository.findEventWithSecrets(manager, eventId),
        );
    }
    return { anonymised, cancelled };
  }

  private record(
    manager: EntityManager,
    actor: StaffActor,
    action: 'privacy.access' | 'privacy.erase',
    address: string,
    after: Record<string, unknown>,
  ) {
    return this.audit.record(
      {
        account: actor.staff.account,
        action,
        subject: { type: 'email', id: addressHash(address) },
        after,
        clientIp: actor.clientIp,
      },
      manager,
    );
  }
}
