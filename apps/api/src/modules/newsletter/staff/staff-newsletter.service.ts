import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  Locale,
  NewsletterSubscriptionStatus,
  fitsNewsletterChoice,
  type ComposeNewsletterDto,
  type NewsletterTextDto,
} from '@stadtgespraech/domain';
import { DataSource, In, MoreThan, type EntityManager } from 'typeorm';
import { ProblemException } from '../../../common/problem.js';
import { AppConfig } from '../../../config/app-config.js';
import { AuditService } from '../../audit/audit.service.js';
import { EventEntity } from '../../events/event.entity.js';
import { toMailEventFacts } from '../../mail/mail-event-facts.js';
import { MailTemplate, type MailJob, type NewsletterDatesData } from '../../mail/mail.types.js';
import { OutboxService } from '../../mail/outbox.service.js';
import { renderMail } from '../../mail/templates/index.js';
import type {
  MailingPreviewDto,
  TestMailingDto,
} from '../../registration-admin/mailings/dto/mailing.dto.js';
import type { StaffActor } from '../../staff/staff-actor.js';
import { addressHash } from '../../privacy/address-hash.js';
import { lockReference } from '../../references/reference-steps.js';
import { NewsletterSubscriptionEntity } from '../newsletter-subscription.entity.js';
import { NewsletterService } from '../newsletter.service.js';
import type {
  NewsletterCandidatesDto,
  NewsletterIssueDto,
  NewsletterIssuesDto,
  SubscriberPageDto,
  SubscriberQueryDto,
  StaffSubscriberDto,
} from './dto/staff-newsletter.dto.js';
import { NewsletterIssueEntity } from './newsletter-issue.entity.js';

const PAGE_SIZE = 50;
/** How far ahead the events an issue may present lie. */
const NEWSLETTER_HORIZON_DAYS = 90;
// Previews and test mails carry an unsubscribe link of no subscription: clicking it in a staff
// inbox must not unsubscribe anybody.
const SAMPLE_ID = '00000000-0000-4000-8000-000000000000';

type Subscriber = Pick<
  NewsletterSubscriptionEntity,
  'id' | 'email' | 'series' | 'topics' | 'locale'
>;

/**
 * The newsletter for staff: the subscriptions, and issues of the "new dates" mail — composed from
 * upcoming events, previewed, tried on one's own address, then queued in the outbox, one mail per
 * subscriber with the events that fit their choice, in the transaction that logs the issue.
 */
