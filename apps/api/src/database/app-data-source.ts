import { DataSource, type EntityManager } from 'typeorm';
import { type IsolationLevel, RequestTransaction } from './request-transaction.js';

/**
 * The application's data source: a transaction begun while a request transaction is active joins
 * it (see `RequestTransaction`), everywhere else it is TypeORM's own.
 */
export class AppDataSource extends DataSource {
  override transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T>;
  override transaction<T>(
    isolation: IsolationLevel,
    work: (manager: EntityManager) => Promise<T>,
  ): Promise<T>;
  override transaction<T>(
    first: IsolationLevel | ((manager: EntityManager) => Promise<T>),
    second?: (manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    const isolation = typeof first === 'string' ? first : undefined;
    const work = typeof first === 'function' ? first : second!;
    const request = RequestTransaction.active();
    if (request) return request.join(work, isolation);
    return isolation ? super.transaction(isolation, work) : super.transaction(work);
  }
}
