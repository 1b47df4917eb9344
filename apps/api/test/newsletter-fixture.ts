import type { DataSource } from 'typeorm';

export interface SubscriptionFixture {
  series?: string[];
  topics?: string[];
  locale?: 'de' | 'en';
  status?: 'confirmed' | 'pending';
}

/** Writes a newsletter subscription straight into the table (confirmed by default); its id. */
export async function insertSubscription(
  dataSource: DataSource,
  email: string,
  choice: SubscriptionFixture = {},
): Promise<string> {
  const [{ id }] = await dataSource.query(
    `INSERT INTO newsletter_subscription (email, email_normalized, status, series, topics, locale,
            consent_text, consent_version, consented_at, confirmed_at, unsubscribe_token_hash)
     VALUES ($1::text, lower($1::text), $2, $3, $4, $5, 'Ja, bitte.', '1', now(), now(),
             md5($1::text) || md5($1::text))
     RETURNING id`,
    [
      email,
      choice.status ?? 'confirmed',
      JSON.stringify(choice.series ?? []),
      JSON.stringify(choice.topics ?? []),
      choice.locale ?? 'de',
    ],
  );
  return id;
}