@Injectable()
export class StaffNewsletterService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly newsletter: NewsletterService,
    private readonly config: AppConfig,
  ) {}

  async subscribers(query: SubscriberQueryDto): Promise<SubscriberPageDto> {
    const repository = this.dataSource.getRepository(NewsletterSubscriptionEntity);
    const builder = repository
      .createQueryBuilder('s')
      .where('s.status = :status', { status: query.status })
      .orderBy('s.consentedAt', 'DESC')
      .addOrderBy('s.id', 'DESC')
      .skip((query.page - 1) * PAGE_SIZE)
      .take(PAGE_SIZE);
    const search = query.search?.trim().toLowerCase();
    if (search) builder.andWhere('strpos(s.emailNormalized, :search) > 0', { search });
    const [rows, total] = await builder.getManyAndCount();
    const counted: { status: NewsletterSubscriptionStatus; count: number }[] = await repository
      .createQueryBuilder('s')
      .select('s.status', 'status')
      .addSelect('count(*)::int', 'count')
      .groupBy('s.status')
      .getRawMany();
    const counts = { pending: 0, confirmed: 0 };
    for (const { status, count } of counted) counts[status] = count;
    return {
      items: rows.map(toSubscriberDto),
      counts,
      total,
      page: query.page,
      pageSize: PAGE_SIZE,
    };
  }

  /** Ends a subscription on the subscriber's request (by phone, by letter): deletes the address. */
  async removeSubscriber(id: string, actor: StaffActor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const row = await lockReference(
        manager,
        NewsletterSubscriptionEntity,
        id,
        'NEWSLETTER.SUBSCRIBER_NOT_FOUND',
      );
      await manager.delete(NewsletterSubscriptionEntity, { id });
      await this.audit.record(
        {
          account: actor.staff.account,
          clientIp: actor.clientIp,
          action: 'newsletter.unsubscribe',
          subject: { type: 'newsletter_subscription', id },
          // Like erasures, the log names the address only by its hash.
          before: {
            emailSha256: addressHash(row.emailNormalized),
            status: row.status,
          },
          after: null,
        },
        manager,
      );
    });
  }

  /** Upcoming published events, soonest first, with when an issue last presented each. */
  async candidates(now = new Date()): Promise<NewsletterCandidatesDto> {
    const events = await this.upcoming(this.dataSource.manager, now);
    const announced: { id: string; at: Date }[] = events.length
      ? await this.dataSource.query(
          `SELECT e.id, max(i.created_at) AS at
             FROM newsletter_issue i
             CROSS JOIN LATERAL jsonb_array_elements_text(i.event_ids) AS e(id)
            WHERE e.id = ANY($1::text[])
            GROUP BY e.id`,
          [events.map((event) => event.id)],
        )
      : [];
    const lastAnnounced = new Map(announced.map((row) => [row.id, row.at]));
    const subscribers = await this.confirmed(this.dataSource.manager);
    return {
      items: events.map((event) => ({
        id: event.id,
        slug: event.slug,
        title: event.title,
        startsAt: event.startsAt.toISOString(),
        endsAt: event.endsAt.toISOString(),
        series: event.series?.title ?? null,
        announcedAt: lastAnnounced.get(event.id)?.toISOString() ?? null,
        reach: subscribers.filter((subscriber) =>
          fitsNewsletterChoice(subscriber, candidate(event)),
        ).length,
      })),
    };
  }

  async issues(): Promise<NewsletterIssuesDto> {
    const rows = await this.dataSource.getRepository(NewsletterIssueEntity).find({
      relations: { createdBy: true },
      order: { createdAt: 'DESC' },
    });
    return { items: rows.map((row) => toIssueDto(row)) };
  }

  /** How many the issue reaches, and each language version as its first recipient gets it. */
  async preview(input: ComposeNewsletterDto): Promise<MailingPreviewDto> {
    const audience = await this.audience(this.dataSource.manager, input, new Date());
    return {
      recipientCount: audience.length,
      samples: languages(input).map((locale) => {
        const sample = audience.find((entry) => entry.locale === locale);
        const job = this.sampleJob(input, locale, sample, 'preview');
        const mail = renderMail(job, {
          organizerEmail: this.config.MAIL_ORGANIZER,
          now: new Date(),
        });
        return {
          locale,
          recipientName: sample?.subscriber.email ?? 'Beispiel',
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
        };
      }),
    };
  }

  /** Sends each language version, as its first recipient would get it, to the staff member. */
  async test(input: ComposeNewsletterDto, actor: StaffActor): Promise<TestMailingDto> {
    const to = actor.staff.account.email;
    const all = languages(input);
    await this.dataSource.transaction(async (manager) => {
      const audience = await this.audience(manager, input, new Date());
      const attempt = randomUUID();
      for (const locale of all) {
        const sample = audience.find((entry) => entry.locale === locale);
        const job = this.sampleJob(input, locale, sample, `test:${attempt}`);
        const data = job.data as unknown as NewsletterDatesData;
        await this.outbox.enqueue(manager, {
          ...job,
          to,
          data: { ...data, subject: `[Test] ${data.subject}` },
        });
      }
    });
    return { to, count: all.length };
  }

  /** Logs the issue and queues one mail per subscriber it reaches, in one transaction. */
  async send(input: ComposeNewsletterDto, actor: StaffActor): Promise<NewsletterIssueDto> {
    return this.dataSource.transaction(async (manager) => {
      const audience = await this.audience(manager, input, new Date());
      if (audience.length === 0) throw new ProblemException('NEWSLETTER.NO_RECIPIENTS');
      const issue = await manager.getRepository(NewsletterIssueEntity).save({
        subject: input.subject,
        intro: input.intro ?? null,
        subjectEn: input.english?.subject ?? null,
        introEn: input.english?.intro ?? null,
        eventIds: input.eventIds,
        recipientCount: audience.length,
        createdById: actor.staff.account.id,
      });
      // The job queue writes them in batches of its own.
      await this.outbox.enqueueMany(
        manager,
        audience.map(({ subscriber, locale, events }) =>
          this.job(input, locale, subscriber.id, subscriber.email, events, `issue:${issue.id}`),
        ),
      );
      await this.audit.record(
        {
          account: actor.staff.account,
          clientIp: actor.clientIp,
          action: 'newsletter.send',
          subject: { type: 'newsletter_issue', id: issue.id },
          after: {
            subject: issue.subject,
            events: input.eventIds,
            recipients: audience.length,
          },
        },
        manager,
      );
      return toIssueDto({ ...issue, createdBy: null }, actor.staff.account.displayName);
    });
  }

  /**
   * Each confirmed subscriber the issue reaches, with the chosen events that fit their choice (in
   * the order chosen) and the language they get. Every chosen event must be upcoming and public.
   */
  private async audience(manager: EntityManager, input: ComposeNewsletterDto, now: Date) {
    const found = await this.upcoming(manager, now, input.eventIds);
    const byId = new Map(found.map((event) => [event.id, event]));
    const missing = input.eventIds.filter((id) => !byId.has(id));
    if (missing.length > 0)
      throw new ProblemException('NEWSLETTER.EVENT_NOT_AVAILABLE', undefined, [
        {
          pointer: 'request.eventIds',
          messages: [`not upcoming and published: ${missing.join(', ')}`],
        },
      ]);
    const events = input.eventIds.map((id) => byId.get(id)!);
    return (await this.confirmed(manager)).flatMap((subscriber) => {
      const fitting = events.filter((event) => fitsNewsletterChoice(subscriber, candidate(event)));
      if (fitting.length === 0) return [];
      const locale =
        subscriber.locale === Locale.English && input.english ? Locale.English : Locale.German;
      return [{ subscriber, locale, events: fitting }];
    });
  }

  private sampleJob(
    input: ComposeNewsletterDto,
    locale: Locale,
    sample: { subscriber: Subscriber; events: EventEntity[] } | undefined,
    purpose: string,
  ): MailJob {
    return this.job(
      input,
      locale,
      SAMPLE_ID,
      sample?.subscriber.email ?? this.config.MAIL_ORGANIZER,
      sample?.events ?? [],
      purpose,
    );
  }

  private job(
    input: ComposeNewsletterDto,
    locale: Locale,
    subscriptionId: string,
    to: string,
    events: EventEntity[],
    purpose: string,
  ): MailJob {
    const text: NewsletterTextDto =
      locale === Locale.English && input.english ? input.english : input;
    const data: NewsletterDatesData = {
      subject: text.subject,
      intro: text.intro ?? null,
      events: events.map((event) => toMailEventFacts(event, this.config.PORTAL_URL, locale)),
      ...this.newsletter.unsubscribeLinks(subscriptionId, locale),
    };
    return {
      sendKey: `newsletter:${subscriptionId}:${purpose}:${locale}`,
      template: MailTemplate.NewsletterDates,
      to,
      locale,
      data: { ...data },
    };
  }

  private upcoming(manager: EntityManager, now: Date, ids?: string[]): Promise<EventEntity[]> {
    const horizon = new Date(now.getTime() + NEWSLETTER_HORIZON_DAYS * 86_400_000);
    const events = manager.find(EventEntity, {
      where: {
        status: 'published',
        isTeaser: false,
        startsAt: MoreThan(now),
        ...(ids ? { id: In(ids) } : {}),
      },
      relations: { series: true, topics: true, organisers: { organisation: true } },
      order: { startsAt: 'ASC' },
    });
    // Offered: the next months; chosen explicitly: any upcoming event.
    return ids ? events : events.then((all) => all.filter((event) => event.startsAt < horizon));
  }

  private confirmed(manager: EntityManager): Promise<Subscriber[]> {
    return manager.find(NewsletterSubscriptionEntity, {
      select: { id: true, email: true, series: true, topics: true, locale: true },
      where: { status: 'confirmed' },
      order: { consentedAt: 'ASC' },
    });
  }
}

const candidate = (event: EventEntity) => ({
  seriesSlug: event.series?.slug ?? null,
  topicSlugs: event.topics.map((topic) => topic.slug),
});

function languages(input: ComposeNewsletterDto): Locale[] {
  return input.english ? [Locale.German, Locale.English] : [Locale.German];
}

function toSubscriberDto(row: NewsletterSubscriptionEntity): StaffSubscriberDto {
  return {
    id: row.id,
    email: row.email,
    status: row.status,
    series: row.series,
    topics: row.topics,
    locale: row.locale,
    consentVersion: row.consentVersion,
    subscribedAt: row.consentedAt.toISOString(),
    confirmedAt: row.confirmedAt?.toISOString() ?? null,
  };
}

function toIssueDto(
  row: NewsletterIssueEntity,
  createdBy: string | null = row.createdBy?.displayName ?? null,
): NewsletterIssueDto {
  return {
    id: row.id,
    subject: row.subject,
    intro: row.intro,
    english: row.subjectEn ? { subject: row.subjectEn, intro: row.introEn } : null,
    eventCount: row.eventIds.length,
    recipientCount: row.recipientCount,
    createdAt: row.createdAt.toISOString(),
    createdBy,
  };
}
