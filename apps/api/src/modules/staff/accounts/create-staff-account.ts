import { randomBytes } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { passwordProblem, StaffRole } from '@stadtgespraech/domain/staff';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { OrganisationEntity } from '../../organisations/organisation.entity.js';
import { StaffAccountEntity } from '../staff-account.entity.js';

export interface NewStaffAccount {
  email: string;
  displayName: string;
  role: StaffRole;
  /** Organisation slugs (organiser staff). */
  organisations?: string[];
}

/** Why an account cannot be created, in words for an operator. */
export class StaffAccountError extends Error {}

/** The organisations of `slugs`, and the slugs no organisation has. */
export async function findOrganisations(manager: EntityManager, slugs: readonly string[]) {
  const organisations = slugs.length
    ? await manager.getRepository(OrganisationEntity).findBy({ slug: In([...slugs]) })
    : [];
  const unknown = slugs.filter((slug) => !organisations.some((o) => o.slug === slug));
  return { organisations, unknown };
}

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/**
 * Creates a staff account with a new random password (returned once, stored only as argon2id):
 * for the first administrator of an installation and for scripts. Administrators invite
 * everyone else by mail (`StaffAccountsService.invite`).
 */
export async function createStaffAccount(
  dataSource: DataSource,
  input: NewStaffAccount,
): Promise<{ account: StaffAccountEntity; password: string }> {
  const email = input.email.trim();
  if (!EMAIL.test(email)) throw new StaffAccountError(`Not an e-mail address: ${email}`);
  if (!Object.values(StaffRole).includes(input.role)) {
    throw new StaffAccountError(
      `Unknown role ${input.role}; one of ${Object.values(StaffRole).join(', ')}`,
    );
  }
  const displayName = input.displayName.trim();
  if (!displayName) throw new StaffAccountError('The name must not be empty');
  const { organisations, unknown } = await findOrganisations(
    dataSource.manager,
    input.organisations ?? [],
  );
  if (unknown.length) throw new StaffAccountError(`Unknown organisations: ${unknown.join(', ')}`);
  const accounts = dataSource.getRepository(StaffAccountEntity);
  if (await accounts.existsBy({ emailNormalized: email.toLowerCase() })) {
    throw new StaffAccountError(`An account for ${email} exists already`);
  }
  // 18 random bytes: 24 characters of base64url, far beyond the policy's minimum.
  let password = randomBytes(18).toString('base64url');
  while (passwordProblem(password, email)) password = randomBytes(18).toString('base64url');
  const account = await accounts.save({
    email,
    emailNormalized: email.toLowerCase(),
    displayName,
    role: input.role,
    passwordHash: await hash(password),
    organisations,
  });
  return { account, password };
}
