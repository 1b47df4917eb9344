import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ProblemException } from '../../common/problem.js';
import type { StaffActor } from '../staff/staff-actor.js';
import { coversEvent, mayChangeEvent, staffScope } from '../staff/staff-scope.js';
import { EventsRepository } from '../events/events.repository.js';

/** Where an event stands for a staff member: may they see it, may they change it. */
export interface Reach {
  editable: boolean;
}

export interface ReachOptions {
  /** What is reported when out of reach: the event, or the registration asked for. */
  absentAs?: 'EVENT' | 'ID';
  /** Refuse with 403 `EVENT.OUT_OF_SCOPE` unless the actor may change the event. */
  write?: boolean;
}

/**
 * The gate to an event's registrations: events beyond an organiser's organisations do not exist
 * for them (404), read-only staff may look but not change (403).
 */
@Injectable()
export class EventReach {
  constructor(private readonly events: EventsRepository) {}

  async check(
    manager: EntityManager,
    eventId: string,
    actor: StaffActor,
    { absentAs = 'EVENT', write = false }: ReachOptions = {},
  ): Promise<Reach> {
    const notFound =
      absentAs === 'EVENT'
        ? ('EVENT.ID_NOT_FOUND' as const)
        : ('REGISTRATION.ID_NOT_FOUND' as const);
    const organiserIds = await this.events.organiserIds(manager, eventId);
    if (!organiserIds) throw new ProblemException(notFound);
    const scope = staffScope(actor.staff.account);
    if (!coversEvent(scope, organiserIds)) throw new ProblemException(notFound);
    const editable = mayChangeEvent(scope, organiserIds);
    if (write && !editable) throw new ProblemException('EVENT.OUT_OF_SCOPE');
    return { editable };
  }
}
