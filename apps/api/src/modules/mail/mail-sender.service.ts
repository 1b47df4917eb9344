import { createHash } from 'node:crypto';
import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport } from 'nodemailer';
import { AppConfig } from '../../config/app-config.js';
import type { MailJob } from './mail.types.js';
import type { RenderedMail } from './templates/index.js';

/** The domain of an address such as `Name <noreply@example.org>`. */
export function mailDomain(address: string): string {
  const domain = /@([^@\s<>]+)>?\s*$/.exec(address)?.[1];
  if (!domain) throw new Error(`No domain in mail address ${address}`);
  return domain;
}

/**
 * Message-ID from our domain, derived from the send key: should a mail ever go out twice (see
 * docs/mail.md), both copies carry the same id, which many mail systems collapse into one.
 */
export function messageIdFor(sendKey: string, domain: string): string {
  return `<${createHash('sha256').update(sendKey).digest('hex').slice(0, 32)}@${domain}>`;
}

/** Hands rendered mails to the SMTP server of SMTP_URL. */
@Injectable()
export class MailSender implements OnApplicationShutdown {
  private readonly transport;
  private readonly domain: string;

  constructor(private readonly config: AppConfig) {
    this.domain = mailDomain(config.MAIL_FROM);
    this.transport = createTransport({
      url: config.SMTP_URL,
      // Fail an attempt instead of hanging: the job is retried later.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
  }

  /** Resolves with the Message-ID once the server accepted the mail; rejects on SMTP failures. */
  async send(job: Pick<MailJob, 'sendKey' | 'to'>, mail: RenderedMail): Promise<string> {
    const info = await this.transport.sendMail({
      from: this.config.MAIL_FROM,
      to: job.to,
      ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: messageIdFor(job.sendKey, this.domain),
      headers: {
        // RFC 3834: no auto-replies (out of office) to these mails.
        'Auto-Submitted': 'auto-generated',
        ...(mail.unsubscribeUrl ? { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : {}),
      },
      ...(mail.unsubscribeUrl ? { list: { unsubscribe: mail.unsubscribeUrl } } : {}),
      // nodemailer sends it as a text/calendar alternative (method=…) and as invite.ics.
      ...(mail.calendar
        ? {
            icalEvent: {
              method: mail.calendar.method,
              filename: 'invite.ics',
              content: mail.calendar.content,
            },
          }
        : {}),
    });
    return info.messageId;
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
