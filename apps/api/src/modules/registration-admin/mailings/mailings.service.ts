import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  Locale,
  RegistrationStatus,
  fillPlaceholders,
  mailingStatuses,
  registrantName,
  type ComposeMailingDto,
  type MailingTextDto,
  type MailingValues,
} from '@stadtgespraech/domain';
import { DataSource, In, type EntityManager } from 'typeorm';
import { ProblemException } from '../../../common/problem.js';
import { AppConfig } from '../../../config/app-config.js';
import { AuditService } from '../../audit/audit.service.js';
import type { EventEntity } from '../../events/event.entity.js';
import { MailTemplate, type MailJob, type RegistrationMailData } from '../../mail/mail.types.js';
import { OutboxService } from '../../mail/outbox.service.js';
import { dateLine } from '../../mail/templates/phrases.js';
import { renderMail } from '../../mail/templates/index.js';
import { RegistrationMails } from '../../registrations/registration-mails.js';
import { RegistrationEntity } from '../../registrations/registration.entity.js';
import { RegistrationsRepository } from '../../registrations/registrations.repository.js';
import type { StaffActor } from '../../staff/staff-actor.js';
import { EventReach } from '../event-reach.js';
import { RegistrationTableRepository } from '../registration-table.repository.js';
import type {
  MailingDto,
  MailingPreviewDto,
  MailSampleDto,
  TestMailingDto,
} from './dto/mailing.dto.js';
import { MailingEntity } from './mailing.entity.js';

/** Registrations read and queued per round while sending a mailing. */
const BATCH = 500;

// Previews and test mails carry links of a registration that does not exist: a test mail in a
// staff inbox must not open anybody's registration.
const SAMPLE_ID = '00000000-0000-4000-8000-000000000000';

/** Who fills the placeholders of previews and test mails when the segment is empty. */
const STAND_IN = {
  salutation: null,
  academicTitle: null,
  firstName: 'Jana',
  lastName: 'Beispiel',
  organisation: 'Stadt Beispielstadt',
  status: RegistrationStatus.Confirmed,
} satisfies Partial<RegistrationEntity>;

/**
 * Mailings: a mail staff write to the registrants of an event or a segment of them, previewed,
 * tried on their own address, then queued in the outbox, one job per recipient, in the
 * transaction that logs it. Send keys per mailing and registration make every mail go out once.
 */
