import type { EntityManager } from 'typeorm';

/** Which registrations to anonymise: those of one event, or only some of them. */
export interface AnonymisationScope {
  eventId: string;
  /** Keys of the event's free-text answers (`personalAnswerKeys`). */
  textKeys: string[];
  now: Date;
  /** Only these registrations of the event (erasing one address); all when absent. */
  registrationIds?: string[];
}

/**
 * Removes names, address, organisation, function, free-text answers, the question for the
 * speakers and every personal link of registrations not yet anonymised, and their addresses in
 * the log of sent mails. Status, attendance, organisation type, Bundesland, choice answers and
 * consent records stay (ADR 0014). Returns how many registrations it changed.
 */
export async function anonymiseRegistrations(
  manager: EntityManager,
  scope: AnonymisationScope,
): Promise<number> {
  const only = scope.registrationIds ?? null;
  // Random hashes: the personal links stop working, and no token can ever match them again.
  const [, count] = await manager.query(
    `UPDATE registration SET
        email = id || '@anonymisiert.invalid', email_normalized = id || '@anonymisiert.invalid',
        salutation = NULL, academic_title = NULL, first_name = '', last_name = 'anonymisiert',
        organisation = NULL, function = NULL, question_for_speakers = NULL,
        answers = answers - $2::text[],
        confirmation_token_hash = NULL, confirmation_expires_at = NULL,
        manage_token_hash = md5(random()::text || id) || md5(random()::text || clock_timestamp()),
        join_token_hash = md5(random()::text || id) || md5(clock_timestamp()::text || random()),
        anonymised_at = $3, version = version + 1, updated_at = $3
      WHERE event_id = $1 AND anonymised_at IS NULL AND ($4::uuid[] IS NULL OR id = ANY($4))`,
    [scope.eventId, scope.textKeys, scope.now, only],
  );
  await manager.query(
    `UPDATE sent_message m SET recipient = r.email
       FROM registration r
      WHERE m.registration_id = r.id AND r.event_id = $1 AND m.recipient <> r.email
        AND ($2::uuid[] IS NULL OR r.id = ANY($2))`,
    [scope.eventId, only],
  );
  return count;
}
