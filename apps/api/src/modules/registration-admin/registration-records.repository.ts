import { Injectable } from '@nestjs/common';
import type { CustomQuestion } from '@stadtgespraech/domain';
import type { EntityManager } from 'typeorm';
import { ProblemException } from '../../common/problem.js';
import { JOBS_SCHEMA } from '../jobs/job-queue.service.js';
import { MAIL_QUEUE } from '../mail/mail.queue.js';
import { RegistrationEntity } from '../registrations/registration.entity.js';
import type {
  RegistrationHistoryEntryDto,
  RegistrationMailDto,
  StaffRegistrationEventDto,
} from './dto/staff-registration.dto.js';

/** One registration and what belongs to it: its event, mails and staff history. */
@Injectable()
export class RegistrationRecordsRepository {
  /** The registration, locked for the transaction with `lock`; 404 when there is none. */
  async find(manager: EntityManager, id: string, lock = false): Promise<RegistrationEntity> {
    const registration = await manager.findOne(RegistrationEntity, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!registration) throw new ProblemException('REGISTRATION.ID_NOT_FOUND');
    return registration;
  }

  withConsents(manager: EntityManager, id: string): Promise<RegistrationEntity> {
    return manager.findOneOrFail(RegistrationEntity, {
      where: { id },
      relations: { consents: true },
      order: { consents: { recordedAt: 'ASC', purpose: 'ASC' } },
    });
  }

  async event(manager: EntityManager, eventId: string): Promise<StaffRegistrationEventDto> {
    const rows: {
      id: string;
      title: string;
      startsAt: Date;
      questions: CustomQuestion[];
    }[] = await manager.query(
      `SELECT id, title, starts_at AS "startsAt", registration_questions AS questions
         FROM event WHERE id = $1`,
      [eventId],
    );
    const row = rows[0];
    if (!row) throw new ProblemException('EVENT.ID_NOT_FOUND');
    return { ...row, startsAt: row.startsAt.toISOString() };
  }

  /** Mails sent to the registration, and those still waiting in the outbox, oldest first. */
  async mails(manager: EntityManager, id: string): Promise<RegistrationMailDto[]> {
    const rows: { template: string; state: 'queued' | 'sent'; at: Date }[] = await manager.query(
      `SELECT template, 'sent' AS state, sent_at AS at FROM sent_message WHERE registration_id = $1
       UNION ALL
       SELECT data->>'template', 'queued', created_on FROM ${JOBS_SCHEMA}.job
        WHERE name = $2 AND state IN ('created', 'retry', 'active') AND data->>'registrationId' = $3
       ORDER BY at`,
      [id, MAIL_QUEUE, id],
    );
    return rows.map((row) => ({ ...row, at: row.at.toISOString() }));
  }

  /** What staff did with the registration, from the audit log, oldest first. */
  async history(manager: EntityManager, id: string): Promise<RegistrationHistoryEntryDto[]> {
    const rows: {
      at: Date;
      action: string;
      by: string | null;
      after: Record<string, unknown> | null;
    }[] = await manager.query(
      `SELECT at, action, account_email AS by, after FROM audit_entry
          WHERE subject_type = 'registration' AND subject_id = $1 ORDER BY at, id`,
      [id],
    );
    return rows.map((row) => ({ ...row, at: row.at.toISOString() }));
  }
}
