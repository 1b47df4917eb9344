import { normaliseEmail } from '@stadtgespraech/domain/rules';
import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';
import { passwordProblem, StaffLinkPurpose } from '@stadtgespraech/domain/staff';
import { DataSource, type EntityManager, LessThan, Not } from 'typeorm';
import { ProblemException } from '../../common/problem.js';
import { AppConfig } from '../../config/app-config.js';
import { hashToken } from '../registrations/registration-tokens.js';
import { SettingsService } from '../settings/settings.service.js';
import { StaffLinkEntity } from './links/staff-link.entity.js';
import { open, seal } from './secret-box.js';
import { StaffAccountEntity } from './staff-account.entity.js';
import { StaffLoginFailureEntity } from './staff-login-failure.entity.js';
import { StaffSessionEntity } from './staff-session.entity.js';
import { newTotpSecret, totpUri, verifyTotp } from './totp.js';

/** What a session still needs before it may do anything but finish the login. */
export type SecondFactorState = 'none' | 'required' | 'setup_required';

/** A staff member's valid session, as the guard hands it to handlers. */
export interface StaffContext {
  account: StaffAccountEntity;
  session: StaffSessionEntity;
}

const newToken = () => randomBytes(32).toString('base64url');
const RECOVERY_CODES = 10;
// Lower-case letters and digits without look-alikes (0/o, 1/l/i): easy to read off paper.
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A one-time recovery code, "xxxx-xxxx-xxxx" (about 59 bits). */
function newRecoveryCode(): string {
  const chars = Array.from(
    { length: 12 },
    () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)],
  );
  return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8)]
    .map((part) => part.join(''))
    .join('-');
}
const ISSUER = 'Stadtgespräch';

// Verifying against this hash when no account matches keeps unknown addresses as slow as known
// ones, so response times reveal nothing.
let dummyHash: Promise<string> | undefined;

