import { Injectable, type OnModuleInit } from '@nestjs/common';
import { isUndeliverable } from '@stadtgespraech/domain/rules';
import type { EntityManager } from 'typeorm';
import { JobQueue } from '../jobs/job-queue.service.js';
import { MAIL_QUEUE, MAIL_QUEUE_DEFINITION } from './mail.queue.js';
import type { MailJob } from './mail.types.js';
import { isMailTemplate } from './templates/index.js';

/** Longest send key the sent_message table takes. */
const SEND_KEY_MAX = 200;

function check(job: MailJob): void {
  if (!job.sendKey || job.sendKey.length > SEND_KEY_MAX) {
    throw new Error(`A send key has 1 to ${SEND_KEY_MAX} characters: ${job.sendKey}`);
  }
  if (!isMailTemplate(job.template)) throw new Error(`Unknown mail template ${job.template}`);
}

/**
 * The transactional outbox: every mail is a job written in the same transaction as the change
 * that causes it. The mail worker sends it after the commit, and never twice for one send key.
 */
@Injectable()
export class OutboxService implements OnModuleInit {
  constructor(private readonly jobs: JobQueue) {}

  onModuleInit(): void {
    this.jobs.defineQueue(MAIL_QUEUE, MAIL_QUEUE_DEFINITION);
  }

  /** Queues `job` inside the transaction of `manager`; a rollback takes the mail back. */
  async enqueue(manager: EntityManager, job: MailJob): Promise<void> {
    check(job);
    // An anonymised registration's address (…@anonymisiert.invalid) receives nothing.
    if (isUndeliverable(job.to)) return;
    await this.jobs.enqueue(manager, MAIL_QUEUE, job, { singletonKey: job.sendKey });
  }

  /** Queues many mails inside the transaction of `manager`, in batches (a mailing). */
  async enqueueMany(manager: EntityManager, jobs: MailJob[]): Promise<void> {
    jobs.forEach(check);
    await this.jobs.enqueueMany(
      manager,
      MAIL_QUEUE,
      jobs
        .filter((job) => !isUndeliverable(job.to))
        .map((job) => ({ data: job, singletonKey: job.sendKey })),
    );
  }
}
