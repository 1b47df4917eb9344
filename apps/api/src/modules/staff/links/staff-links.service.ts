import { normaliseEmail } from '@stadtgespraech/domain/rules';
import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  INVITATION_VALID_DAYS,
  PASSWORD_RESET_VALID_MINUTES,
  passwordProblem,
  StaffLinkPurpose,
} from '@stadtgespraech/domain/staff';
import { DataSource, type EntityManager, MoreThan } from 'typeorm';
import { ProblemException } from '../../../common/problem.js';
import { AppConfig } from '../../../config/app-config.js';
import { AuditService } from '../../audit/audit.service.js';
import { MailTemplate, type StaffMailData } from '../../mail/mail.types.js';
import { OutboxService } from '../../mail/outbox.service.js';
import { hashToken } from '../../registrations/registration-tokens.js';
import { StaffAccountEntity } from '../staff-account.entity.js';
import { StaffAuthService } from '../staff-auth.service.js';
import { StaffLoginFailureEntity } from '../staff-login-failure.entity.js';
import { StaffSessionEntity } from '../staff-session.entity.js';
import { StaffLinkEntity } from './staff-link.entity.js';

const VALIDITY_MS: Record<StaffLinkPurpose, number> = {
  [StaffLinkPurpose.Invitation]: INVITATION_VALID_DAYS * 24 * 3_600_000,
  [StaffLinkPurpose.PasswordReset]: PASSWORD_RESET_VALID_MINUTES * 60_000,
};
const TEMPLATE: Record<StaffLinkPurpose, MailTemplate> = {
  [StaffLinkPurpose.Invitation]: MailTemplate.StaffInvitation,
  [StaffLinkPurpose.PasswordReset]: MailTemplate.StaffPasswordReset,
};
// One reset mail per address in this time at most: the form cannot be used to flood a mailbox.
const RESET_MAIL_GAP_MS = 2 * 60_000;

/**
 * Invitation and password-reset links: issued with their mail through the outbox, checked, and
 * used once to set a password.
 */
@Injectable()
export class StaffLinksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly outbox: OutboxService,
    private readonly auth: StaffAuthService,
    private readonly audit: AuditService,
  ) {}

  /** The admin app's login page, for mails. */
  get loginUrl(): string {
    return this.adminPage('/anmelden');
  }

  /** The full address of a page of the admin app. */
  private adminPage(path: string): string {
    return `${this.config.ADMIN_URL.replace(/\/+$/, '')}${path}`;
  }

  /**
   * Issues a link in `manager`'s transaction and queues its mail; an older link of the same
   * purpose stops working. The token travels in the URL's fragment, which browsers send to no
   * server, so it stays out of access logs and Referer headers.
   */
  async issue(
    manager: EntityManager,
    account: StaffAccountEntity,
    purpose: StaffLinkPurpose,
    now: Date,
    actorName?: string,
  ): Promise<void> {
    const links = manager.getRepository(StaffLinkEntity);
    await links.delete({ accountId: account.id, purpose });
    const token = randomBytes(32).toString('base64url');
    const tokenHash = hashToken(token);
    const expiresAt = new Date(now.getTime() + VALIDITY_MS[purpose]);
    await links.insert({ tokenHash, accountId: account.id, purpose, expiresAt });
    const data: StaffMailData = {
      displayName: account.displayName,
      loginUrl: this.loginUrl,
      link: this.adminPage(`/passwort-setzen#${token}`),
      expiresAt: expiresAt.toISOString(),
      ...(actorName ? { actorName } : {}),
    };
    await this.outbox.enqueue(manager, {
      sendKey: `staff-link:${tokenHash}`,
      template: TEMPLATE[purpose],
      to: account.email,
      locale: 'de',
      data: { ...data },
    });
  }

  /**
   * Sends a reset link when the address belongs to an account that is not disabled. The caller
   * answers the same either way, so the form reveals no accounts.
   */
  async requestReset(email: string, clientIp: string | null, now = new Date()): Promise<void> {
    const account = await this.dataSource
      .getRepository(StaffAccountEntity)
      .findOneBy({ emailNormalized: normaliseEmail(email) });
    if (!account || account.disabledAt) return;
    await this.dataSource.transaction(async (manager) => {
      // Serialises requests of one account, so two at once cannot both pass the gap check.
      await manager.query('SELECT id FROM staff_account WHERE id = $1 FOR UPDATE', [account.id]);
      const recent = await manager.getRepository(StaffLinkEntity).existsBy({
        accountId: account.id,
        purpose: StaffLinkPurpose.PasswordReset,
        createdAt: MoreThan(new Date(now.getTime() - RESET_MAIL_GAP_MS)),
      });
      if (recent) return;
      await this.issue(manager, account, StaffLinkPurpose.PasswordReset, now);
      await this.audit.record(
        {
          account: null,
          action: 'staff.password_reset_requested',
          subject: { type: 'staff_account', id: account.id },
          clientIp,
        },
        manager,
      );
    });
  }

  /** Who a link is for and until when it works; 404 when unknown or used, 410 when expired. */
  async inspect(token: string, now = new Date()) {
    const { link, account } = this.usable(await this.find(this.dataSource.manager, token), now);
    return {
      purpose: link.purpose,
      email: account.email,
      displayName: account.displayName,
      expiresAt: link.expiresAt.toISOString(),
    };
  }

  /**
   * Sets the password through a link: the link and every other link of the account are used
   * up, every session ends, and the account's failed logins are forgotten.
   */
  async complete(
    token: string,
    newPassword: string,
    clientIp: string | null,
    now = new Date(),
  ): Promise<void> {
    const preview = await this.inspect(token, now);
    const problem = passwordProblem(newPassword, preview.email);
    if (problem)
      throw new ProblemException('AUTH.PASSWORD_WEAK', undefined, undefined, { reason: problem });
    // argon2 is slow on purpose: hash before the transaction, not while holding the lock.
    const passwordHash = await this.auth.hashPassword(newPassword);
    await this.dataSource.transaction(async (manager) => {
      // The row lock makes a second use of the same link wait, then find it gone.
      await manager.query('SELECT 1 FROM staff_link WHERE token_hash = $1 FOR UPDATE', [
        hashToken(token),
      ]);
      const { link, account } = this.usable(await this.find(manager, token), now);
      await manager.getRepository(StaffAccountEntity).update({ id: account.id }, { passwordHash });
      await manager.getRepository(StaffLinkEntity).delete({ accountId: account.id });
      await manager.getRepository(StaffSessionEntity).delete({ accountId: account.id });
      await manager
        .getRepository(StaffLoginFailureEntity)
        .delete({ subjectHash: hashToken(account.emailNormalized) });
      await this.audit.record(
        {
          account: { id: account.id, email: account.email },
          action:
            link.purpose === StaffLinkPurpose.Invitation
              ? 'staff.invitation_accepted'
              : 'staff.password_reset',
          subject: { type: 'staff_account', id: account.id },
          clientIp,
        },
        manager,
      );
    });
  }

  private find(manager: EntityManager, token: string): Promise<StaffLinkEntity | null> {
    return manager.getRepository(StaffLinkEntity).findOne({
      where: { tokenHash: hashToken(token) },
      relations: { account: true },
    });
  }

  /** The link and its account when it may still be used, or the problem why not. */
  private usable(link: StaffLinkEntity | null, now: Date) {
    if (!link?.account || link.account.disabledAt) throw new ProblemException('AUTH.LINK_INVALID');
    if (link.expiresAt <= now) throw new ProblemException('AUTH.LINK_EXPIRED');
    return { link, account: link.account };
  }
}
