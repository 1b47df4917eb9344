import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  ConfirmationOutcome,
  EventStatus,
  RegistrationSource,
  RegistrationStatus,
  assertAnswersFit,
  assertTransition,
  decideOnConfirmation,
  freeSeats,
  isFinal,
  releasesSeat,
  staffStatusNotice,
  staffTargets,
  takesSeat,
  type AddRegistrationDto,
  type ChangeRegistrationStatusDto,
  type EditRegistrationDto,
  type ExportRegistrationsQueryDto,
  type SetAttendanceDto,
  type StaffRegistrationListQueryDto,
  normaliseEmail,
} from '@stadtgespraech/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { definedFields } from '../../common/defined-fields.js';
import { ProblemException } from '../../common/problem.js';
import { AuditService } from '../audit/audit.service.js';
import type { EventEntity } from '../events/event.entity.js';
import { registrantColumns } from '../registrations/registrant-columns.js';
import { RegistrationLinks } from '../registrations/registration-links.js';
import { RegistrationMails } from '../registrations/registration-mails.js';
import { RegistrationEntity } from '../registrations/registration.entity.js';
import { RegistrationsRepository } from '../registrations/registrations.repository.js';
import { RegistrationsService } from '../registrations/registrations.service.js';
import type { StaffActor } from '../staff/staff-actor.js';
import type {
  AttendanceDto,
  StaffRegistrationDto,
  StaffRegistrationPageDto,
} from './dto/staff-registration.dto.js';
import { EventReach, type Reach } from './event-reach.js';
import { exportColumns } from './export-columns.js';
import { registrationExportFile, type ExportFile } from './registration-export.js';
import { RegistrationRecordsRepository } from './registration-records.repository.js';
import { RegistrationTableRepository } from './registration-table.repository.js';
import { toStaffRegistration } from './staff-registration.mapper.js';

