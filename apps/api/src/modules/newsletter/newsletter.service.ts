import { normaliseEmail } from '@stadtgespraech/domain/rules';
import { createHmac, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Locale } from '@stadtgespraech/domain/common';
import type { CreateNewsletterSubscriptionDto } from '@stadtgespraech/domain/communication';
import { DataSource } from 'typeorm';
import { portalLink } from '../../common/portal-link.js';
import { ProblemException } from '../../common/problem.js';
import { AppConfig } from '../../config/app-config.js';
import { ConsentTextsService } from '../consents/consent-texts.service.js';
import { EventEntity } from '../events/event.entity.js';
import { toMailEventFacts } from '../mail/mail-event-facts.js';
import {
  MailTemplate,
  type NewsletterConfirmData,
  type NewsletterDatesData,
} from '../mail/mail.types.js';
import { OutboxService } from '../mail/outbox.service.js';
import { hashToken } from '../registrations/registration-tokens.js';
import { NewsletterSubscriptionEntity } from './newsletter-subscription.entity.js';

/** Unconfirmed subscriptions are deleted after this many days. */
export const NEWSLETTER_CONFIRM_DAYS = 7;
/** How far ahead the "new dates" mail looks. */
const UPCOMING_DAYS = 90;

/** The newsletter of new dates: double opt-in, one-click unsubscribe that deletes the address. */
@Injectable()
export class NewsletterService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly consentTexts: ConsentTextsService,
    private readonly outbox: OutboxService,
    private readonly config: AppConfig,
  ) {}

  token(purpose: 'confirm' | 'unsubscribe', id: string): string {
    return createHmac('sha256', this.config.APP_SECRET)
      .update(`newsletter-${purpose}:${id}`)
      .digest('base64url');
  }

  /**
   * Records the request with the consent text shown, then sends a neutral confirmation mail. An
   * address already confirmed gets nothing and the same answer, so no one learns who subscribed.
   */
  async subscribe(input: CreateNewsletterSubscriptionDto, now = new Date()): Promise<void> {
    const text = await this.consentTexts.inForce(
      'newsletter_subscription',
      input.locale,
      input.consent.textVersion,
    );
    await this.dataSource.transaction(async (manager) => {
      const emailNormalized = normaliseEmail(input.email);
      const existing = await manager.findOne(NewsletterSubscriptionEntity, {
        where: { emailNormalized },
        lock: { mode: 'pessimistic_write' },
      });
      if (existing?.status === 'confirmed') return;
      const id = existing?.id ?? randomUUID();
      const values = {
        id,
        email: input.email.trim(),
        emailNormalized,
        status: 'pending' as const,
        series: input.series ?? [],
        topics: input.topics ?? [],
        locale: input.locale,
        consentText: text.text,
        consentVersion: text.version,
        consentedAt: now,
        confirmTokenHash: hashToken(this.token('confirm', id)),
        unsubscribeTokenHash: hashToken(this.token('unsubscribe', id)),
        confirmedAt: null,
      };
      if (existing) await manager.update(NewsletterSubscriptionEntity, { id }, values);
      else await manager.insert(NewsletterSubscriptionEntity, values);
      const data: NewsletterConfirmData = {
        confirmUrl: portalLink(
          this.config.PORTAL_URL,
          `/newsletter/bestaetigen/${this.token('confirm', id)}`,
          input.locale,
        ),
        unsubscribeUrl: this.unsubscribeUrl(id),
        unsubscribePageUrl: this.unsubscribePageUrl(id, input.locale),
      };
      await this.outbox.enqueue(manager, {
        sendKey: `newsletter:${id}:confirm:${now.getTime()}`,
        template: MailTemplate.NewsletterConfirm,
        to: values.email,
        locale: input.locale,
        data: { ...data },
      });
    });
  }

  async confirm(token: string, now = new Date()): Promise<{ status: 'confirmed' }> {
    const subscription = await this.dataSource
      .getRepository(NewsletterSubscriptionEntity)
      .findOne({ where: { confirmTokenHash: hashToken(token) } });
    if (!subscription) throw new ProblemException('REGISTRATION.TOKEN_INVALID');
    if (subscription.status !== 'confirmed') {
      await this.dataSource
        .getRepository(NewsletterSubscriptionEntity)
        .update(subscription.id, { status: 'confirmed', confirmedAt: now });
    }
    return { status: 'confirmed' };
  }

  /** Deletes the address; unknown tokens answer the same, so the link can be clicked twice. */
  async unsubscribe(token: string): Promise<{ status: 'unsubscribed' }> {
    await this.dataSource
      .getRepository(NewsletterSubscriptionEntity)
      .delete({ unsubscribeTokenHash: hashToken(token) });
    return { status: 'unsubscribed' };
  }

  expireUnconfirmed(now = new Date()): Promise<number> {
    return this.dataSource
      .query(`DELETE FROM newsletter_subscription WHERE status = 'pending' AND consented_at < $1`, [
        new Date(now.getTime() - NEWSLETTER_CONFIRM_DAYS * 86_400_000),
      ])
      .then(([, count]: [unknown, number]) => count);
  }

  /** The "new dates" mail: each confirmed subscriber gets the upcoming events of their choice. */
  async sendUpcomingDates(now = new Date()): Promise<number> {
    const events = await this.dataSource.getRepository(EventEntity).find({
      where: { status: 'published', isTeaser: false },
      relations: { series: true, topics: true, organisers: { organisation: true } },
      order: { startsAt: 'ASC' },
    });
    const upcoming = events.filter(
      (e) => e.startsAt > now && e.startsAt.getTime() < now.getTime() + UPCOMING_DAYS * 86_400_000,
    );
    const subscribers = await this.dataSource
      .getRepository(NewsletterSubscriptionEntity)
      .find({ where: { status: 'confirmed' } });
    const day = now.toISOString().slice(0, 10);
    let sent = 0;
    await this.dataSource.transaction(async (manager) => {
      for (const subscriber of subscribers) {
        const chosen = upcoming.filter(
          (e) =>
            (subscriber.series.length === 0 ||
              (e.series && subscriber.series.includes(e.series.slug))) &&
            (subscriber.topics.length === 0 ||
              e.topics.some((t) => subscriber.topics.includes(t.slug))),
        );
        if (chosen.length === 0) continue;
        const data: NewsletterDatesData = {
          events: chosen.map((e) => toMailEventFacts(e, this.config.PORTAL_URL, subscriber.locale)),
          unsubscribeUrl: this.unsubscribeUrl(subscriber.id),
          unsubscribePageUrl: this.unsubscribePageUrl(subscriber.id, subscriber.locale),
        };
        await this.outbox.enqueue(manager, {
          sendKey: `newsletter:${subscriber.id}:dates:${day}`,
          template: MailTemplate.NewsletterDates,
          to: subscriber.email,
          locale: subscriber.locale,
          data: { ...data },
        });
        sent++;
      }
    });
    return sent;
  }

  private unsubscribeUrl(id: string): string {
    return `${this.config.PORTAL_URL.replace(/\/+$/, '')}/api/v1/newsletter/unsubscribe/${this.token('unsubscribe', id)}`;
  }

  private unsubscribePageUrl(id: string, locale: Locale): string {
    return portalLink(
      this.config.PORTAL_URL,
      `/newsletter/abmelden/${this.token('unsubscribe', id)}`,
      locale,
    );
  }
}
