import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '../../config/app-config.js';
import { JobQueue } from '../jobs/job-queue.service.js';
import { MailSender } from './mail-sender.service.js';
import { MAIL_QUEUE } from './mail.queue.js';
import type { MailJob } from './mail.types.js';
import { SentMessagesRepository } from './sent-messages.repository.js';
import { renderMail } from './templates/index.js';

/**
 * Sends the outbox's mails. A job whose send key is recorded as sent is skipped; otherwise the
 * mail is rendered, handed to SMTP and recorded. Any failure throws, and pg-boss retries the job.
 */
@Injectable()
export class MailWorker implements OnApplicationBootstrap {
  private readonly logger = new Logger('Mail');

  constructor(
    private readonly jobs: JobQueue,
    private readonly sender: MailSender,
    private readonly sent: SentMessagesRepository,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work<MailJob>(
      MAIL_QUEUE,
      async (job) => {
        await this.deliver(job);
      },
      // Batches drain a backlog without polling pauses; safe, as a sent mail is skipped on retry.
      { concurrency: 2, batchSize: 10 },
    );
  }

  /** Sends one mail unless its send key was sent before. */
  async deliver(job: MailJob, now = new Date()): Promise<'sent' | 'skipped'> {
    if (await this.sent.wasSent(job.sendKey)) return 'skipped';
    const mail = renderMail(job, { organizerEmail: this.config.MAIL_ORGANIZER, now });
    const messageId = await this.sender.send(job, mail);
    // A crash right here is the one case that sends a mail twice: SMTP has it, the record not.
    await this.sent.record({
      sendKey: job.sendKey,
      template: job.template,
      recipient: job.to,
      eventId: job.eventId ?? null,
      registrationId: job.registrationId ?? null,
      mailingId: job.mailingId ?? null,
      messageId,
      sentAt: new Date(),
    });
    this.logger.log(`sent ${job.template} (${job.sendKey})`);
    return 'sent';
  }
}
