import {
  type BeforeApplicationShutdown,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { type JobResult, type JobWithMetadata, PgBoss, type Queue } from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import { typeormJobDb } from './typeorm-job-db.js';

/** pg-boss keeps its tables in this schema, created by its own start. */
export const JOBS_SCHEMA = 'pgboss';

/** How a queue retries and how long it keeps its jobs. */
export interface QueueDefinition {
  /** `exclusive`: at most one queued or active job per singleton key (pg-boss policy). */
  policy?: 'standard' | 'exclusive';
  /** Attempts after the first; the delay starts at JOBS_RETRY_DELAY_SECONDS and doubles. */
  retryLimit?: number;
  /** Upper bound of the doubling retry delay. */
  retryDelayMaxSeconds?: number;
  /** An attempt running longer than this counts as failed (a crashed worker's job comes back). */
  expireInSeconds?: number;
  /**
   * A running attempt whose worker sent no sign of life for this long counts as failed: a killed
   * worker's job comes back within about this plus the supervision interval, however long
   * `expireInSeconds` is. pg-boss's workers send the signs by themselves. At least 10; 0: off.
   */
  heartbeatSeconds?: number;
  /**
   * Finished jobs (completed or failed) are deleted this long after they finish. Short by
   * default: job data holds personal links and addresses.
   */
  deleteAfterSeconds?: number;
  /** A job still waiting this long after its start time is dropped. */
  retentionSeconds?: number;
}

export interface EnqueueOptions {
  /** In an `exclusive` queue, no second job with this key is queued while one waits or runs. */
  singletonKey?: string;
  priority?: number;
}

/** Selects jobs by singleton key or by a part of their data. */
export type JobMatch = { key: string } | { data: object };

export interface JobInfo {
  id: string;
  /** 0 on the first attempt. */
  retryCount: number;
  retryLimit: number;
}

export type JobHandler<T> = (data: T, job: JobInfo) => Promise<void>;

export interface WorkerOptions {
  /** Jobs of this queue handled at the same time in this process. */
  concurrency?: number;
  /**
   * Jobs each slot fetches at once and handles one after the other. Above 1, a slot that fetched
   * a full batch fetches the next at once instead of waiting for the polling interval, so that a
   * backlog (a mailing, the mails after an outage) drains at the speed of the handler. The
   * outcomes of a batch are recorded when it is done: only for handlers that recognise a job they
   * already did (a worker that dies mid-batch leaves all of it to be retried).
   */
  batchSize?: number;
}

const DEFAULTS: Required<QueueDefinition> = {
  policy: 'standard',
  retryLimit: 10,
  retryDelayMaxSeconds: 60 * 60,
  expireInSeconds: 15 * 60,
  heartbeatSeconds: 0,
  deleteAfterSeconds: 60 * 60,
  retentionSeconds: 14 * 24 * 60 * 60,
};

/** Jobs per INSERT of `enqueueMany`: well below PostgreSQL's limit of bind parameters. */
const INSERT_BATCH = 500;

const SUPERVISE_INTERVAL_SECONDS = 15;

/** In-flight jobs get this long to finish on shutdown; the rest go back to the queue. */
const SHUTDOWN_GRACE_MS = 15_000;

interface PendingWorker {
  queue: string;
  handler: JobHandler<never>;
  options: WorkerOptions;
}

/**
 * The job queue (pg-boss on our PostgreSQL). Jobs are written with the caller's entity manager,
 * so they commit or roll back with the caller's transaction. Feature modules define their queues
 * and workers in `onModuleInit`; queues are created and workers started at application bootstrap,
 * workers only where JOBS_WORKER is true.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly boss: PgBoss;
  private readonly queues = new Map<string, Required<QueueDefinition>>();
  private readonly crons = new Map<string, string>();
  private readonly pendingWorkers: PendingWorker[] = [];
  private readonly running = new Set<string>();
  private started = false;

  constructor(private readonly config: AppConfig) {
    this.boss = new PgBoss({
      connectionString: config.DATABASE_URL,
      schema: JOBS_SCHEMA,
      application_name: 'stadtgespraech-jobs',
      max: 4,
      migrate: true,
      // Maintenance (expiry, deletion) and cron run where the workers run.
      supervise: config.JOBS_WORKER,
      // How often jobs of dead workers (heartbeat, expiry) are looked for.
      superviseIntervalSeconds: SUPERVISE_INTERVAL_SECONDS,
      schedule: config.JOBS_WORKER,
    });
    // Without a listener, an 'error' event would crash the process.
    this.boss.on('error', (error) => this.logger.error(`pg-boss: ${error.message}`, error.stack));
  }

  /** Runs a job on `queue` by cron (Europe/Berlin); call it before bootstrap, after defineQueue. */
  scheduleCron(queue: string, cron: string): void {
    this.definition(queue);
    this.crons.set(queue, cron);
  }

  /** Declares a queue; call it before bootstrap (in `onModuleInit`). */
  defineQueue(name: string, definition: QueueDefinition = {}): void {
    if (this.started) throw new Error(`Queue ${name} defined after the job queue started`);
    this.queues.set(name, { ...DEFAULTS, ...definition });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.boss.start();
    for (const [name, definition] of this.queues) await this.createQueue(name, definition);
    // Schedules live in the database: every process may (re)declare them; one cron monitor fires.
    for (const [name, cron] of this.crons)
      await this.boss.schedule(name, cron, {}, { tz: 'Europe/Berlin' });
    this.started = true;
    for (const worker of this.pendingWorkers.splice(0)) await this.startWorker(worker);
  }

  async beforeApplicationShutdown(): Promise<void> {
    // Stops fetching, waits for running handlers, then fails what is still running so that
    // another process retries it; queued jobs simply stay in the database.
    await this.boss.stop({ graceful: true, timeout: SHUTDOWN_GRACE_MS });
    this.started = false;
    this.running.clear();
  }

  /** Writes a job in the transaction of `manager`; it runs once that transaction commits. */
  enqueue<T extends object>(
    manager: EntityManager,
    queue: string,
    data: T,
    options: EnqueueOptions = {},
  ): Promise<string | null> {
    return this.send(manager, queue, data, options);
  }

  /**
   * Like `enqueue` for many jobs at once (a mailing to thousands): one INSERT per batch instead of
   * one round trip per job. In an `exclusive` queue a job whose singleton key waits already is
   * skipped, as with `enqueue`.
   */
  async enqueueMany<T extends object>(
    manager: EntityManager,
    queue: string,
    jobs: { data: T; singletonKey?: string }[],
  ): Promise<void> {
    this.definition(queue);
    if (!this.started) throw new Error(`Job queue not started; cannot enqueue into ${queue}`);
    for (let start = 0; start < jobs.length; start += INSERT_BATCH) {
      await this.boss.insert(queue, jobs.slice(start, start + INSERT_BATCH), {
        db: typeormJobDb(manager),
      });
    }
  }

  /** Like `enqueue`, for a job that must not run before `startAfter` (e.g. a reminder). */
  sendAfter<T extends object>(
    manager: EntityManager,
    queue: string,
    data: T,
    startAfter: Date,
    options: EnqueueOptions = {},
  ): Promise<string | null> {
    return this.send(manager, queue, data, { ...options, startAfter });
  }

  /**
   * The ids of the jobs of `queue` still waiting (not yet running) that match one of `matches`:
   * by singleton key, or by data containing the given object (`{ to: address }`).
   */
  async findQueued(manager: EntityManager, queue: string, matches: JobMatch[]): Promise<string[]> {
    this.definition(queue);
    const db = typeormJobDb(manager);
    const ids = new Set<string>();
    for (const match of matches) {
      for (const job of await this.boss.findJobs(queue, { ...match, queued: true, db }))
        ids.add(job.id);
    }
    return [...ids];
  }

  /**
   * Deletes the waiting jobs of `queue` that match one of `matches`, in the transaction of
   * `manager` (erasing an address takes its unsent mails with it). Running jobs are left alone.
   */
  async discardQueued(manager: EntityManager, queue: string, matches: JobMatch[]) {
    const ids = await this.findQueued(manager, queue, matches);
    if (ids.length) await this.boss.deleteJob(queue, ids, { db: typeormJobDb(manager) });
    return ids.length;
  }

  /**
   * Handles the jobs of `queue`, one at a time per slot. A handler that throws fails the attempt:
   * pg-boss retries it with a doubling delay until the queue's retry limit.
   */
  async work<T>(queue: string, handler: JobHandler<T>, options: WorkerOptions = {}): Promise<void> {
    this.definition(queue);
    if (!this.config.JOBS_WORKER) return;
    const worker: PendingWorker = { queue, handler: handler as JobHandler<never>, options };
    if (this.started) await this.startWorker(worker);
    else this.pendingWorkers.push(worker);
  }

  /** Queues with a worker in this process (none where JOBS_WORKER is false). */
  runningWorkers(): string[] {
    return [...this.running];
  }

  private async send(
    manager: EntityManager,
    queue: string,
    data: object,
    options: EnqueueOptions & { startAfter?: Date },
  ): Promise<string | null> {
    this.definition(queue);
    if (!this.started) throw new Error(`Job queue not started; cannot enqueue into ${queue}`);
    // One statement text per queue: prepared, as it is on the path of every registration.
    return this.boss.send(queue, data, {
      ...options,
      db: typeormJobDb(manager, { prepared: true }),
    });
  }

  private definition(queue: string): Required<QueueDefinition> {
    const definition = this.queues.get(queue);
    if (!definition) throw new Error(`Unknown job queue ${queue}`);
    return definition;
  }

  private async createQueue(name: string, definition: Required<QueueDefinition>) {
    const options = {
      retryLimit: definition.retryLimit,
      retryDelay: this.config.JOBS_RETRY_DELAY_SECONDS,
      retryBackoff: true,
      retryDelayMax: definition.retryDelayMaxSeconds,
      expireInSeconds: definition.expireInSeconds,
      ...(definition.heartbeatSeconds ? { heartbeatSeconds: definition.heartbeatSeconds } : {}),
      deleteAfterSeconds: definition.deleteAfterSeconds,
      retentionSeconds: definition.retentionSeconds,
    } satisfies Omit<Queue, 'name'>;
    await this.boss.createQueue(name, { ...options, policy: definition.policy });
    // createQueue leaves an existing queue alone; this applies changed settings.
    await this.boss.updateQueue(name, options);
  }

  private async startWorker({ queue, handler, options }: PendingWorker) {
    const pollingIntervalSeconds = this.config.JOBS_POLLING_MS / 1000;
    const batchSize = options.batchSize ?? 1;
    await this.boss.work(
      queue,
      {
        batchSize,
        burstWhenBatchFull: batchSize > 1,
        perJobResults: true,
        includeMetadata: true,
        localConcurrency: options.concurrency ?? 1,
        pollingIntervalSeconds,
        notifyPollingIntervalSeconds: pollingIntervalSeconds,
      },
      async (jobs: JobWithMetadata<object>[]) => {
        const results: JobResult[] = [];
        for (const job of jobs) results.push(await this.run(queue, handler, job));
        return results;
      },
    );
    this.running.add(queue);
  }

  /** Runs one job; a handler that throws fails this job only, to be retried. */
  private async run(
    queue: string,
    handler: JobHandler<never>,
    job: JobWithMetadata<object>,
  ): Promise<JobResult> {
    try {
      await handler(job.data as never, {
        id: job.id,
        retryCount: job.retryCount,
        retryLimit: job.retryLimit,
      });
      return { id: job.id, status: 'completed' };
    } catch (error) {
      const final = job.retryCount >= job.retryLimit;
      const message = `${queue} job ${job.id} failed (attempt ${job.retryCount + 1} of ${job.retryLimit + 1})${final ? ', giving up' : ', will retry'}: ${(error as Error).message}`;
      if (final) this.logger.error(message);
      else this.logger.warn(message);
      return { id: job.id, status: 'failed', output: { message: (error as Error).message } };
    }
  }
}
