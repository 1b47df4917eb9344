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

/**
 * The periodic work of the platform, run by whichever worker process gets the job: expiring
 * unconfirmed registrations and subscriptions, queueing due reminders, and forgetting old
 * idempotency keys, rate-limit counters, ended staff sessions and old login failures, summing
 * the registration counts' rows of differences, and anonymising the registrations of events whose
 * retention ran out.
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
    // The counts per event and status: each event's rows of differences summed into one.
    const [{ moved: countDeltas }] = await this.dataSource.query(
      'SELECT registration_count_compact() AS moved',
    );
    const staffSessions = await this.staff.purge(now);
    const anonymisedEvents = (await this.retention.anonymiseDue(now)).length;
    const report = {
      expiredRegistrations,
      reminders,
      expiredSubscriptions,
      idempotencyKeys,
      rateLimitWindows,
      countDeltas,
      staffSessions,
      anonymisedEvents,
    };
    this.logger.log(JSON.stringify(report));
    return report;
  }
}
