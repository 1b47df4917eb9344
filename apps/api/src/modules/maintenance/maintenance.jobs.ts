import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobQueue } from '../jobs/job-queue.service.js';
import { NewsletterService } from '../newsletter/newsletter.service.js';
import { RetentionService } from '../registration-admin/retention/retention.service.js';
import { RegistrationsService } from '../registrations/registrations.service.js';
import { StaffAuthService } from '../staff/staff-auth.service.js';

export const MAINTENANCE_QUEUE = 'maintenance';
/** Every five minutes: fine enough for the one-hour reminder. */
const EVERY_FIVE_MINUTES = '*/5 * * * *';
export const COUNTS_QUEUE = 'registration-counts';
/** Every minute: during a burst an event gains a row of differences per change (ADR 0022). */
const EVERY_MINUTE = '* * * * *';

/**
 * The periodic work of the platform, run by whichever worker process gets the job: expiring
 * unconfirmed registrations and subscriptions, queueing due reminders, and forgetting old
 * idempotency keys, rate-limit counters, ended staff sessions and old login failures, and
 * anonymising the registrations of events whose retention ran out. Every minute, apart: summing
 * the registration counts' rows of differences.
 */
@Injectable()
export class MaintenanceJobs implements OnModuleInit {
  private readonly logger = new Logger('Maintenance');

  constructor(
    private readonly jobs: JobQueue,
    private readonly registrations: RegistrationsService,
    private readonly newsletter: NewsletterService,
    private readonly staff: StaffAuthService,
    private readonly retention: RetentionService,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.jobs.defineQueue(MAINTENANCE_QUEUE, { policy: 'exclusive', retryLimit: 2 });
    this.jobs.scheduleCron(MAINTENANCE_QUEUE, EVERY_FIVE_MINUTES);
    void this.jobs.work(MAINTENANCE_QUEUE, () => this.run().then(() => undefined));
    this.jobs.defineQueue(COUNTS_QUEUE, { policy: 'exclusive', retryLimit: 2 });
    this.jobs.scheduleCron(COUNTS_QUEUE, EVERY_MINUTE);
    void this.jobs.work(COUNTS_QUEUE, () => this.compactCounts().then(() => undefined));
  }

  /**
   * Sums each event's rows of registration count differences into one per status; returns how
   * many rows it took in. Safe next to writers and to itself (ADR 0022).
   */
  async compactCounts(): Promise<number> {
    const [{ moved }] = await this.dataSource.query('SELECT registration_count_compact() AS moved');
    return moved;
  }

  /** One round of maintenance; safe to run at any time and any number of times. */
  async run(now = new Date()) {
    const expiredRegistrations = await this.registrations.expireUnconfirmed(now);
    const reminders = await this.registrations.queueReminders(now);
    const expiredSubscriptions = await this.newsletter.expireUnconfirmed(now);
    const [, idempotencyKeys] = await this.dataSource.query(
      `DELETE FROM idempotency_key WHERE created_at < $1`,
      [new Date(now.getTime() - 24 * 3_600_000)],
    );
    const [, rateLimitWindows] = await this.dataSource.query(
      `DELETE FROM rate_limit_window WHERE window_start < $1`,
      [new Date(now.getTime() - 24 * 3_600_000)],
    );
    const staffSessions = await this.staff.purge(now);
    const anonymisedEvents = (await this.retention.anonymiseDue(now)).length;
    const report = {
      expiredRegistrations,
      reminders,
      expiredSubscriptions,
      idempotencyKeys,
      rateLimitWindows,
      staffSessions,
      anonymisedEvents,
    };
    this.logger.log(JSON.stringify(report));
    return report;
  }
}
