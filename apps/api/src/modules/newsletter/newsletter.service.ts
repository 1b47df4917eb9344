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
import { MailTemplate, type NewsletterConfirmData } from '../mail/mail.types.js';
import { OutboxService } from '../mail/outbox.service.js';
import { hashToken } from '../registrations/registration-tokens.js';
import { NewsletterSubscriptionEntity } from './newsletter-subscription.entity.js';

/** Unconfirmed subscriptions are deleted after this many days. */
export const NEWSLETTER_CONFIRM_DAYS = 7;

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
        ...this.unsubscribeLinks(id, input.locale),
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

  /** The one-click link for mail clients and the portal page, for one subscription's mails. */
  unsubscribeLinks(id: string, locale: Locale) {
    return {
      unsubscribeUrl: this.unsubscribeUrl(id),
      unsubscribePageUrl: this.unsubscribePageUrl(id, locale),
    };
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