/** Registrations as staff manage them: the table, adding by hand, status, check-in. */
@Injectable()
export class RegistrationAdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly table: RegistrationTableRepository,
    private readonly records: RegistrationRecordsRepository,
    private readonly registrations: RegistrationsRepository,
    private readonly registrationsService: RegistrationsService,
    private readonly mails: RegistrationMails,
    private readonly links: RegistrationLinks,
    private readonly reach: EventReach,
  ) {}

  async list(
    eventId: string,
    query: StaffRegistrationListQueryDto,
    actor: StaffActor,
  ): Promise<StaffRegistrationPageDto> {
    const manager = this.dataSource.manager;
    await this.reach.check(manager, eventId, actor);
    const totals = await this.registrations.statusTotals(manager, eventId);
    return { ...(await this.table.page(eventId, query, totals)), counts: totals.counts };
  }

  async get(id: string, actor: StaffActor): Promise<StaffRegistrationDto> {
    const manager = this.dataSource.manager;
    const registration = await this.records.find(manager, id);
    const reach = await this.reach.check(manager, registration.eventId, actor, {
      absentAs: 'ID',
    });
    return this.present(manager, registration, reach);
  }

  /**
   * The registrations matching the filters as a CSV or Excel stream with the chosen columns. Audited
   * before the first byte: taking personal data out is a bulk read.
   */
  async export(
    eventId: string,
    query: ExportRegistrationsQueryDto,
    actor: StaffActor,
  ): Promise<ExportFile> {
    const manager = this.dataSource.manager;
    await this.reach.check(manager, eventId, actor);
    const event = await this.records.event(manager, eventId);
    const columns = exportColumns(event.questions, query.columns);
    const { format, columns: chosen, ...filters } = query;
    await this.audit.record({
      account: actor.staff.account,
      action: 'registration.export',
      subject: { type: 'event', id: eventId },
      after: { format, columns: chosen ?? 'all', filters: { ...filters } },
      clientIp: actor.clientIp,
    });
    return registrationExportFile(
      format,
      `anmeldungen-${event.startsAt.slice(0, 10)}`,
      columns,
      this.table.exportRows(eventId, filters),
    );
  }

  /** Adds a registration by hand: no double opt-in, the seats decide unless staff choose. */
  async add(
    eventId: string,
    input: AddRegistrationDto,
    actor: StaffActor,
  ): Promise<StaffRegistrationDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.reach.check(manager, eventId, actor, { write: true });
      const event = await this.registrations.findEventWithSecrets(manager, eventId);
      if (event.status === EventStatus.Cancelled)
        throw new ProblemException('REGISTRATION.EVENT_CANCELLED');
      const answers = input.answers ?? {};
      assertAnswersFit(event.registrationQuestions, answers, { requireAnswers: false });

      const emailNormalized = normaliseEmail(input.email);
      const existing = await this.registrations.findByEmail(manager, eventId, emailNormalized);
      if (existing && !isFinal(existing.status))
        throw new ProblemException(
          'REGISTRATION.ALREADY_REGISTERED',
          'Open the existing registration instead.',
          undefined,
          { registrationId: existing.id },
        );
      if (existing) await manager.delete(RegistrationEntity, { id: existing.id });

      await this.registrations.lockSeats(manager, eventId);
      const status = await this.startingStatus(manager, event, input);
      const id = randomUUID();
      await manager.insert(RegistrationEntity, {
        id,
        eventId,
        status,
        source: RegistrationSource.Staff,
        ...registrantColumns(input),
        answers,
        queuedAt: await this.registrations.databaseNow(manager),
        ...this.links.hashes(id),
        // No confirmation link goes out: staff vouch for the address.
        confirmationTokenHash: null,
      });
      const registration = await this.records.find(manager, id);
      if (input.notify)
        await this.mails.outcome(
          manager,
          registration,
          event,
          status === RegistrationStatus.Waitlisted
            ? await this.registrations.waitlistPosition(manager, registration)
            : undefined,
        );
      await this.audit.record(
        {
          account: actor.staff.account,
          action: 'registration.add',
          subject: { type: 'registration', id },
          after: { eventId, email: registration.email, status, notify: input.notify },
          clientIp: actor.clientIp,
        },
        manager,
      );
      return this.present(manager, registration, { editable: true });
    });
  }

  /**
   * Corrects a registration's data on the version staff loaded (412 when it changed since).
   * No mail goes out: it is a correction, not news for the registrant. Audited with the fields'
   * values before and after.
   */
  async edit(
    id: string,
    version: number,
    input: EditRegistrationDto,
    actor: StaffActor,
  ): Promise<StaffRegistrationDto> {
    return this.dataSource.transaction(async (manager) => {
      const registration = await this.lockForChange(manager, id, actor);
      if (registration.version !== version) throw new ProblemException('REGISTRATION.STALE');
      const event = await this.registrations.findEventWithSecrets(manager, registration.eventId);
      if (input.answers)
        assertAnswersFit(event.registrationQuestions, input.answers, { requireAnswers: false });

      const { email, ...details } = input;
      const changes = definedFields(details) as Partial<RegistrationEntity>;
      if (email !== undefined && normaliseEmail(email) !== registration.emailNormalized) {
        const emailNormalized = normaliseEmail(email);
        const other = await this.registrations.findByEmail(manager, event.id, emailNormalized);
        if (other)
          throw new ProblemException(
            'REGISTRATION.ALREADY_REGISTERED',
            'Another registration of this event has that address.',
            undefined,
            { registrationId: other.id },
          );
        Object.assign(changes, { email: email.trim(), emailNormalized });
      } else if (email !== undefined) changes.email = email.trim();

      const changed = (Object.keys(changes) as (keyof RegistrationEntity)[]).filter(
        (key) => JSON.stringify(changes[key]) !== JSON.stringify(registration[key]),
      );
      if (changed.length === 0) return this.present(manager, registration, { editable: true });
      const before = Object.fromEntries(changed.map((key) => [key, registration[key]]));
      Object.assign(registration, changes);
      await manager.save(registration);
      await this.audit.record(
        {
          account: actor.staff.account,
          action: 'registration.edit',
          subject: { type: 'registration', id },
          before,
          after: Object.fromEntries(changed.map((key) => [key, registration[key]])),
          clientIp: actor.clientIp,
        },
        manager,
      );
      return this.present(manager, registration, { editable: true });
    });
  }

  /**
   * Changes the status as staff decide, with the registrant's mail and, when a seat comes free,
   * the waiting list's promotion, all in one transaction. Asking for the current status changes
   * nothing and sends nothing, so a repeated click is harmless.
   */
  async changeStatus(
    id: string,
    input: ChangeRegistrationStatusDto,
    actor: StaffActor,
  ): Promise<StaffRegistrationDto> {
    return this.dataSource.transaction(async (manager) => {
      const registration = await this.lockForChange(manager, id, actor);
      const from = registration.status;
      if (from === input.status) return this.present(manager, registration, { editable: true });
      assertTransition(from, input.status);

      const event = await this.registrations.findEventWithSecrets(manager, registration.eventId);
      const seats = takesSeat(from, input.status) || releasesSeat(from, input.status);
      if (seats) await this.registrations.lockSeats(manager, event.id);
      if (takesSeat(from, input.status) && !input.overbook)
        await this.refuseWhenFull(manager, event);

      const now = await this.registrations.databaseNow(manager);
      registration.status = input.status;
      registration.queuedAt ??= now;
      registration.confirmationExpiresAt = null;
      if (input.status === RegistrationStatus.Cancelled) registration.cancelledAt = now;
      // Presence belongs to a seat: without one, the mark goes.
      if (input.status !== RegistrationStatus.Confirmed) registration.attendedAt = null;
      await manager.save(registration);

      if (input.notify)
        await this.mails.staffNotice(
          manager,
          registration,
          event,
          staffStatusNotice(from, input.status),
          `staff-${now.getTime()}`,
          {
            note: input.message,
            heldSeat: from === RegistrationStatus.Confirmed,
            waitlistPosition:
              input.status === RegistrationStatus.Waitlisted
                ? await this.registrations.waitlistPosition(manager, registration)
                : undefined,
          },
        );
      await this.audit.record(
        {
          account: actor.staff.account,
          action: 'registration.status',
          subject: { type: 'registration', id },
          before: { status: from },
          after: {
            status: input.status,
            notify: input.notify,
            ...(input.message ? { message: input.message } : {}),
            ...(input.overbook ? { overbook: true } : {}),
          },
          clientIp: actor.clientIp,
        },
        manager,
      );
      if (releasesSeat(from, input.status)) await this.registrationsService.promote(manager, event);
      return this.present(manager, registration, { editable: true });
    });
  }

  /** Check-in: marks a confirmed participant as present, or takes it back (undo). */
  async setAttendance(
    id: string,
    input: SetAttendanceDto,
    actor: StaffActor,
  ): Promise<AttendanceDto> {
    return this.dataSource.transaction(async (manager) => {
      const registration = await this.lockForChange(manager, id, actor);
      if (registration.status !== RegistrationStatus.Confirmed)
        throw new ProblemException('REGISTRATION.NOT_CONFIRMED');
      const before = registration.attendedAt;
      // A second tap keeps the first time: the moment of arrival does not move.
      const attendedAt = input.attended
        ? (before ?? (await this.registrations.databaseNow(manager)))
        : null;
      if (attendedAt?.getTime() !== before?.getTime()) {
        await manager.update(RegistrationEntity, { id }, { attendedAt });
        await this.audit.record(
          {
            account: actor.staff.account,
            action: 'registration.attendance',
            subject: { type: 'registration', id },
            before: { attendedAt: before?.toISOString() ?? null },
            after: { attendedAt: attendedAt?.toISOString() ?? null },
            clientIp: actor.clientIp,
          },
          manager,
        );
      }
      return { id, attendedAt: attendedAt?.toISOString() ?? null };
    });
  }

  /**
   * Checks that the actor may see the event's registrations (others read as absent) and, with
   * `write`, change them.
   */
  private async startingStatus(
    manager: EntityManager,
    event: EventEntity,
    input: AddRegistrationDto,
  ): Promise<RegistrationStatus> {
    if (input.status === RegistrationStatus.Waitlisted || input.overbook)
      return input.status ?? RegistrationStatus.Confirmed;
    const confirmedCount = await this.registrations.countConfirmed(manager, event.id);
    const outcome = decideOnConfirmation({
      capacity: event.capacity,
      confirmedCount,
      // Staff asking for a seat get one or a clear "full"; otherwise the waiting list as usual.
      waitlistEnabled: event.waitlistEnabled && input.status !== RegistrationStatus.Confirmed,
      approvalRequired: false,
    });
    if (outcome === ConfirmationOutcome.RejectedFull) throw this.full(event, confirmedCount);
    return outcome === ConfirmationOutcome.Confirmed
      ? RegistrationStatus.Confirmed
      : RegistrationStatus.Waitlisted;
  }

  private async refuseWhenFull(manager: EntityManager, event: EventEntity): Promise<void> {
    const confirmedCount = await this.registrations.countConfirmed(manager, event.id);
    if (freeSeats(event.capacity, confirmedCount) <= 0) throw this.full(event, confirmedCount);
  }

  private full(event: EventEntity, confirmedCount: number): ProblemException {
    return new ProblemException(
      'REGISTRATION.FULL',
      'Every seat is taken. Give the seat anyway with overbook, or use the waiting list.',
      undefined,
      { capacity: event.capacity, confirmed: confirmedCount },
    );
  }

  /** The registration locked for a change, once the actor may change its event (else 403/404). */
  private async lockForChange(
    manager: EntityManager,
    id: string,
    actor: StaffActor,
  ): Promise<RegistrationEntity> {
    const registration = await this.records.find(manager, id, true);
    await this.reach.check(manager, registration.eventId, actor, { absentAs: 'ID', write: true });
    return registration;
  }

  private async present(
    manager: EntityManager,
    registration: RegistrationEntity,
    reach: Reach,
  ): Promise<StaffRegistrationDto> {
    const [full, event, mails, history, waitlistPosition] = await Promise.all([
      this.records.withConsents(manager, registration.id),
      this.records.event(manager, registration.eventId),
      this.records.mails(manager, registration.id),
      this.records.history(manager, registration.id),
      registration.status === RegistrationStatus.Waitlisted
        ? this.registrations.waitlistPosition(manager, registration)
        : Promise.resolve(null),
    ]);
    return toStaffRegistration(full, {
      event,
      mails,
      history,
      waitlistPosition,
      editable: reach.editable,
      allowedStatuses: reach.editable ? staffTargets(full.status) : [],
    });
  }
}
