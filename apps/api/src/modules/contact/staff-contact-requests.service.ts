import { Injectable } from '@nestjs/common';
import type { ContactRequestStatus } from '@stadtgespraech/domain/communication';
import { DataSource, type EntityManager } from 'typeorm';
import { ProblemException } from '../../common/problem.js';
import { AuditService } from '../audit/audit.service.js';
import type { StaffActor } from '../staff/staff-actor.js';
import { staffScope, type StaffScope } from '../staff/staff-scope.js';
import { ContactRequestEntity } from './contact-request.entity.js';
import type {
  ContactInboxPageDto,
  ContactInboxQueryDto,
  StaffContactRequestDto,
} from './dto/staff-contact-request.dto.js';

const PAGE_SIZE = 50;

/**
 * The inbox of contact requests. Organisers see the requests written to their organisations;
 * administrators and read-only staff every request, also those to the platform's operator.
 * Replies go by mail outside the platform; the inbox keeps where each request stands.
 */
@Injectable()
export class StaffContactRequestsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async page(query: ContactInboxQueryDto, actor: StaffActor): Promise<ContactInboxPageDto> {
    const scope = staffScope(actor.staff.account);
    const inScope = () =>
      this.dataSource.getRepository(ContactRequestEntity).createQueryBuilder('request');
    const [rows, total] = await inScope()
      .leftJoinAndSelect('request.recipient', 'recipient')
      .where('request.status = :status', { status: query.status })
      .andWhere(scopeCondition(scope), { organisations: scope.organisationIds })
      .orderBy('request.createdAt', 'DESC')
      .addOrderBy('request.id', 'DESC')
      .skip((query.page - 1) * PAGE_SIZE)
      .take(PAGE_SIZE)
      .getManyAndCount();
    const counted: { status: ContactRequestStatus; count: number }[] = await inScope()
      .select('request.status', 'status')
      .addSelect('count(*)::int', 'count')
      .where(scopeCondition(scope), { organisations: scope.organisationIds })
      .groupBy('request.status')
      .getRawMany();
    const counts = { new: 0, answered: 0, closed: 0 };
    for (const { status, count } of counted) counts[status] = count;
    return { items: rows.map(toDto), counts, total, page: query.page, pageSize: PAGE_SIZE };
  }

  async changeStatus(
    id: string,
    status: ContactRequestStatus,
    actor: StaffActor,
  ): Promise<StaffContactRequestDto> {
    return this.dataSource.transaction(async (manager) => {
      const request = await this.find(manager, id, staffScope(actor.staff.account));
      const before = request.status;
      if (before !== status) {
        await manager.update(ContactRequestEntity, { id }, { status });
        await this.audit.record(
          {
            account: actor.staff.account,
            clientIp: actor.clientIp,
            action: 'contact.status',
            subject: { type: 'contact_request', id },
            before: { status: before },
            after: { status },
          },
          manager,
        );
      }
      return toDto({ ...request, status });
    });
  }

  /** A request within the scope, locked; others are "not found", not "forbidden". */
  private async find(manager: EntityManager, id: string, scope: StaffScope) {
    const request = await manager
      .getRepository(ContactRequestEntity)
      .createQueryBuilder('request')
      .leftJoinAndSelect('request.recipient', 'recipient')
      .where('request.id = :id', { id })
      .andWhere(scopeCondition(scope), { organisations: scope.organisationIds })
      .setLock('pessimistic_write', undefined, ['request'])
      .getOne();
    if (!request) throw new ProblemException('CONTACT.NOT_FOUND');
    return request;
  }
}

/** Organisers: only requests to their organisations. */
const scopeCondition = (scope: StaffScope) =>
  scope.allEvents ? 'TRUE' : 'request.organisationId = ANY(:organisations)';

function toDto(request: ContactRequestEntity): StaffContactRequestDto {
  return {
    id: request.id,
    receivedAt: request.createdAt.toISOString(),
    name: request.name,
    email: request.email,
    organisation: request.organisation,
    subject: request.subject,
    message: request.message,
    recipient: request.recipient
      ? { id: request.recipient.id, name: request.recipient.name }
      : null,
    locale: request.locale,
    consentText: request.consentText,
    consentVersion: request.consentVersion,
    status: request.status,
  };
}
