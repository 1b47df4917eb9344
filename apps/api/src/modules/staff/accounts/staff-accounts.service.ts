import { normaliseEmail } from '@stadtgespraech/domain/rules';
import { Injectable } from '@nestjs/common';
import { type StaffAccountInputDto, StaffLinkPurpose } from '@stadtgespraech/domain/staff';
import { DataSource, type EntityManager } from 'typeorm';
import { ProblemException } from '../../../common/problem.js';
import { isUniqueViolation } from '../../../database/errors.js';
import { AuditService } from '../../audit/audit.service.js';
import { MailTemplate, type StaffMailData } from '../../mail/mail.types.js';
import { OutboxService } from '../../mail/outbox.service.js';
import { StaffLinkEntity } from '../links/staff-link.entity.js';
import { StaffLinksService } from '../links/staff-links.service.js';
import { StaffAccountEntity } from '../staff-account.entity.js';
import type { StaffActor } from '../staff-actor.js';
import { StaffSessionEntity } from '../staff-session.entity.js';
import { findOrganisations } from './create-staff-account.js';

/** The fields an administrator edits, as the audit log records them before and after. */
function snapshot(account: StaffAccountEntity) {
  return {
    email: account.email,
    displayName: account.displayName,
    role: account.role,
    organisations: (account.organisations ?? []).map((o) => o.slug).sort(),
  };
}

/**
 * Staff management by administrators: invite, edit, disable and enable accounts, send an
 * invitation again, reset a lost second factor. Administrators cannot lock themselves out:
 * their own role, status and second factor are not theirs to change here.
 */
