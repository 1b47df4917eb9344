import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  type INestApplicationContext,
  Injectable,
  type OnApplicationBootstrap,
  type OnModuleInit,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../../config/app-config.js';
import { dataSourceOptions } from '../../database/data-source-options.js';
import { createContext, scratchConfig } from '../../../test/app-context.js';
import { waitFor } from '../../../test/wait.js';
import { type JobInfo, JobQueue } from './job-queue.service.js';

const QUEUE = 'test-jobs';
/** A queue nobody works on: what is queued stays to be counted. */
const BULK_QUEUE = 'test-bulk';
const HEARTBEAT_QUEUE = 'test-heartbeat';
/** Worked in batches of five. */
const BATCH_QUEUE = 'test-batches';

interface TestJob {
  id: string;
  /** Attempts that throw before one succeeds. */
  failures?: number;
  /** Milliseconds the handler takes. */
  takes?: number;
}

const attempts = new Map<string, { at: number; job: JobInfo }[]>();

@Injectable()
class TestWorker implements OnModuleInit, OnApplicationBootstrap {
  constructor(private readonly jobs: JobQueue) {}

  onModuleInit() {
    this.jobs.defineQueue(QUEUE, { retryLimit: 3 });
    this.jobs.defineQueue(BULK_QUEUE, { policy: 'exclusive', retryLimit: 7 });
    this.jobs.defineQueue(HEARTBEAT_QUEUE, { heartbeatSeconds: 10 });
    this.jobs.defineQueue(BATCH_QUEUE, { retryLimit: 3 });
  }

  async onApplicationBootstrap() {
    await this.jobs.work<TestJob>(QUEUE, (data, job) => this.handle(data, job));
    await this.jobs.work<TestJob>(BATCH_QUEUE, (data, job) => this.handle(data, job), {
      batchSize: 5,
    });
  }

  private async handle(data: TestJob, job: JobInfo) {
    const seen = attempts.get(data.id) ?? [];
    seen.push({ at: Date.now(), job });
    attempts.set(data.id, seen);
    if (data.takes) await new Promise((resolve) => setTimeout(resolve, data.takes));
    if (seen.length <= (data.failures ?? 0)) throw new Error(`planned failure ${seen.length}`);
  }
}

