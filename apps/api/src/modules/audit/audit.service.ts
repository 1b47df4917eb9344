import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditEntryEntity } from './audit-entry.entity.js';

/** What an audit entry says; `manager` puts it into the transaction of the change itself. */
export interface AuditRecord {
  account: { id: string; email: string } | null;
  action: string;
  subject?: { type: string; id: string };
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  clientIp?: string | null;
}

export interface AuditQuery {
  action?: string;
  accountId?: string;
  from?: Date;
  to?: Date;
  page: number;
  pageSize: number;
}

/** The audit log: written with every staff action, read by administrators, never changed. */
@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  /** Records an entry, in `manager`'s transaction when given (a change and its entry land together). */
  async record(entry: AuditRecord, manager?: EntityManager): Promise<void> {
    const row: Partial<AuditEntryEntity> = {
      accountId: entry.account?.id ?? null,
      accountEmail: entry.account?.email ?? null,
      action: entry.action,
      subjectType: entry.subject?.type ?? null,
      subjectId: entry.subject?.id ?? null,
      before: entry.before ?? null,
      after: entry.after ?? null,
      clientIp: entry.clientIp ?? null,
    };
    await (manager ?? this.dataSource.manager).getRepository(AuditEntryEntity).insert(row as never);
  }

  /** Entries newest first, filtered. */
  async list(query: AuditQuery) {
    const builder = this.dataSource
      .getRepository(AuditEntryEntity)
      .createQueryBuilder('entry')
      .orderBy('entry.at', 'DESC')
      .addOrderBy('entry.id', 'DESC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize);
    if (query.action) builder.andWhere('entry.action = :action', { action: query.action });
    if (query.accountId)
      builder.andWhere('entry.accountId = :accountId', { accountId: query.accountId });
    if (query.from) builder.andWhere('entry.at >= :from', { from: query.from });
    if (query.to) builder.andWhere('entry.at < :to', { to: query.to });
    const [items, total] = await builder.getManyAndCount();
    return { items, total };
  }
}