@Injectable()
export class StaffAccountsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly links: StaffLinksService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<StaffAccountEntity[]> {
    return this.dataSource.getRepository(StaffAccountEntity).find({
      relations: { organisations: true },
      order: { displayName: 'ASC' },
    });
  }

  async get(id: string, manager = this.dataSource.manager): Promise<StaffAccountEntity> {
    const account = await manager
      .getRepository(StaffAccountEntity)
      .findOne({ where: { id }, relations: { organisations: true } });
    if (!account) throw new ProblemException('STAFF.NOT_FOUND');
    return account;
  }

  /** Creates an account without a password and mails the invitation to choose one. */
  async invite(input: StaffAccountInputDto, actor: StaffActor, now = new Date()) {
    return this.emailChecked(() =>
      this.dataSource.transaction(async (manager) => {
        const email = input.email.trim();
        await this.assertEmailFree(manager, email);
        const organisations = await this.organisations(manager, input.organisations);
        const { id } = await manager.getRepository(StaffAccountEntity).save({
          email,
          emailNormalized: normaliseEmail(email),
          displayName: input.displayName.trim(),
          role: input.role,
          passwordHash: null,
          organisations,
        });
        const account = await this.get(id, manager);
        await this.sendInvitation(manager, account, actor, now);
        await this.log(manager, actor, 'staff.invite', account, { after: snapshot(account) });
        return account;
      }),
    );
  }

  /** Changes name, address, role and organisations on the version the administrator loaded. */
  async update(id: string, version: number, input: StaffAccountInputDto, actor: StaffActor) {
    return this.emailChecked(() =>
      this.dataSource.transaction(async (manager) => {
        const account = await this.lock(manager, id);
        if (account.version !== version) throw new ProblemException('STAFF.STALE');
        if (account.id === actor.staff.account.id && input.role !== account.role)
          throw new ProblemException('STAFF.OWN_ACCOUNT');
        const email = input.email.trim();
        if (normaliseEmail(email) !== account.emailNormalized) {
          await this.assertEmailFree(manager, email);
          // A link mailed to the old address must not open the account any more.
          await manager.getRepository(StaffLinkEntity).delete({ accountId: account.id });
        }
        const before = snapshot(account);
        Object.assign(account, {
          email,
          emailNormalized: normaliseEmail(email),
          displayName: input.displayName.trim(),
          role: input.role,
          organisations: await this.organisations(manager, input.organisations),
          version: account.version + 1,
        });
        await manager.getRepository(StaffAccountEntity).save(account);
        const after = snapshot(account);
        await this.log(manager, actor, 'staff.update', account, { before, after });
        return this.get(id, manager);
      }),
    );
  }

  /** Mails a new invitation link (the old one stops working) to an account without password. */
  async resendInvitation(id: string, actor: StaffActor, now = new Date()) {
    return this.dataSource.transaction(async (manager) => {
      const account = await this.lock(manager, id);
      if (account.passwordHash) throw new ProblemException('STAFF.ALREADY_ACTIVE');
      if (account.disabledAt) throw new ProblemException('STAFF.DISABLED');
      await this.sendInvitation(manager, account, actor, now);
      await this.log(manager, actor, 'staff.invitation_resent', account);
      return account;
    });
  }

  /** Locks an account out: its sessions end and its links stop working. */
  async disable(id: string, actor: StaffActor, now = new Date()) {
    return this.dataSource.transaction(async (manager) => {
      const account = await this.lockOther(manager, id, actor);
      if (account.disabledAt) return account;
      account.disabledAt = now;
      await manager.getRepository(StaffAccountEntity).update({ id }, { disabledAt: now });
      await manager.getRepository(StaffSessionEntity).delete({ accountId: id });
      await manager.getRepository(StaffLinkEntity).delete({ accountId: id });
      await this.log(manager, actor, 'staff.disable', account);
      return account;
    });
  }

  /** Lets a disabled account log in again (an invited one needs a new invitation). */
  async enable(id: string, actor: StaffActor) {
    return this.dataSource.transaction(async (manager) => {
      const account = await this.lockOther(manager, id, actor);
      if (!account.disabledAt) return account;
      account.disabledAt = null;
      await manager.getRepository(StaffAccountEntity).update({ id }, { disabledAt: null });
      await this.log(manager, actor, 'staff.enable', account);
      return account;
    });
  }

  /**
   * Removes a lost second factor: authenticator secret and recovery codes go, every session
   * ends, and the person is told by mail. They set up a new one at the next login when the
   * installation requires it, or on their account page.
   */
  async resetSecondFactor(id: string, actor: StaffActor) {
    return this.dataSource.transaction(async (manager) => {
      const account = await this.lockOther(manager, id, actor);
      if (!account.totpEnabledAt && !account.totpSecretSealed) return account;
      const enabledAt = account.totpEnabledAt;
      await manager.getRepository(StaffAccountEntity).update(
        { id },
        {
          totpSecretSealed: null,
          totpEnabledAt: null,
          totpLastStep: null,
          recoveryCodeHashes: [],
        },
      );
      await manager.getRepository(StaffSessionEntity).delete({ accountId: id });
      if (enabledAt) {
        const data: StaffMailData = {
          displayName: account.displayName,
          loginUrl: this.links.loginUrl,
          actorName: actor.staff.account.displayName,
        };
        await this.outbox.enqueue(manager, {
          // The factor is known by when it was switched on: one mail per factor reset.
          sendKey: `staff-second-factor-reset:${id}:${enabledAt.getTime()}`,
          template: MailTemplate.StaffSecondFactorReset,
          to: account.email,
          locale: 'de',
          data: { ...data },
        });
      }
      await this.log(manager, actor, 'staff.second_factor_reset', account);
      return this.get(id, manager);
    });
  }

  /** A new invitation link by mail, naming the administrator who sends it. */
  private sendInvitation(
    manager: EntityManager,
    account: StaffAccountEntity,
    actor: StaffActor,
    now: Date,
  ) {
    return this.links.issue(
      manager,
      account,
      StaffLinkPurpose.Invitation,
      now,
      actor.staff.account.displayName,
    );
  }

  /** The account, locked for the change (404 when missing). */
  private async lock(manager: EntityManager, id: string): Promise<StaffAccountEntity> {
    const [row] = await manager.query('SELECT id FROM staff_account WHERE id = $1 FOR UPDATE', [
      id,
    ]);
    if (!row) throw new ProblemException('STAFF.NOT_FOUND');
    return this.get(id, manager);
  }

  /** As `lock`, for actions an administrator may not take on their own account. */
  private async lockOther(manager: EntityManager, id: string, actor: StaffActor) {
    if (id === actor.staff.account.id) throw new ProblemException('STAFF.OWN_ACCOUNT');
    return this.lock(manager, id);
  }

  /** Runs `change`; a concurrent change that took the address first answers as a taken one. */
  private async emailChecked<T>(change: () => Promise<T>): Promise<T> {
    try {
      return await change();
    } catch (error) {
      if (isUniqueViolation(error, 'UQ_staff_account_email'))
        throw new ProblemException('STAFF.EMAIL_TAKEN');
      throw error;
    }
  }

  private async assertEmailFree(manager: EntityManager, email: string): Promise<void> {
    const taken = await manager
      .getRepository(StaffAccountEntity)
      .existsBy({ emailNormalized: normaliseEmail(email) });
    if (taken) throw new ProblemException('STAFF.EMAIL_TAKEN');
  }

  private async organisations(manager: EntityManager, slugs: string[]) {
    const { organisations, unknown } = await findOrganisations(manager, slugs);
    if (unknown.length)
      throw new ProblemException('STAFF.UNKNOWN_ORGANISATION', undefined, undefined, { unknown });
    return organisations;
  }

  private log(
    manager: EntityManager,
    actor: StaffActor,
    action: string,
    account: StaffAccountEntity,
    change: { before?: Record<string, unknown>; after?: Record<string, unknown> } = {},
  ) {
    const { id, email } = actor.staff.account;
    return this.audit.record(
      {
        account: { id, email },
        action,
        subject: { type: 'staff_account', id: account.id },
        ...change,
        clientIp: actor.clientIp,
      },
      manager,
    );
  }
}
