import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';

export interface RegistrationFixture {
  status?: string;
  organisationType?: string | null;
  bundesland?: string | null;
  attended?: boolean;
  /** When it was made; now by default. */
  createdAt?: Date;
}

/** Writes a registration straight into the table (for figures; no mails, no rules). */
export async function insertRegistration(
  dataSource: DataSource,
  eventId: string,
  fixture: RegistrationFixture = {},
): Promise<string> {
  const email = `${randomUUID()}@kommune.example`;
  const [row] = await dataSource.query(
    `INSERT INTO registration (event_id, status, email, email_normalized, first_name, last_name,
            organisation_type, bundesland, answers, locale, manage_token_hash, join_token_hash,
            created_at, attended_at, version)
     VALUES ($1, $2, $3, $3, 'Jana', 'Beispiel', $4, $5, '{}', 'de',
             md5(random()::text) || md5(random()::text), md5(random()::text) || md5(random()::text),
             $6, CASE WHEN $7 THEN $6::timestamptz END, 1)
     RETURNING id`,
    [
      eventId,
      fixture.status ?? 'confirmed',
      email,
      fixture.organisationType === undefined ? 'municipality' : fixture.organisationType,
      fixture.bundesland === undefined ? 'DE-BB' : fixture.bundesland,
      fixture.createdAt ?? new Date(),
      fixture.attended ?? false,
    ],
  );
  return row.id;
}
