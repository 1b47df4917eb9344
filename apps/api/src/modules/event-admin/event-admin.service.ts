import { Injectable } from '@nestjs/common';
import {
  EventStatus,
  RegistrationStatus,
  type CreateEventDto,
  type StaffEventListQueryDto,
  type UpdateEventDto,
  type CancelEventDto,
} from '@stadtgespraech/domain';
import { slugify, uniqueSlug } from '@stadtgespraech/domain/rules';
import { DataSource, In, type EntityManager } from 'typeorm';
import { ProblemException } from '../../common/problem.js';
import { AppConfig } from '../../config/app-config.js';
import { AuditService } from '../audit/audit.service.js';
import { EventEntity } from '../events/event.entity.js';
import { EVENT_SEARCH_DOCUMENT, EventsRepository } from '../events/events.repository.js';
import { EventPreviewService } from '../events/preview/event-preview.service.js';
import { MailTemplate } from '../mail/mail.types.js';
import { RegistrationMails } from '../registrations/registration-mails.js';
import { RegistrationEntity } from '../registrations/registration.entity.js';
import { RegistrationsRepository } from '../registrations/registrations.repository.js';
import { RegistrationsService } from '../registrations/registrations.service.js';
import type {
  PreviewLinkDto,
  RegistrationCountsDto,
  StaffEventDto,
  StaffEventListItemDto,
  StaffEventPageDto,
} from './dto/staff-event.dto.js';
import { checkReferences, eventColumns, writeEventLinks } from './event-input.js';
import { changePhrases, materialChanges } from './event-notices.js';
import type { StaffActor } from '../staff/staff-actor.js';
import { eventChecks, toStaffEvent } from './staff-event.mapper.js';
import { coversEvent, mayChangeEvent, staffScope, type StaffScope } from '../staff/staff-scope.js';

/** A row of the list query as PostgreSQL gives it. */
type StaffEventRow = Omit<StaffEventListItemDto, 'startsAt' | 'endsAt' | 'editable'> & {
  startsAt: Date;
  endsAt: Date;
  organiserIds: string[] | null;
};

const FULL_RELATIONS = {
  series: true,
  topics: true,
  organisers: { organisation: true },
  contributors: { person: true },
  agenda: { contributors: { person: true } },
} as const;

// Registrants who are told about changes; pending ones have not confirmed and hold nothing yet.
const HOLDING = [
  RegistrationStatus.Confirmed,
  RegistrationStatus.Waitlisted,
  RegistrationStatus.AwaitingApproval,
];

