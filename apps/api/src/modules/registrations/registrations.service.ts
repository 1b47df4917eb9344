import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  ConfirmationOutcome,
  EventStatus,
  RegistrationStatus,
  assertAnswersFit,
  assertConsentsAsked,
  assertRegistrationOpen,
  assertTransition,
  decideOnConfirmation,
  freeSeats,
  promotionsAfterRelease,
  registrationState,
  seatCountDecidesAcceptance,
  normaliseEmail,
} from '@stadtgespraech/domain';
import type {
  CreateRegistrationDto,
  UpdateRegistrationDto,
} from '@stadtgespraech/domain/registrations';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { definedFields } from '../../common/defined-fields.js';
import { ProblemException } from '../../common/problem.js';
import { AppConfig } from '../../config/app-config.js';
import { ConsentTextsService } from '../consents/consent-texts.service.js';
import type { EventEntity } from '../events/event.entity.js';
import type { MailEvent } from '../mail/mail-event-facts.js';
import { MailTemplate } from '../mail/mail.types.js';
import type {
  ConfirmationPreviewDto,
  EventAvailabilityDto,
  ManagedRegistrationDto,
  RegisteredEventDto,
  RegistrationOutcomeDto,
} from './dto/registration.dto.js';
import { toConsentRecord } from './consent-record.mapper.js';
import { registrantColumns } from './registrant-columns.js';
import { RegistrationLinks } from './registration-links.js';
import { RegistrationMails } from './registration-mails.js';
import { hashToken } from './registration-tokens.js';
import { RegistrationEntity } from './registration.entity.js';
import { RegistrationConsentEntity } from './registration-consent.entity.js';
import { RegistrationsRepository, type RegistrationEvent } from './registrations.repository.js';

const OUTCOME_STATUS: Record<ConfirmationOutcome, RegistrationStatus> = {
  [ConfirmationOutcome.Confirmed]: RegistrationStatus.Confirmed,
  [ConfirmationOutcome.Waitlisted]: RegistrationStatus.Waitlisted,
  [ConfirmationOutcome.AwaitingApproval]: RegistrationStatus.AwaitingApproval,
  [ConfirmationOutcome.RejectedFull]: RegistrationStatus.Rejected,
};

const CLOSED: readonly RegistrationStatus[] = [
  RegistrationStatus.Cancelled,
  RegistrationStatus.Rejected,
  RegistrationStatus.Expired,
];

