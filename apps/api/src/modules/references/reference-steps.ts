import type { EntityManager, EntityTarget } from 'typeorm';
import { ProblemException } from '../../common/problem.js';
import type { ProblemCode } from '../../common/problem-codes.js';
import { slugify, uniqueSlug } from '@stadtgespraech/domain/rules';
import { isUniqueViolation } from '../../database/errors.js';
import type { AuditRecord } from '../audit/audit.service.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import type { StaffActor } from '../staff/staff-actor.js';

/** Locks one row of a reference table for the rest of the transaction, or throws `notFound`. */
export async function lockReference<T extends { id: string }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  notFound: ProblemCode,
): Promise<T> {
  const row = await manager.findOne(entity, {
    where: { id } as never,
    lock: { mode: 'pessimistic_write' },
  });
  if (!row) throw new ProblemException(notFound);
  return row;
}

/**
 * Locks the duplicate `id` and the item `into` it is merged into, in a fixed order so two
 * merges of the same pair cannot deadlock. Merging an item into itself throws `intoItself`.
 */
export async function lockForMerge<T extends { id: string }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  ids: { id: string; into: string },
  codes: { notFound: ProblemCode; intoItself: ProblemCode },
): Promise<{ source: T; target: T }> {
  if (ids.id === ids.into) throw new ProblemException(codes.intoItself);
  const locked: T[] = [];
  for (const id of [ids.id, ids.into].sort())
    locked.push(await lockReference(manager, entity, id, codes.notFound));
  return {
    source: locked.find((row) => row.id === ids.id)!,
    target: locked.find((row) => row.id === ids.into)!,
  };
}

/**
 * The audit entry of a change of a reference; the subject type is the action's first part
 * ("series.merge" → series).
 */
export function referenceChange(
  actor: StaffActor,
  action: string,
  id: string,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): AuditRecord {
  return {
    account: actor.staff.account,
    clientIp: actor.clientIp,
    action,
    subject: { type: action.split('.')[0]!, id },
    before,
    after,
  };
}

/** A free slug for a new row of a reference table, from its name or title. */
export async function freeSlug(
  manager: EntityManager,
  entity: EntityTarget<{ slug: string }>,
  text: string,
): Promise<string> {
  const taken = new Set(
    (await manager.find(entity, { select: { slug: true } })).map((row) => row.slug),
  );
  return uniqueSlug(slugify(text), (slug) => taken.has(slug));
}

/** Refuses a change based on another version than `current`'s (412, with `currentVersion`). */
export function assertVersion(current: { version: number }, version: number, stale: ProblemCode) {
  if (current.version !== version)
    throw new ProblemException(stale, undefined, undefined, { currentVersion: current.version });
}

/**
 * Writes the changed columns of a reference row and raises its version — also when no column
 * changes (a change of its lists only); a slug another row has becomes `slug.taken`.
 */
export function updateVersionedRow<T extends { version: number }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  columns: Partial<T>,
  slug: { constraint: string; taken: ProblemCode },
) {
  return writeWithSlug(
    () =>
      manager.update(
        entity,
        { id } as never,
        { ...columns, version: () => 'version + 1' } as never,
      ),
    slug.constraint,
    slug.taken,
  );
}

/** Runs a write of a reference row; a violation of its unique slug becomes `taken`. */
export async function writeWithSlug<T>(
  run: () => Promise<T>,
  constraint: string,
  taken: ProblemCode,
): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isUniqueViolation(error, constraint)) throw new ProblemException(taken);
    throw error;
  }
}

/**
 * Replaces slug `from` by `to` (or drops it, `to` null) in the series or topics every newsletter
 * subscription chose, without doubles: renames and merges keep what subscribers asked for.
 */
export async function renameInSubscriptions(
  manager: EntityManager,
  choice: 'series' | 'topics',
  from: string,
  to: string | null,
): Promise<void> {
  // `choice` is one of two fixed column names, never input.
  await manager.query(
    `UPDATE newsletter_subscription
        SET ${choice} = (SELECT coalesce(jsonb_agg(DISTINCT slug), '[]'::jsonb)
                           FROM (SELECT CASE WHEN value = $1 THEN $2::text ELSE value END AS slug
                                   FROM jsonb_array_elements_text(${choice})) AS chosen
                          WHERE slug IS NOT NULL)
      WHERE ${choice} ? $1`,
    [from, to],
  );
}

/**
 * Refuses an `organisationId` of the request that names no organisation (`unknown`, pointing at
 * the field) — before the foreign key would turn it into a 500. None given passes.
 */
export async function assertOrganisationExists(
  manager: EntityManager,
  id: string | null | undefined,
  unknown: ProblemCode,
): Promise<void> {
  if (!id || (await manager.existsBy(OrganisationEntity, { id }))) return;
  throw new ProblemException(unknown, undefined, [
    { pointer: 'request.organisationId', messages: ['organisationId names no organisation'] },
  ]);
}