describe('job queue', () => {
  let config: AppConfig;
  let context: INestApplicationContext;
  let dataSource: DataSource;
  let jobs: JobQueue;
  let closed = false;

  const jobRows = (id: string, queue = QUEUE) =>
    dataSource.query<{ state: string; retry_count: number; start_after: Date }[]>(
      `SELECT state, retry_count, start_after FROM pgboss.job WHERE name = $1 AND data->>'id' = $2`,
      [queue, id],
    );
  const completed = (id: string, queue = QUEUE) =>
    waitFor(
      async () => {
        const rows = await jobRows(id, queue);
        return rows.length > 0 && rows.every((row) => row.state === 'completed') ? rows : undefined;
      },
      { what: `job ${id} to complete` },
    );

  beforeAll(async () => {
    config = await scratchConfig('jobs');
    context = await createContext(config, [], [TestWorker]);
    dataSource = context.get(DataSource);
    jobs = context.get(JobQueue);
  });

  afterAll(async () => {
    if (!closed) await context?.close();
  });

  it('queues many jobs in batches, skipping waiting singleton keys, with the transaction', async () => {
    const many = Array.from({ length: 1_100 }, (_, i) => ({
      data: { id: `bulk-${i}` },
      singletonKey: `bulk-${i}`,
    }));
    const count = async () =>
      (
        await dataSource.query(
          'SELECT count(*)::int AS n, min(retry_limit) AS "retryLimit" FROM pgboss.job WHERE name = $1',
          [BULK_QUEUE],
        )
      )[0] as { n: number; retryLimit: number };
    await expect(
      dataSource.transaction(async (manager) => {
        await jobs.enqueueMany(manager, BULK_QUEUE, many);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect((await count()).n).toBe(0);

    await dataSource.transaction((manager) => jobs.enqueueMany(manager, BULK_QUEUE, many));
    await dataSource.transaction((manager) =>
      jobs.enqueueMany(manager, BULK_QUEUE, [
        many[0]!,
        { data: { id: 'new' }, singletonKey: 'new' },
      ]),
    );
    expect(await count()).toEqual({ n: 1_101, retryLimit: 7 });
  });

  it('creates its schema and queues at start and runs workers where JOBS_WORKER is on', async () => {
    const [queue] = await dataSource.query(
      `SELECT retry_delay, retry_backoff, retry_limit FROM pgboss.queue WHERE name = $1`,
      [QUEUE],
    );
    expect(queue).toEqual({ retry_delay: 1, retry_backoff: true, retry_limit: 3 });
    expect(jobs.runningWorkers()).toEqual([QUEUE, BATCH_QUEUE]);
  });

  it('gives a queue its heartbeat, so that the jobs of a killed worker come back soon', async () => {
    const rows = await dataSource.query<{ name: string; heartbeat: number | null }[]>(
      `SELECT name, heartbeat_seconds AS heartbeat FROM pgboss.queue WHERE name = ANY($1)`,
      [[QUEUE, HEARTBEAT_QUEUE]],
    );
    expect(Object.fromEntries(rows.map((row) => [row.name, row.heartbeat]))).toEqual({
      [QUEUE]: null,
      [HEARTBEAT_QUEUE]: 10,
    });
  });

  it('runs a job written in a transaction that commits', async () => {
    await dataSource.transaction((manager) => jobs.enqueue(manager, QUEUE, { id: 'committed' }));
    await completed('committed');
    expect(attempts.get('committed')).toHaveLength(1);
  });

  it('never sees a job written in a transaction that rolls back', async () => {
    await expect(
      dataSource.transaction(async (manager) => {
        await jobs.enqueue(manager, QUEUE, { id: 'rolled-back' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await dataSource.transaction((manager) =>
      jobs.enqueue(manager, QUEUE, { id: 'after-rollback' }),
    );
    await completed('after-rollback');
    expect(await jobRows('rolled-back')).toEqual([]);
    expect(attempts.has('rolled-back')).toBe(false);
  });

  it('starts a delayed job not before its time', async () => {
    const startAfter = new Date(Date.now() + 1_500);
    await dataSource.transaction((manager) =>
      jobs.sendAfter(manager, QUEUE, { id: 'delayed' }, startAfter),
    );
    const [row] = await jobRows('delayed');
    expect(row!.state).toBe('created');
    expect(new Date(row!.start_after).getTime()).toBe(startAfter.getTime());
    await completed('delayed');
    expect(attempts.get('delayed')![0]!.at).toBeGreaterThanOrEqual(startAfter.getTime());
  });

  it('retries a failing job with a growing delay until it succeeds', async () => {
    await dataSource.transaction((manager) =>
      jobs.enqueue(manager, QUEUE, { id: 'flaky', failures: 2 }),
    );
    await completed('flaky');
    const seen = attempts.get('flaky')!;
    expect(seen.map((a) => a.job.retryCount)).toEqual([0, 1, 2]);
    // Back-off from JOBS_RETRY_DELAY_SECONDS=1: at least 1 s, then at least 2 s.
    expect(seen[1]!.at - seen[0]!.at).toBeGreaterThanOrEqual(950);
    expect(seen[2]!.at - seen[1]!.at).toBeGreaterThanOrEqual(1_950);
  }, 30_000);

  it('works a batch job by job: one failing job is retried alone, the others are done once', async () => {
    const batch = Array.from({ length: 12 }, (_, i) => ({
      data: { id: `batched-${i}`, ...(i === 3 ? { failures: 1 } : {}) },
    }));
    await dataSource.transaction((manager) => jobs.enqueueMany(manager, BATCH_QUEUE, batch));
    for (const { data } of batch) await completed(data.id, BATCH_QUEUE);
    const tries = batch.map(({ data }) => attempts.get(data.id)?.length);
    expect(tries).toEqual(batch.map((_, i) => (i === 3 ? 2 : 1)));
  }, 30_000);

  it('leaves jobs to other processes where JOBS_WORKER is off', async () => {
    const producer = await createContext(
      { ...config, JOBS_WORKER: false } as AppConfig,
      [],
      [TestWorker],
    );
    try {
      expect(producer.get(JobQueue).runningWorkers()).toEqual([]);
      await producer
        .get(DataSource)
        .transaction((manager) =>
          producer.get(JobQueue).enqueue(manager, QUEUE, { id: 'from-producer' }),
        );
    } finally {
      await producer.close();
    }
    await completed('from-producer');
  });

  it('lets a running job finish when the application shuts down', async () => {
    await dataSource.transaction((manager) =>
      jobs.enqueue(manager, QUEUE, { id: 'slow', takes: 1_500 }),
    );
    await waitFor(() => attempts.has('slow'), { what: 'the slow job to start' });
    const observer = await new DataSource(dataSourceOptions(config)).initialize();
    try {
      await context.close();
      closed = true;
      const rows = await observer.query<{ state: string }[]>(
        `SELECT state FROM pgboss.job WHERE name = $1 AND data->>'id' = 'slow'`,
        [QUEUE],
      );
      expect(rows.map((r) => r.state)).toEqual(['completed']);
      expect(attempts.get('slow')).toHaveLength(1);
    } finally {
      await observer.destroy();
    }
  });
});