@Injectable()
export class RegistrationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: RegistrationsRepository,
    private readonly consentTexts: ConsentTextsService,
    private readonly mails: RegistrationMails,
    private readonly links: RegistrationLinks,
    private readonly config: AppConfig,
  ) {}

  /** The registration state and free seats of a public event, for the portal's live box. */
  async availability(slug: string, now = new Date()): Promise<EventAvailabilityDto> {
    const event = await this.repository.findPublicEvent(slug);
    if (!event) throw new ProblemException('EVENT.NOT_FOUND');
    const confirmedCount = await this.repository.countConfirmed(this.dataSource.manager, event.id);
    const state = registrationState(this.window(event), confirmedCount, now);
    const seats = freeSeats(event.capacity, confirmedCount);
    return {
      state,
      freeSeats: Number.isFinite(seats) ? seats : null,
      waitlistEnabled: event.waitlistEnabled,
    };
  }

  /**
   * Registers an address for an event, or, when it is already registered, mails the personal link
   * again. The caller learns nothing either way: the answer is the same.
   */
  async register(slug: string, input: CreateRegistrationDto, now = new Date()): Promise<void> {
    const event = await this.repository.findPublicEvent(slug);
    if (!event) throw new ProblemException('EVENT.NOT_FOUND');
    assertConsentsAsked(event.registrationConsents, input.consents);
    const consents = await this.consentTexts.resolve(input.consents, input.locale);
    const answers = input.answers ?? {};
    assertAnswersFit(event.registrationQuestions, answers);

    // The seat count only matters to the window when a full event turns people away.
    const confirmedCount = seatCountDecidesAcceptance(this.window(event))
      ? await this.repository.countConfirmed(this.dataSource.manager, event.id)
      : 0;
    assertRegistrationOpen(this.window(event), confirmedCount, now);
    const emailNormalized = normaliseEmail(input.email);

    await this.dataSource.transaction(async (manager) => {
      const id = randomUUID();
      const registration = manager.create(RegistrationEntity, {
        id,
        eventId: event.id,
        status: RegistrationStatus.PendingConfirmation,
        ...registrantColumns(input),
        answers,
        confirmationExpiresAt: new Date(
          now.getTime() + this.config.REGISTRATION_CONFIRM_HOURS * 3_600_000,
        ),
        ...this.links.hashes(id),
      });
      // The common case first: a new address is one INSERT, without looking for it before.
      if (!(await this.repository.insertIfNew(manager, registration))) {
        const existing = await this.repository.findByEmail(manager, event.id, emailNormalized);
        if (existing && !CLOSED.includes(existing.status)) {
          await this.remind(manager, existing, event, now);
          return;
        }
        // A cancelled or closed registration makes way for a fresh one: still one record per
        // address. A concurrent request may have taken the address meanwhile: then a repeat.
        if (existing) await manager.delete(RegistrationEntity, { id: existing.id });
        if (!(await this.repository.insertIfNew(manager, registration))) {
          const winner = await this.repository.findByEmail(manager, event.id, emailNormalized);
          if (winner) await this.remind(manager, winner, event, now);
          return;
        }
      }
      await manager.insert(
        RegistrationConsentEntity,
        consents.map((consent) => ({ ...consent, registrationId: id, recordedAt: now })),
      );
      await this.mails.send(manager, MailTemplate.ConfirmAddress, registration, event, 'initial', {
        withConfirmLink: true,
        confirmBy: registration.confirmationExpiresAt!.toISOString(),
      });
    });
  }

  /** Double opt-in: the address is confirmed, and a seat, the waiting list or approval follows. */
  async confirm(token: string, now = new Date()): Promise<RegistrationOutcomeDto> {
    return this.dataSource.transaction(async (manager) => {
      const found = await this.repository.findByTokenHash(
        manager,
        'confirmationTokenHash',
        hashToken(token),
      );
      if (!found) throw new ProblemException('REGISTRATION.TOKEN_INVALID');
      if (found.status !== RegistrationStatus.PendingConfirmation)
        return this.outcome(manager, found);
      if (found.confirmationExpiresAt && found.confirmationExpiresAt < now) {
        await manager.delete(RegistrationEntity, { id: found.id });
        throw new ProblemException('REGISTRATION.CONFIRMATION_EXPIRED');
      }
      // For the mail; what decides is read under the lock.
      const event = await this.repository.findRegistrationEvent(manager, found.eventId);

      await this.repository.lockSeats(manager, event.id);
      // Under the lock: seats and counts, the change, its mail, commit.
      const seats = await this.repository.seatState(manager, event.id);
      if (seats.eventStatus === EventStatus.Cancelled)
        throw new ProblemException('REGISTRATION.EVENT_CANCELLED');
      const status =
        OUTCOME_STATUS[
          decideOnConfirmation({
            capacity: seats.capacity,
            confirmedCount: seats.confirmed,
            waitlistEnabled: seats.waitlistEnabled,
            approvalRequired: seats.approvalRequired,
          })
        ];
      assertTransition(found.status, status);
      // Queue order is the order of getting the lock, on the database's clock (one for all
      // processes); a newly waitlisted registration is therefore last in line.
      await this.repository.recordConfirmation(manager, found, status);
      const waitlistPosition =
        status === RegistrationStatus.Waitlisted ? seats.waitlisted + 1 : undefined;
      await this.mails.outcome(manager, found, event, waitlistPosition);
      return {
        status,
        waitlistPosition: waitlistPosition ?? null,
        manageUrl: this.links.manage(found.id, found.locale),
      };
    });
  }

  /** The event behind a confirmation link and whether the link still works; changes nothing. */
  async previewConfirmation(token: string, now = new Date()): Promise<ConfirmationPreviewDto> {
    const manager = this.dataSource.manager;
    const found = await manager.findOne(RegistrationEntity, {
      where: { confirmationTokenHash: hashToken(token) },
    });
    if (!found) throw new ProblemException('REGISTRATION.TOKEN_INVALID');
    const event = await this.repository.findEventWithSecrets(manager, found.eventId);
    const state =
      found.status !== RegistrationStatus.PendingConfirmation
        ? 'done'
        : found.confirmationExpiresAt && found.confirmationExpiresAt < now
          ? 'expired'
          : 'pending';
    return { state, event: registeredEvent(event) };
  }

  async getByManageToken(token: string): Promise<ManagedRegistrationDto> {
    return this.dataSource.transaction(async (manager) => {
      const registration = await this.byManageToken(manager, token);
      return this.view(manager, registration);
    });
  }

  /** Changes personal data and answers; the address itself stays (it is the identity). */
  async update(
    token: string,
    input: UpdateRegistrationDto,
    now = new Date(),
  ): Promise<ManagedRegistrationDto> {
    return this.dataSource.transaction(async (manager) => {
      const registration = await this.byManageToken(manager, token);
      if (CLOSED.includes(registration.status))
        throw new ProblemException('REGISTRATION.NOT_CHANGEABLE');
      const event = await this.repository.findEventWithSecrets(manager, registration.eventId);
      const answers = input.answers ?? registration.answers;
      assertAnswersFit(event.registrationQuestions, answers);
      Object.assign(registration, {
        ...definedFields(input),
        answers,
      });
      await manager.save(registration);
      await this.mails.send(
        manager,
        MailTemplate.ChangedByYou,
        registration,
        event,
        `v${registration.version}-${now.getTime()}`,
      );
      return this.view(manager, registration);
    });
  }

  /** Cancels; a freed seat goes to the first on the waiting list in the same transaction. */
  async cancel(token: string): Promise<ManagedRegistrationDto> {
    return this.dataSource.transaction(async (manager) => {
      const registration = await this.byManageToken(manager, token);
      if (registration.status === RegistrationStatus.Cancelled)
        return this.view(manager, registration);
      assertTransition(registration.status, RegistrationStatus.Cancelled);
      const event = await this.repository.findEventWithSecrets(manager, registration.eventId);
      const heldSeat = registration.status === RegistrationStatus.Confirmed;
      if (heldSeat) await this.repository.lockSeats(manager, event.id);
      registration.status = RegistrationStatus.Cancelled;
      registration.cancelledAt = new Date();
      await manager.save(registration);
      await this.mails.send(manager, MailTemplate.CancelledByYou, registration, event, 'self', {
        ...(heldSeat ? { calendar: 'cancel' as const } : {}),
      });
      if (heldSeat) await this.promote(manager, event);
      return this.view(manager, registration);
    });
  }

  /**
   * Gives free seats to the waiting list, first in line first. The caller holds the seat lock
   * (cancellation, or staff raising the capacity).
   */
  async promote(manager: EntityManager, event: EventEntity): Promise<string[]> {
    const confirmedCount = await this.repository.countConfirmed(manager, event.id);
    const waitlist = await this.repository.waitlist(manager, event.id);
    const promoted = promotionsAfterRelease({
      capacity: event.capacity,
      confirmedCount,
      waitlist: waitlist.map((r) => r.id),
    });
    for (const registration of waitlist.filter((r) => promoted.includes(r.id))) {
      assertTransition(registration.status, RegistrationStatus.Confirmed);
      registration.status = RegistrationStatus.Confirmed;
      await manager.save(registration);
      await this.mails.send(manager, MailTemplate.Promoted, registration, event, 'promoted', {
        withJoinLink: true,
        calendar: 'request',
      });
    }
    return promoted;
  }

  /** Deletes registrations never confirmed in time (a scheduled job). */
  expireUnconfirmed(now = new Date()): Promise<number> {
    return this.repository.deleteUnconfirmedBefore(now);
  }

  /** Queues the reminders that are due; their send keys make repeated runs harmless. */
  async queueReminders(now = new Date()): Promise<number> {
    let queued = 0;
    for (const offset of this.config.REMINDER_OFFSETS_MINUTES.split(',').map(Number)) {
      for (const due of await this.repository.dueForReminder(now, offset)) {
        await this.dataSource.transaction(async (manager) => {
          const registration = await this.repository.findWithConsents(manager, due.registrationId);
          const event = await this.repository.findEventWithSecrets(manager, due.eventId);
          await this.mails.send(
            manager,
            MailTemplate.Reminder,
            registration,
            event,
            `before-${offset}`,
            { withJoinLink: true },
          );
        });
        queued++;
      }
    }
    return queued;
  }

  /**
   * Tells the confirmed registrants of an event where its documentation is, inside the caller's
   * transaction; returns how many mails were queued.
   */
  async queueFollowUps(manager: EntityManager, eventId: string): Promise<number> {
    const event = await this.repository.findEventWithSecrets(manager, eventId);
    const registrations = await manager.find(RegistrationEntity, {
      where: { eventId, status: RegistrationStatus.Confirmed, anonymisedAt: IsNull() },
    });
    for (const registration of registrations) {
      await this.mails.send(manager, MailTemplate.FollowUp, registration, event, 'documentation', {
        documentationUrl: this.links.eventPage(event.slug, registration.locale),
      });
    }
    return registrations.length;
  }

  private window(event: RegistrationEvent) {
    return {
      status: event.status,
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      registration: {
        mode: event.registrationMode,
        opensAt: event.registrationOpensAt,
        deadline: event.registrationDeadline,
        capacity: event.capacity,
        waitlistEnabled: event.waitlistEnabled,
      },
    };
  }

  /** A repeated registration: the confirm link again while pending, else the personal link. */
  private async remind(
    manager: EntityManager,
    existing: RegistrationEntity,
    event: MailEvent,
    now: Date,
  ) {
    if (existing.status === RegistrationStatus.PendingConfirmation) {
      existing.confirmationExpiresAt = new Date(
        now.getTime() + this.config.REGISTRATION_CONFIRM_HOURS * 3_600_000,
      );
      await manager.save(existing);
      await this.mails.send(
        manager,
        MailTemplate.ConfirmAddress,
        existing,
        event,
        `repeat-${now.getTime()}`,
        {
          withConfirmLink: true,
          confirmBy: existing.confirmationExpiresAt.toISOString(),
        },
      );
      return;
    }
    await this.mails.send(
      manager,
      MailTemplate.AlreadyRegistered,
      existing,
      event,
      `repeat-${now.getTime()}`,
    );
  }

  private async byManageToken(manager: EntityManager, token: string): Promise<RegistrationEntity> {
    const registration = await this.repository.findByTokenHash(
      manager,
      'manageTokenHash',
      hashToken(token),
    );
    if (!registration) throw new ProblemException('REGISTRATION.TOKEN_INVALID');
    return registration;
  }

  private async outcome(
    manager: EntityManager,
    registration: RegistrationEntity,
  ): Promise<RegistrationOutcomeDto> {
    return {
      status: registration.status,
      waitlistPosition:
        registration.status === RegistrationStatus.Waitlisted
          ? await this.repository.waitlistPosition(manager, registration)
          : null,
      manageUrl: this.links.manage(registration.id, registration.locale),
    };
  }

  private async view(
    manager: EntityManager,
    registration: RegistrationEntity,
  ): Promise<ManagedRegistrationDto> {
    const full = await this.repository.findWithConsents(manager, registration.id);
    const event = await this.repository.findEventWithSecrets(manager, registration.eventId);
    const outcome = await this.outcome(manager, full);
    return {
      ...outcome,
      email: full.email,
      salutation: full.salutation,
      academicTitle: full.academicTitle,
      firstName: full.firstName,
      lastName: full.lastName,
      organisation: full.organisation,
      organisationType: full.organisationType,
      function: full.function,
      bundesland: full.bundesland,
      questionForSpeakers: full.questionForSpeakers,
      answers: full.answers,
      locale: full.locale,
      consents: full.consents.map(toConsentRecord),
      createdAt: full.createdAt.toISOString(),
      cancelledAt: full.cancelledAt?.toISOString() ?? null,
      canChange: !CLOSED.includes(full.status),
      personalJoinLink:
        full.status === RegistrationStatus.Confirmed ? this.links.join(full.id, full.locale) : null,
      event: { ...registeredEvent(event), questions: event.registrationQuestions },
    };
  }
}

function registeredEvent(event: EventEntity): RegisteredEventDto {
  return {
    slug: event.slug,
    title: event.title,
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt.toISOString(),
    format: event.format,
    status: event.status,
  };
}
