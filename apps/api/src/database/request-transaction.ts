import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

/** TypeORM's isolation levels (the type is not exported from its entry point). */
export type IsolationLevel = Parameters<DataSource['transaction']>[0];

type Work<T> = (manager: EntityManager) => Promise<T>;

const current = new AsyncLocalStorage<RequestTransaction>();

/**
 * One database transaction around everything a request changes, so that its effects and a record
 * of its answer commit together or not at all (idempotent retries, see ADR 0021). While a request
 * runs inside `run`, every `dataSource.transaction(work)` of the services joins it as a savepoint
 * (`AppDataSource`); the first one begins it. Reads outside a transaction use other connections
 * and do not see its uncommitted changes. Transactions of one request must not run concurrently.
 */
export class RequestTransaction {
  private runner: QueryRunner | undefined;

  /** `onBegin` runs first in the transaction, before the first work. */
  constructor(
    private readonly dataSource: DataSource,
    private readonly onBegin: (manager: EntityManager) => Promise<void>,
  ) {}

  /** The request transaction the current code runs in, if any. */
  static active(): RequestTransaction | undefined {
    return current.getStore();
  }

  /** Runs `handler` with this as the request transaction of everything it calls. */
  run<T>(handler: () => Promise<T>): Promise<T> {
    return current.run(this, handler);
  }

  /** Whether a service began a transaction (the request changed something). */
  get began(): boolean {
    return this.runner !== undefined;
  }

  /** Runs `work` in a savepoint of the request transaction, beginning it on the first call. */
  async join<T>(work: Work<T>, isolation?: IsolationLevel): Promise<T> {
    if (!this.runner) {
      this.runner = this.dataSource.createQueryRunner();
      await this.runner.startTransaction(isolation);
      await this.onBegin(this.runner.manager);
    }
    return this.runner.manager.transaction(work);
  }

  /**
   * Runs `last` in the transaction and commits; without a transaction begun, runs `last` alone.
   * If this fails, call `rollback`.
   */
  async commit(last: Work<void>): Promise<void> {
    if (!this.runner) return this.dataSource.transaction(last);
    await last(this.runner.manager);
    await this.runner.commitTransaction();
    await this.release();
  }

  /** Undoes everything the request changed, and gives the connection back. */
  async rollback(): Promise<void> {
    if (!this.runner) return;
    try {
      if (this.runner.isTransactionActive) await this.runner.rollbackTransaction();
    } catch {
      // The connection is gone (the reason for the rollback, often): so is the transaction.
    } finally {
      await this.release();
    }
  }

  private async release() {
    const runner = this.runner;
    this.runner = undefined;
    if (runner && !runner.isReleased) await runner.release();
  }
}
