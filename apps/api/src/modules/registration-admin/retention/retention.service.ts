import { Injectable, Logger } from '@nestjs/common';
import { mayAnonymise, personalAnswerKeys } from '@stadtgespraech/domain/rules';
import { DataSource, type EntityManager } from 'typeorm';
import { ProblemException } from '../../../common/problem.js';
import { AuditService } from '../../audit/audit.service.js';
import { EventEntity } from '../../events/event.entity.js';
import type { StaffActor } from '../../staff/staff-actor.js';
import { EventReach } from '../event-reach.js';
import { anonymiseRegistrations } from './registration-anonymiser.js';

/** What one anonymisation did. */
export interface AnonymisationResult {
  eventId: string;
  registrations: number;
  anonymisedAt: string;
}

/**
 * Retention: the personal data of an event's registrations are removed a number of days after
 * its end (`retentionDays`, 90 by default), by the maintenance job or by staff at once. The rows
 * stay, with status, attendance, organisation type, Bundesland, choice answers and consents
 * (purpose, text version, time), so the counts and charts stay right (ADR 0014).
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger('Retention');

  constructor(
    private readonly dataSource: DataSource,
    private readonly reach: EventReach,
    private readonly audit: AuditService,
  ) {}

  /** Anonymises the registrations of every event whose retention has run out. */
  async anonymiseDue(now = new Date()): Promise<AnonymisationResult[]> {
    const due: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM event
        WHERE registrations_anonymised_at IS NULL
          AND ends_at + retention_days * interval '1 day' <= $1
        ORDER BY ends_at`,
      [now],
    );
    const results: AnonymisationResult[] = [];
    // One transaction per event: a failure leaves the others done and is retried next round.
    for (const { id } of due) {
      results.push(
        await this.dataSource.transaction(async (manager) => {
          const result = await this.anonymise(manager, id, now);
          await this.audit.record(
            {
              account: null,
              action: 'event.anonymise',
              subject: { type: 'event', id },
              after: { registrations: result.registrations, by: 'retention' },
            },
            manager,
          );
          return result;
        }),
      );
    }
    if (results.length) this.logger.log(`Anonymised the registrations of ${results.length} events`);
    return results;
  }

  /** Staff anonymise the registrations of an event that is over, without waiting. */
  async anonymiseNow(eventId: string, actor: StaffActor, now = new Date()) {
    return this.dataSource.transaction(async (manager) => {
      await this.reach.check(manager, eventId, actor, { write: true });
      const result = await this.anonymise(manager, eventId, now);
      const { id, email } = actor.staff.account;
      await this.audit.record(
        {
          account: { id, email },
          action: 'event.anonymise',
          subject: { type: 'event', id: eventId },
          after: { registrations: result.registrations, by: 'staff' },
          clientIp: actor.clientIp,
        },
        manager,
      );
      return result;
    });
  }

  /** Anonymises the event's registrations, once it is over, and marks the event done. */
  private async anonymise(
    manager: EntityManager,
    eventId: string,
    now: Date,
  ): Promise<AnonymisationResult> {
    const [row] = await manager.query('SELECT id FROM event WHERE id = $1 FOR UPDATE', [eventId]);
    if (!row) throw new ProblemException('EVENT.ID_NOT_FOUND');
    const event = await manager.getRepository(EventEntity).findOneByOrFail({ id: eventId });
    if (!mayAnonymise(event, now)) throw new ProblemException('PRIVACY.EVENT_NOT_OVER');
    // Registrations added later (by hand) are anonymised by the next call.
    const registrations = await anonymiseRegistrations(manager, {
      eventId,
      textKeys: personalAnswerKeys(event.registrationQuestions),
      now,
    });
    await manager.update(EventEntity, { id: eventId }, { registrationsAnonymisedAt: now });
    return { eventId, registrations, anonymisedAt: now.toISOString() };
  }
}