/** Staff login, second factor and sessions (ADR 0012). */
@Injectable()
export class StaffAuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly settings: SettingsService,
  ) {}

  /** Hashes a password with argon2id (the library's defaults follow OWASP's recommendation). */
  hashPassword(password: string): Promise<string> {
    return hash(password);
  }

  /**
   * Checks e-mail and password and opens a session. Unknown address, wrong password and a
   * disabled account all answer the same; too many failures for one address lock it for a while.
   */
  async login(email: string, password: string, now = new Date()) {
    const subject = hashToken(normaliseEmail(email));
    await this.assertNotLocked(subject, now);
    const account = await this.dataSource.getRepository(StaffAccountEntity).findOne({
      where: { emailNormalized: normaliseEmail(email) },
      relations: { organisations: true },
    });
    const usable = account && !account.disabledAt && account.passwordHash;
    const valid = usable
      ? await verify(account.passwordHash!, password)
      : (await verify(await (dummyHash ??= hash(newToken())), password), false);
    if (!valid || !account) {
      await this.recordFailure(subject, now);
      throw new ProblemException('AUTH.INVALID_CREDENTIALS');
    }
    await this.dataSource.getRepository(StaffLoginFailureEntity).delete({ subjectHash: subject });
    await this.dataSource
      .getRepository(StaffAccountEntity)
      .update({ id: account.id }, { lastLoginAt: now });
    const state = await this.secondFactorState(account);
    const { token, session } = await this.openSession(account.id, state === 'none', now);
    return { token, context: { account, session } };
  }

  /** The session behind a cookie token, if it is still valid; refreshes its idle timer. */
  async resume(token: string, now = new Date()): Promise<StaffContext | null> {
    const sessions = this.dataSource.getRepository(StaffSessionEntity);
    // Session, account and its organisations in one query: this runs on every staff request.
    const session = await sessions.findOne({
      where: { tokenHash: hashToken(token) },
      relations: { account: { organisations: true } },
    });
    if (!session?.account) return null;
    const idleLimit = now.getTime() - this.config.STAFF_SESSION_IDLE_MINUTES * 60_000;
    if (session.expiresAt <= now || session.lastSeenAt.getTime() <= idleLimit) {
      await sessions.delete({ tokenHash: session.tokenHash });
      return null;
    }
    const { account } = session;
    if (account.disabledAt) return null;
    // One write a minute at most, not one per request.
    if (now.getTime() - session.lastSeenAt.getTime() > 60_000) {
      session.lastSeenAt = now;
      await sessions.update({ tokenHash: session.tokenHash }, { lastSeenAt: now });
    }
    return { account, session };
  }

  /** What the account still has to do with its second factor in this session. */
  async secondFactorState(
    account: StaffAccountEntity,
    session?: StaffSessionEntity,
  ): Promise<SecondFactorState> {
    if (session?.complete) return 'none';
    if (account.totpEnabledAt) return 'required';
    return (await this.secondFactorRequired()) ? 'setup_required' : 'none';
  }

  /** Whether every account must use a second factor: the operator's env or the admins' setting. */
  async secondFactorRequired(manager?: EntityManager): Promise<boolean> {
    return (
      this.config.STAFF_SECOND_FACTOR_REQUIRED ||
      this.settings.get('staff.second_factor_required', manager)
    );
  }

  /** True when the header carries the session's CSRF token. */
  csrfMatches(session: StaffSessionEntity, header: string | undefined): boolean {
    if (!header || header.length !== session.csrfToken.length) return false;
    return timingSafeEqual(Buffer.from(header), Buffer.from(session.csrfToken));
  }

  /**
   * Completes a login with a code of the authenticator app or a recovery code (used up). The
   * session gets a new token, so a token seen before the second factor is worth nothing.
   */
  async completeSecondFactor(context: StaffContext, code: string, now = new Date()) {
    const { account } = context;
    if (!account.totpEnabledAt || !account.totpSecretSealed) {
      throw new ProblemException('AUTH.SECOND_FACTOR_NOT_SET_UP');
    }
    const subject = hashToken(account.emailNormalized);
    await this.assertNotLocked(subject, now);
    const accounts = this.dataSource.getRepository(StaffAccountEntity);
    if (code.includes('-')) {
      const remaining = account.recoveryCodeHashes.filter((h) => h !== hashToken(code));
      if (remaining.length === account.recoveryCodeHashes.length) {
        await this.recordFailure(subject, now);
        throw new ProblemException('AUTH.SECOND_FACTOR_INVALID');
      }
      await accounts.update({ id: account.id }, { recoveryCodeHashes: remaining });
      account.recoveryCodeHashes = remaining;
    } else {
      const step = verifyTotp(
        open(this.config.APP_SECRET, account.totpSecretSealed),
        code,
        now,
        account.totpLastStep,
      );
      if (step === null) {
        await this.recordFailure(subject, now);
        throw new ProblemException('AUTH.SECOND_FACTOR_INVALID');
      }
      await accounts.update({ id: account.id }, { totpLastStep: step });
      account.totpLastStep = step;
    }
    return this.replaceSession(context, now);
  }

  /** Starts (or restarts) setting up the second factor: a new secret, not active until confirmed. */
  async beginTotpSetup(account: StaffAccountEntity) {
    if (account.totpEnabledAt) throw new ProblemException('AUTH.FORBIDDEN');
    const secret = newTotpSecret();
    await this.dataSource
      .getRepository(StaffAccountEntity)
      .update({ id: account.id }, { totpSecretSealed: seal(this.config.APP_SECRET, secret) });
    return { secret, otpauthUri: totpUri(secret, account.email, ISSUER) };
  }

  /**
   * Switches the second factor on with a first valid code and hands out the recovery codes, once.
   * The session counts as complete from then on (it proved both factors).
   */
  async confirmTotpSetup(context: StaffContext, code: string, now = new Date()) {
    const { account } = context;
    if (account.totpEnabledAt) throw new ProblemException('AUTH.FORBIDDEN');
    if (!account.totpSecretSealed) throw new ProblemException('AUTH.SECOND_FACTOR_NOT_SET_UP');
    const step = verifyTotp(open(this.config.APP_SECRET, account.totpSecretSealed), code, now);
    if (step === null) throw new ProblemException('AUTH.SECOND_FACTOR_INVALID');
    const recoveryCodes = Array.from({ length: RECOVERY_CODES }, newRecoveryCode);
    await this.dataSource.getRepository(StaffAccountEntity).update(
      { id: account.id },
      {
        totpEnabledAt: now,
        totpLastStep: step,
        recoveryCodeHashes: recoveryCodes.map(hashToken),
      },
    );
    account.totpEnabledAt = now;
    const replaced = await this.replaceSession(context, now);
    return { ...replaced, recoveryCodes };
  }

  /**
   * Changes the password of the logged-in account after checking the current one; every other
   * session of the account ends (a stolen session cannot outlive the change).
   */
  async changePassword(context: StaffContext, current: string, next: string): Promise<void> {
    const { account, session } = context;
    if (!account.passwordHash || !(await verify(account.passwordHash, current))) {
      throw new ProblemException('AUTH.INVALID_CREDENTIALS');
    }
    const problem = passwordProblem(next, account.email);
    if (problem)
      throw new ProblemException('AUTH.PASSWORD_WEAK', undefined, undefined, { reason: problem });
    await this.dataSource.transaction(async (manager) => {
      await manager
        .getRepository(StaffAccountEntity)
        .update({ id: account.id }, { passwordHash: await this.hashPassword(next) });
      await manager
        .getRepository(StaffSessionEntity)
        .delete({ accountId: account.id, tokenHash: Not(session.tokenHash) });
      // A reset link asked for before is no longer needed, and must not undo this change.
      await manager
        .getRepository(StaffLinkEntity)
        .delete({ accountId: account.id, purpose: StaffLinkPurpose.PasswordReset });
    });
  }

  /** Ends one session. */
  async logout(session: StaffSessionEntity): Promise<void> {
    await this.dataSource
      .getRepository(StaffSessionEntity)
      .delete({ tokenHash: session.tokenHash });
  }

  /** Ends every session of an account (e.g. after a lost device). */
  async logoutEverywhere(accountId: string): Promise<number> {
    const result = await this.dataSource.getRepository(StaffSessionEntity).delete({ accountId });
    return result.affected ?? 0;
  }

  /** Forgets ended sessions, old failures and expired links; run by the maintenance job. */
  async purge(now = new Date()): Promise<number> {
    const ended = await this.dataSource
      .getRepository(StaffSessionEntity)
      .delete({ expiresAt: LessThan(now) });
    const idle = await this.dataSource.getRepository(StaffSessionEntity).delete({
      lastSeenAt: LessThan(
        new Date(now.getTime() - this.config.STAFF_SESSION_IDLE_MINUTES * 60_000),
      ),
    });
    await this.dataSource
      .getRepository(StaffLoginFailureEntity)
      .delete({ failedAt: LessThan(new Date(now.getTime() - 24 * 3_600_000)) });
    await this.dataSource.getRepository(StaffLinkEntity).delete({ expiresAt: LessThan(now) });
    return (ended.affected ?? 0) + (idle.affected ?? 0);
  }

  /** Seconds the session cookie may live (the absolute timeout). */
  get sessionSeconds(): number {
    return this.config.STAFF_SESSION_MAX_HOURS * 3600;
  }

  private async openSession(
    accountId: string,
    complete: boolean,
    now: Date,
    expiresAt = new Date(now.getTime() + this.sessionSeconds * 1000),
  ) {
    const token = newToken();
    const session = await this.dataSource.getRepository(StaffSessionEntity).save({
      tokenHash: hashToken(token),
      accountId,
      csrfToken: newToken(),
      complete,
      lastSeenAt: now,
      expiresAt,
    });
    return { token, session };
  }

  private async replaceSession({ account, session }: StaffContext, now: Date) {
    await this.logout(session);
    // The absolute timeout counts from the first login, not from the second factor.
    const opened = await this.openSession(account.id, true, now, session.expiresAt);
    return { token: opened.token, context: { account, session: opened.session } };
  }

  private async assertNotLocked(subject: string, now: Date): Promise<void> {
    const windowStart = new Date(now.getTime() - this.config.STAFF_LOGIN_LOCK_MINUTES * 60_000);
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS failures, min(failed_at) AS first
         FROM staff_login_failure WHERE subject_hash = $1 AND failed_at > $2`,
      [subject, windowStart],
    );
    if (row.failures < this.config.STAFF_LOGIN_MAX_FAILURES) return;
    const unlocksAt = new Date(row.first).getTime() + this.config.STAFF_LOGIN_LOCK_MINUTES * 60_000;
    const retryAfter = Math.max(1, Math.ceil((unlocksAt - now.getTime()) / 1000));
    throw new ProblemException(
      'AUTH.LOCKED',
      `Try again in ${Math.ceil(retryAfter / 60)} minutes.`,
      undefined,
      { retryAfter },
    );
  }

  private async recordFailure(subject: string, now: Date): Promise<void> {
    await this.dataSource
      .getRepository(StaffLoginFailureEntity)
      .insert({ subjectHash: subject, failedAt: now });
  }
}