@Injectable()
export class MailingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly table: RegistrationTableRepository,
    private readonly registrations: RegistrationsRepository,
    private readonly mails: RegistrationMails,
    private readonly outbox: OutboxService,
    private readonly reach: EventReach,
    private readonly config: AppConfig,
  ) {}

  /** How many the mailing reaches, and each language version as the first recipient gets it. */
  async preview(
    eventId: string,
    input: ComposeMailingDto,
    actor: StaffActor,
  ): Promise<MailingPreviewDto> {
    const manager = this.dataSource.manager;
    await this.reach.check(manager, eventId, actor, { write: true });
    const { event, ids } = await this.audience(manager, eventId, input);
    const sample = await this.sample(manager, ids[0], actor);
    const now = new Date();
    return {
      recipientCount: ids.length,
      samples: languages(input).map((locale): MailSampleDto => {
        const job = this.job(sample, event, input, locale, 'preview', now);
        const mail = renderMail(job, { organizerEmail: this.config.MAIL_ORGANIZER, now });
        return {
          locale,
          recipientName: registrantName(sample),
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
        };
      }),
    };
  }

  /** Sends each language version, filled as for the first recipient, to the staff member. */
  async test(
    eventId: string,
    input: ComposeMailingDto,
    actor: StaffActor,
  ): Promise<TestMailingDto> {
    const to = actor.staff.account.email;
    const all = languages(input);
    await this.dataSource.transaction(async (manager) => {
      await this.reach.check(manager, eventId, actor, { write: true });
      const { event, ids } = await this.audience(manager, eventId, input);
      const sample = await this.sample(manager, ids[0], actor);
      const now = new Date();
      const attempt = randomUUID();
      for (const locale of all) {
        const job = this.job(sample, event, input, locale, 'test', now);
        const data = job.data as unknown as RegistrationMailData;
        await this.outbox.enqueue(manager, {
          ...job,
          sendKey: `mailing-test:${attempt}:${locale}`,
          to,
          registrationId: null,
          data: {
            ...data,
            recipient: { ...data.recipient, email: to },
            message: { ...data.message!, subject: `[Test] ${data.message!.subject}` },
          },
        });
      }
    });
    return { to, count: all.length };
  }

  /** Logs the mailing and queues one mail per recipient, all in one transaction. */
  async send(eventId: string, input: ComposeMailingDto, actor: StaffActor): Promise<MailingDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.reach.check(manager, eventId, actor, { write: true });
      const { event, ids } = await this.audience(manager, eventId, input);
      if (ids.length === 0) throw new ProblemException('MAILING.NO_RECIPIENTS');
      const mailing = await manager.getRepository(MailingEntity).save({
        eventId,
        subject: input.subject,
        body: input.body,
        subjectEn: input.english?.subject ?? null,
        bodyEn: input.english?.body ?? null,
        segment: { ...input.segment },
        recipientCount: ids.length,
        createdById: actor.staff.account.id,
      });
      const now = new Date();
      for (let start = 0; start < ids.length; start += BATCH) {
        const batch = await manager.find(RegistrationEntity, {
          where: { id: In(ids.slice(start, start + BATCH)) },
        });
        await this.outbox.enqueueMany(
          manager,
          batch.map((registration) => ({
            ...this.job(
              registration,
              event,
              input,
              localeFor(registration, input),
              mailing.id,
              now,
            ),
            mailingId: mailing.id,
          })),
        );
      }
      await this.audit.record(
        {
          account: actor.staff.account,
          action: 'mailing.send',
          subject: { type: 'event', id: eventId },
          after: {
            mailingId: mailing.id,
            subject: mailing.subject,
            segment: mailing.segment,
            recipients: ids.length,
          },
          clientIp: actor.clientIp,
        },
        manager,
      );
      return toMailingDto(mailing, 0, actor.staff.account.displayName);
    });
  }

  /** The event's mailings, newest first, with how many mails went out so far. */
  async list(eventId: string, actor: StaffActor): Promise<MailingDto[]> {
    const manager = this.dataSource.manager;
    await this.reach.check(manager, eventId, actor);
    const rows: (MailingEntity & { sentCount: number; createdByName: string | null })[] =
      await manager
        .getRepository(MailingEntity)
        .createQueryBuilder('m')
        .leftJoin('m.createdBy', 'account')
        .select([
          'm.id AS "id"',
          'm.subject AS "subject"',
          'm.body AS "body"',
          'm.subjectEn AS "subjectEn"',
          'm.bodyEn AS "bodyEn"',
          'm.segment AS "segment"',
          'm.recipientCount AS "recipientCount"',
          'm.createdAt AS "createdAt"',
          'account.displayName AS "createdByName"',
        ])
        .addSelect(
          '(SELECT count(*)::int FROM sent_message s WHERE s.mailing_id = m.id)',
          'sentCount',
        )
        .where('m.eventId = :eventId', { eventId })
        .orderBy('m.createdAt', 'DESC')
        .getRawMany();
    return rows.map((row) => toMailingDto(row, row.sentCount, row.createdByName));
  }

  /** The event with its secrets (for join links) and the recipients' ids, by name. */
  private async audience(manager: EntityManager, eventId: string, input: ComposeMailingDto) {
    const event = await this.registrations.findEventWithSecrets(manager, eventId);
    const { status, ...filters } = input.segment;
    const ids = await this.table.ids(manager, eventId, filters, mailingStatuses(status));
    return { event, ids };
  }

  /** The first recipient, or a stand-in; always with links that open no real registration. */
  private async sample(
    manager: EntityManager,
    firstId: string | undefined,
    actor: StaffActor,
  ): Promise<RegistrationEntity> {
    const first = firstId ? await manager.findOneBy(RegistrationEntity, { id: firstId }) : null;
    return Object.assign(new RegistrationEntity(), {
      ...(first ?? { ...STAND_IN, email: actor.staff.account.email, locale: Locale.German }),
      id: SAMPLE_ID,
    });
  }

  /** The mail of one recipient in `locale`: placeholders filled, join link while it is useful. */
  private job(
    registration: RegistrationEntity,
    event: EventEntity,
    input: ComposeMailingDto,
    locale: Locale,
    occasion: string,
    now: Date,
  ): MailJob {
    const job = this.mails.job(MailTemplate.Mailing, registration, event, occasion, {
      locale,
      withJoinLink: registration.status === RegistrationStatus.Confirmed && now < event.endsAt,
    });
    const data = job.data as unknown as RegistrationMailData;
    const values = placeholderValues(registration, data, locale);
    const text = textFor(input, locale);
    const message = {
      subject: fillPlaceholders(text.subject, values),
      body: fillPlaceholders(text.body, values),
    };
    return { ...job, data: { ...job.data, message } };
  }
}

/** The languages written: German always, English when given. */
function languages(input: ComposeMailingDto): Locale[] {
  return input.english ? [Locale.German, Locale.English] : [Locale.German];
}

/** English for those who chose it when an English text exists; German otherwise. */
function localeFor(registration: RegistrationEntity, input: ComposeMailingDto): Locale {
  return registration.locale === Locale.English && input.english ? Locale.English : Locale.German;
}

function textFor(input: ComposeMailingDto, locale: Locale): MailingTextDto {
  return locale === Locale.English && input.english ? input.english : input;
}

function placeholderValues(
  registration: RegistrationEntity,
  data: RegistrationMailData,
  locale: Locale,
): MailingValues {
  return {
    vorname: registration.firstName ?? '',
    nachname: registration.lastName ?? '',
    name: registrantName(registration),
    organisation: registration.organisation ?? '',
    veranstaltung: data.event.title,
    termin: dateLine(data.event, locale),
  };
}

function toMailingDto(
  row: Pick<
    MailingEntity,
    'id' | 'subject' | 'body' | 'subjectEn' | 'bodyEn' | 'segment' | 'recipientCount' | 'createdAt'
  >,
  sentCount: number,
  createdBy: string | null,
): MailingDto {
  return {
    id: row.id,
    subject: row.subject,
    body: row.body,
    english:
      row.subjectEn !== null && row.bodyEn !== null
        ? { subject: row.subjectEn, body: row.bodyEn }
        : null,
    segment: row.segment,
    recipientCount: row.recipientCount,
    sentCount,
    createdAt: new Date(row.createdAt).toISOString(),
    createdBy,
  };
}