/** Creating and changing events in the admin: scope checks, versions, mails and audit. */
@Injectable()
export class EventAdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly registrations: RegistrationsRepository,
    private readonly registrationsService: RegistrationsService,
    private readonly mails: RegistrationMails,
    private readonly config: AppConfig,
    private readonly previews: EventPreviewService,
    private readonly events: EventsRepository,
  ) {}

  async list(query: StaffEventListQueryDto, actor: StaffActor): Promise<StaffEventPageDto> {
    const scope = staffScope(actor.staff.account);
    const qb = this.dataSource
      .getRepository(EventEntity)
      .createQueryBuilder('event')
      .leftJoin('event.series', 'series')
      .select([
        'event.id AS id',
        'event.slug AS slug',
        'event.title AS title',
        'event.type AS type',
        'event.format AS format',
        'event.status AS status',
        'event.is_teaser AS "isTeaser"',
        'event.is_demo AS "isDemo"',
        'event.starts_at AS "startsAt"',
        'event.ends_at AS "endsAt"',
        'series.title AS "seriesTitle"',
        'event.capacity AS capacity',
        'event.registration_mode AS "registrationMode"',
        "(SELECT count(*) FROM registration r WHERE r.event_id = event.id AND r.status = 'confirmed')::int AS confirmed",
        "(SELECT count(*) FROM registration r WHERE r.event_id = event.id AND r.status = 'waitlisted')::int AS waitlisted",
        '(SELECT array_agg(eo.organisation_id) FROM event_organiser eo WHERE eo.event_id = event.id) AS "organiserIds"',
      ]);
    if (!scope.allEvents)
      qb.andWhere(
        'EXISTS (SELECT 1 FROM event_organiser eo WHERE eo.event_id = event.id AND eo.organisation_id IN (:...orgs))',
        { orgs: scope.organisationIds.length > 0 ? scope.organisationIds : [null] },
      );
    if (query.status) qb.andWhere('event.status = :status', { status: query.status });
    if (query.time === 'upcoming') qb.andWhere('event.ends_at >= now()');
    if (query.time === 'past') qb.andWhere('event.ends_at < now()');
    if (query.type) qb.andWhere('event.type = :type', { type: query.type });
    if (query.format) qb.andWhere('event.format = :format', { format: query.format });
    if (query.series) qb.andWhere('series.slug = :series', { series: query.series });
    if (query.q)
      qb.andWhere(
        `(${EVENT_SEARCH_DOCUMENT} @@ websearch_to_tsquery('german', :q) OR event.title ILIKE :like OR event.slug ILIKE :like)`,
        { q: query.q, like: `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` },
      );
    const total = await qb.clone().getCount();
    const rows: StaffEventRow[] = await qb
      .orderBy('event.starts_at', query.time === 'past' ? 'DESC' : 'ASC')
      .addOrderBy('event.id', 'ASC')
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .getRawMany();
    return {
      items: rows.map(({ organiserIds, startsAt, endsAt, ...row }) => ({
        ...row,
        startsAt: startsAt.toISOString(),
        endsAt: endsAt.toISOString(),
        editable: mayChangeEvent(scope, organiserIds ?? []),
      })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async get(id: string, actor: StaffActor): Promise<StaffEventDto> {
    const scope = staffScope(actor.staff.account);
    return this.view(this.dataSource.manager, id, scope);
  }

  async create(input: CreateEventDto, actor: StaffActor): Promise<StaffEventDto> {
    const scope = staffScope(actor.staff.account);
    if (
      !mayChangeEvent(
        scope,
        (input.organisers ?? []).map((o) => o.organisationId),
      )
    )
      throw new ProblemException(
        'EVENT.OUT_OF_SCOPE',
        'Name one of your organisations as an organiser of the event.',
      );
    return this.dataSource.transaction(async (manager) => {
      await checkReferences(manager, input);
      const slug = await this.freeSlug(manager, input.slug ?? input.title, Boolean(input.slug));
      const { id } = await manager.getRepository(EventEntity).save({
        discussionQuestions: [],
        registrationQuestions: [],
        registrationMode: 'none',
        ...eventColumns(input),
        slug,
        status: EventStatus.Draft,
      });
      await writeEventLinks(manager, id, { organisers: [], ...input });
      const event = await this.load(manager, id);
      this.refuseAgendaErrors(event);
      if (input.status === EventStatus.Published) await this.publishLoaded(manager, event);
      else if (input.status && input.status !== EventStatus.Draft)
        throw new ProblemException('EVENT.WRONG_STATUS', 'A new event is a draft or published.');
      const view = await this.view(manager, id, scope);
      await this.audit.record(
        {
          account: actor.staff.account,
          action: 'event.create',
          subject: { type: 'event', id },
          after: { ...input, slug } as Record<string, unknown>,
          clientIp: actor.clientIp,
        },
        manager,
      );
      return view;
    });
  }

  async update(
    id: string,
    version: number,
    input: UpdateEventDto,
    actor: StaffActor,
  ): Promise<StaffEventDto> {
    const scope = staffScope(actor.staff.account);
    return this.dataSource.transaction(async (manager) => {
      const before = await this.lockForChange(manager, id, version, scope);
      if (input.status !== undefined && input.status !== before.status)
        throw new ProblemException(
          'EVENT.WRONG_STATUS',
          'Change the status with publish, unpublish or cancel.',
        );
      if (
        input.organisers &&
        !mayChangeEvent(
          scope,
          input.organisers.map((o) => o.organisationId),
        )
      )
        throw new ProblemException(
          'EVENT.OUT_OF_SCOPE',
          'Keep one of your organisations among the organisers.',
        );
      await checkReferences(manager, input);
      const columns = eventColumns(input);
      if (columns.slug && columns.slug !== before.slug)
        await this.freeSlug(manager, columns.slug, true);
      const startsAt = columns.startsAt ?? before.startsAt;
      const endsAt = columns.endsAt ?? before.endsAt;
      if (endsAt < startsAt)
        throw new ProblemException(
          'REQUEST.VALIDATION_FAILED',
          'The event ends before it starts.',
          [{ pointer: 'request.endsAt', messages: ['endsAt must not be before startsAt'] }],
        );

      const changes = materialChanges(before, { ...before, ...columns } as EventEntity);
      const tellRegistrants = before.status === EventStatus.Published && changes.length > 0;
      await manager.update(
        EventEntity,
        { id },
        {
          ...columns,
          version: before.version + 1,
          ...(tellRegistrants ? { calendarSequence: before.calendarSequence + 1 } : {}),
        },
      );
      await writeEventLinks(manager, id, input);
      const after = await this.load(manager, id);
      this.refuseAgendaErrors(after);
      if (after.status === EventStatus.Published) {
        const blockers = eventChecks(after).blockers;
        if (blockers.length > 0)
          throw new ProblemException(
            'EVENT.NOT_PUBLISHABLE',
            'A published event must stay complete; unpublish it first.',
            undefined,
            { blockers },
          );
      }

      if (tellRegistrants) await this.tellChanged(manager, id, changes);
      if (this.seatsGrew(before, after)) {
        await this.registrations.lockSeats(manager, id);
        await this.registrationsService.promote(
          manager,
          await this.registrations.findEventWithSecrets(manager, id),
        );
      }
      await this.audit.record(
        {
          account: actor.staff.account,
          action: 'event.update',
          subject: { type: 'event', id },
          before: pick(before, Object.keys(input)),
          after: { ...input } as Record<string, unknown>,
          clientIp: actor.clientIp,
        },
        manager,
      );
      // Mails and promotions touch registrations only; `after` is still the event as it is.
      return this.present(manager, after, scope);
    });
  }

  async publish(id: string, version: number, actor: StaffActor): Promise<StaffEventDto> {
    return this.changeStatus(id, version, actor, 'event.publish', async (manager, event) => {
      if (event.status !== EventStatus.Draft)
        throw new ProblemException('EVENT.WRONG_STATUS', 'Only a draft can be published.');
      await this.publishLoaded(manager, event);
      return EventStatus.Published;
    });
  }

  async unpublish(id: string, version: number, actor: StaffActor): Promise<StaffEventDto> {
    return this.changeStatus(id, version, actor, 'event.unpublish', async (manager, event) => {
      if (event.status !== EventStatus.Published)
        throw new ProblemException(
          'EVENT.WRONG_STATUS',
          'Only a published event can be withdrawn.',
        );
      await manager.update(EventEntity, { id }, { status: EventStatus.Draft });
      return EventStatus.Draft;
    });
  }

  /** Cancels a published event and tells everyone registered, with a calendar cancellation. */
  async cancel(
    id: string,
    version: number,
    input: CancelEventDto,
    actor: StaffActor,
  ): Promise<StaffEventDto> {
    return this.changeStatus(id, version, actor, 'event.cancel', async (manager, event) => {
      if (event.status !== EventStatus.Published)
        throw new ProblemException(
          'EVENT.WRONG_STATUS',
          'Only a published event can be cancelled; delete a draft instead.',
        );
      await manager.update(
        EventEntity,
        { id },
        { status: EventStatus.Cancelled, calendarSequence: event.calendarSequence + 1 },
      );
      const cancelled = await this.registrations.findEventWithSecrets(manager, id);
      const told = await manager.find(RegistrationEntity, {
        where: {
          eventId: id,
          status: In([...HOLDING, RegistrationStatus.PendingConfirmation]),
        },
      });
      const message = input.message?.trim();
      for (const registration of told)
        await this.mails.send(
          manager,
          MailTemplate.EventCancelled,
          registration,
          cancelled,
          'event-cancelled',
          {
            ...(message ? { changes: [message] } : {}),
            ...(registration.status === RegistrationStatus.Confirmed
              ? { calendar: 'cancel' as const }
              : {}),
          },
        );
      return EventStatus.Cancelled;
    });
  }

  /** A signed link to the portal's preview of the event, for everyone who may see it. */
  async previewLink(id: string, actor: StaffActor): Promise<PreviewLinkDto> {
    const organiserIds = await this.events.organiserIds(this.dataSource.manager, id);
    if (!organiserIds || !coversEvent(staffScope(actor.staff.account), organiserIds))
      throw new ProblemException('EVENT.ID_NOT_FOUND');
    return this.previews.link(id);
  }

  /** A new draft with everything but the registrations, documentation and meeting link. */
  async duplicate(id: string, actor: StaffActor): Promise<StaffEventDto> {
    const scope = staffScope(actor.staff.account);
    return this.dataSource.transaction(async (manager) => {
      const source = await this.load(manager, id);
      const organiserIds = source.organisers.map((o) => o.organisationId);
      if (!coversEvent(scope, organiserIds)) throw new ProblemException('EVENT.ID_NOT_FOUND');
      if (!mayChangeEvent(scope, organiserIds)) throw new ProblemException('EVENT.OUT_OF_SCOPE');
      const copy = toStaffEvent(source, emptyCounts(), true);
      const slug = await this.freeSlug(manager, `${source.slug}-kopie`, false);
      const { id: copyId } = await manager.getRepository(EventEntity).save({
        ...eventColumns({
          title: copy.title,
          subtitle: copy.subtitle,
          summary: copy.summary,
          description: copy.description,
          type: copy.type,
          format: copy.format,
          isTeaser: copy.isTeaser,
          startsAt: copy.startsAt,
          endsAt: copy.endsAt,
          venue: source.venue as never,
          onlinePlatform: copy.onlinePlatform,
          seriesId: copy.seriesId,
          discussionQuestions: copy.discussionQuestions,
          coverImage: source.coverImage as never,
          registration: { ...copy.registration } as never,
          retentionDays: copy.retentionDays,
        }),
        slug,
        status: EventStatus.Draft,
      });
      await writeEventLinks(manager, copyId, {
        organisers: copy.organisers,
        topicIds: copy.topicIds,
        contributors: copy.contributors,
        agenda: copy.agenda.map(({ id: _id, ...item }) => item),
      } as UpdateEventDto);
      await this.audit.record(
        {
          account: actor.staff.account,
          action: 'event.duplicate',
          subject: { type: 'event', id: copyId },
          before: { sourceId: id },
          clientIp: actor.clientIp,
        },
        manager,
      );
      return this.view(manager, copyId, scope);
    });
  }

  /** Deletes a draft nobody registered for. */
  async remove(id: string, version: number, actor: StaffActor): Promise<void> {
    const scope = staffScope(actor.staff.account);
    await this.dataSource.transaction(async (manager) => {
      const event = await this.lockForChange(manager, id, version, scope);
      if (event.status !== EventStatus.Draft)
        throw new ProblemException('EVENT.WRONG_STATUS', 'Only drafts can be deleted.');
      if (await manager.exists(RegistrationEntity, { where: { eventId: id } }))
        throw new ProblemException(
          'EVENT.WRONG_STATUS',
          'The draft has registrations; it cannot be deleted.',
        );
      await manager.delete(EventEntity, { id });
      await this.audit.record(
        {
          account: actor.staff.account,
          action: 'event.delete',
          subject: { type: 'event', id },
          before: { slug: event.slug, title: event.title },
          clientIp: actor.clientIp,
        },
        manager,
      );
    });
  }

  private async changeStatus(
    id: string,
    version: number,
    actor: StaffActor,
    action: string,
    /** Makes the change and says the status the event has now. */
    change: (manager: EntityManager, event: EventEntity) => Promise<EventStatus>,
  ): Promise<StaffEventDto> {
    return this.changeLocked(id, version, actor, action, async (manager, event) => ({
      before: { status: event.status },
      after: { status: await change(manager, event) },
    }));
  }

  /**
   * Runs `change` on the locked event (scope and version checked) in one transaction, raises the
   * version, records the audit entry with what `change` reports, and returns the staff view.
   */
  async changeLocked(
    id: string,
    version: number,
    actor: StaffActor,
    action: string,
    change: (
      manager: EntityManager,
      event: EventEntity,
    ) => Promise<{ before: Record<string, unknown>; after: Record<string, unknown> }>,
  ): Promise<StaffEventDto> {
    const scope = staffScope(actor.staff.account);
    return this.dataSource.transaction(async (manager) => {
      const event = await this.lockForChange(manager, id, version, scope);
      const { before, after } = await change(manager, event);
      await manager.update(EventEntity, { id }, { version: event.version + 1 });
      await this.audit.record(
        {
          account: actor.staff.account,
          action,
          subject: { type: 'event', id },
          before,
          after,
          clientIp: actor.clientIp,
        },
        manager,
      );
      return this.view(manager, id, scope);
    });
  }

  private async publishLoaded(manager: EntityManager, event: EventEntity): Promise<void> {
    const blockers = eventChecks(event).blockers;
    if (blockers.length > 0)
      throw new ProblemException(
        'EVENT.NOT_PUBLISHABLE',
        'Complete the event before publishing it; see blockers.',
        undefined,
        { blockers },
      );
    await manager.update(EventEntity, { id: event.id }, { status: EventStatus.Published });
  }

  /**
   * Locks the event row, then checks scope and version: two editors never both win, and a change
   * based on an old version is refused instead of silently overwriting the newer one.
   */
  private async lockForChange(
    manager: EntityManager,
    id: string,
    version: number,
    scope: StaffScope,
  ): Promise<EventEntity> {
    const [row] = await manager.query('SELECT version FROM event WHERE id = $1 FOR UPDATE', [id]);
    if (!row) throw new ProblemException('EVENT.ID_NOT_FOUND');
    const event = await this.load(manager, id);
    const organiserIds = event.organisers.map((o) => o.organisationId);
    if (!coversEvent(scope, organiserIds)) throw new ProblemException('EVENT.ID_NOT_FOUND');
    if (!mayChangeEvent(scope, organiserIds)) throw new ProblemException('EVENT.OUT_OF_SCOPE');
    if (event.version !== version)
      throw new ProblemException('EVENT.STALE', undefined, undefined, {
        currentVersion: event.version,
      });
    return event;
  }

  private async load(manager: EntityManager, id: string): Promise<EventEntity> {
    const event = await manager.findOne(EventEntity, { where: { id }, relations: FULL_RELATIONS });
    if (!event) throw new ProblemException('EVENT.ID_NOT_FOUND');
    const [secrets] = await manager.query('SELECT join_url FROM event WHERE id = $1', [id]);
    event.joinUrl = secrets.join_url;
    return event;
  }

  private async view(manager: EntityManager, id: string, scope: StaffScope) {
    return this.present(manager, await this.load(manager, id), scope);
  }

  /** The staff's view of a loaded event, with its counts. */
  private async present(manager: EntityManager, event: EventEntity, scope: StaffScope) {
    const organiserIds = event.organisers.map((o) => o.organisationId);
    // Out of scope reads as absent: an organiser learns nothing about others' drafts.
    if (!coversEvent(scope, organiserIds)) throw new ProblemException('EVENT.ID_NOT_FOUND');
    return toStaffEvent(
      event,
      await this.registrations.countsByStatus(manager, event.id),
      mayChangeEvent(scope, organiserIds),
      this.config.PORTAL_URL,
    );
  }

  private refuseAgendaErrors(event: EventEntity): void {
    const errors = eventChecks(event).issues.filter((issue) => issue.severity === 'error');
    if (errors.length > 0)
      throw new ProblemException(
        'EVENT.AGENDA_OUTSIDE_EVENT',
        'Move the agenda items into the time of the event.',
        errors.map((issue) => ({
          pointer: `request.agenda[${issue.index}].startsAt`,
          messages: ['the agenda item lies outside the time of the event'],
        })),
      );
  }

  private seatsGrew(before: EventEntity, after: EventEntity): boolean {
    if (after.capacity === before.capacity) return false;
    return (
      after.capacity === null || (before.capacity !== null && after.capacity > before.capacity)
    );
  }

  private async tellChanged(
    manager: EntityManager,
    id: string,
    changes: ReturnType<typeof materialChanges>,
  ): Promise<void> {
    const event = await this.registrations.findEventWithSecrets(manager, id);
    const told = await manager.find(RegistrationEntity, {
      where: { eventId: id, status: In(HOLDING) },
    });
    for (const registration of told)
      await this.mails.send(
        manager,
        MailTemplate.EventChanged,
        registration,
        event,
        `changed-${event.calendarSequence}`,
        {
          changes: changePhrases(changes, registration.locale),
          ...(registration.status === RegistrationStatus.Confirmed
            ? { calendar: 'request' as const }
            : {}),
        },
      );
  }

  /** `base` itself when `exact` (a slug staff chose), else the first free variant of it. */
  private async freeSlug(manager: EntityManager, base: string, exact: boolean): Promise<string> {
    if (exact) {
      if (await manager.exists(EventEntity, { where: { slug: base } }))
        throw new ProblemException('EVENT.SLUG_TAKEN');
      return base;
    }
    // Candidates share the first characters of the base's slug; only those can collide.
    const prefix = slugify(base).slice(0, 40);
    const rows: { slug: string }[] = await manager.query(
      'SELECT slug FROM event WHERE left(slug, $2) = $1',
      [prefix, prefix.length],
    );
    const taken = new Set(rows.map((row) => row.slug));
    return uniqueSlug(base, (slug) => taken.has(slug));
  }
}

function emptyCounts(): RegistrationCountsDto {
  return {
    pendingConfirmation: 0,
    confirmed: 0,
    waitlisted: 0,
    awaitingApproval: 0,
    cancelled: 0,
    rejected: 0,
    attended: 0,
  };
}

/** The values an entity had for the keys a change touched, for the audit log. */
function pick(event: EventEntity, keys: string[]): Record<string, unknown> {
  const snapshot = toStaffEvent(event, emptyCounts(), true) as unknown as Record<string, unknown>;
  return Object.fromEntries(keys.map((key) => [key, snapshot[key] ?? null]));
}
