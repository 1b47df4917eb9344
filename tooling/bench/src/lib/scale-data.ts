// Fills a database with the demo content to the size of a large network: rows copied from a
// template row of each table with generate_series, inside PostgreSQL. Columns are read from the
// catalogue, so that a new column is copied from the template without a change here; only the
// columns that must differ (keys, unique values, what a search or sort looks at) are given.
import type pg from 'pg';

export interface ScaleTargets {
  events: number;
  registrations: number;
  subscribers: number;
}

export interface ScaleEvents {
  /** Gets `hotRegistrations` of the registrations (the admin table and export of a big event). */
  hotEventId: string;
  hotRegistrations: number;
  /** Gets `secondRegistrations` of them (the same export, a tenth of the size). */
  secondEventId: string;
  secondRegistrations: number;
  /** Gets `typicalRegistrations`, as many as a generated event has on average. */
  typicalEventId: string;
  typicalRegistrations: number;
}

const TOPICS = [
  'Klimaanpassung',
  'Innenstadt',
  'Mobilität',
  'Ehrenamt',
  'Digitalisierung',
  'Wohnen',
  'Daseinsvorsorge',
  'Beteiligung',
];
const LAST_NAMES = ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner'];
const array = (values: string[]) => `ARRAY[${values.map((v) => `'${v}'`).join(', ')}]`;
/** A last name as varied as in a real list: a common stem and a number (few share one). */
const lastName = `(${array(LAST_NAMES)})[1 + i % ${LAST_NAMES.length}] || '-' || (i % 9973)`;

/** A unique 64-character hex value per row, or NULL where the template has none. */
const uniqueHash = (column: string, tag: string) =>
  `CASE WHEN t."${column}" IS NULL THEN NULL ELSE encode(sha256(('${tag}' || i)::bytea), 'hex') END`;

/**
 * Copies the template row of `table` (the first matching `where`) `count` times. `overrides`
 * gives a column an SQL expression over `t` (the template), `i` (1…count) and `from`'s names.
 */
async function copyRows(
  client: pg.Client,
  table: string,
  where: string,
  count: number,
  overrides: Record<string, string>,
  from = '',
) {
  const { rows: columns } = await client.query<{ name: string; type: string }>(
    `SELECT attname AS name, format_type(atttypid, atttypmod) AS type FROM pg_attribute
      WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = ''
      ORDER BY attnum`,
    [table],
  );
  const unknown = Object.keys(overrides).filter((name) => !columns.some((c) => c.name === name));
  if (unknown.length > 0) throw new Error(`${table} has no column ${unknown.join(', ')}`);
  const names = columns.map((c) => `"${c.name}"`).join(', ');
  const values = columns
    .map((c) => (overrides[c.name] ? `(${overrides[c.name]})::${c.type}` : `t."${c.name}"`))
    .join(', ');
  await client.query(
    `INSERT INTO "${table}" (${names})
     SELECT ${values} FROM (SELECT * FROM "${table}" WHERE ${where} LIMIT 1) t${from},
            generate_series(1, ${count}) AS i`,
  );
}

/** Generated events: half in the past, half to come, three hours apart. */
async function addEvents(client: pg.Client, count: number, templateId: string) {
  await copyRows(client, 'event', `id = '${templateId}'`, count, {
    id: 'gen_random_uuid()',
    slug: `'skala-' || i`,
    title: `(${array(TOPICS)})[1 + i % ${TOPICS.length}] || ' in der Kleinstadt – Gespräch ' || i`,
    starts_at: `now() + (i - ${count / 2}) * interval '3 hours'`,
    ends_at: `now() + (i - ${count / 2}) * interval '3 hours' + interval '1 hour'`,
    status: `'published'`,
  });
}

/**
 * `count` registrations for the event of the SQL expression `eventId` (which may use `from`),
 * with addresses and tokens unique by `tag`.
 */
async function addRegistrations(
  client: pg.Client,
  templateId: string,
  count: number,
  tag: string,
  eventId: string,
  from = '',
) {
  await copyRows(
    client,
    'registration',
    `id = '${templateId}'`,
    count,
    {
      id: 'gen_random_uuid()',
      event_id: eventId,
      email: `'${tag}.' || i || '@kommune.example'`,
      email_normalized: `'${tag}.' || i || '@kommune.example'`,
      last_name: lastName,
      status: `CASE WHEN i % 10 < 6 THEN 'confirmed' ELSE t.status END`,
      created_at: `now() - i * interval '1 second'`,
      queued_at: `now() - i * interval '1 second'`,
      confirmation_token_hash: uniqueHash('confirmation_token_hash', `${tag}-c`),
      manage_token_hash: uniqueHash('manage_token_hash', `${tag}-m`),
      join_token_hash: uniqueHash('join_token_hash', `${tag}-j`),
    },
    from,
  );
}

/**
 * Adds generated events, registrations and subscribers until the targets are reached; needs one
 * registration and one newsletter subscription as templates. Compacts the registration counts,
 * vacuums and analyses at the end.
 */
export async function fillToScale(
  client: pg.Client,
  targets: ScaleTargets,
  big: ScaleEvents,
): Promise<void> {
  const count = async (table: string) =>
    Number((await client.query(`SELECT count(*)::int AS n FROM "${table}"`)).rows[0].n);
  const [registrationTemplate] = (
    await client.query<{ id: string }>('SELECT id FROM registration WHERE event_id = $1 LIMIT 1', [
      big.hotEventId,
    ])
  ).rows;
  await addEvents(client, targets.events - (await count('event')), big.hotEventId);
  await addRegistrations(
    client,
    registrationTemplate!.id,
    big.hotRegistrations,
    'gross',
    `'${big.hotEventId}'`,
  );
  await addRegistrations(
    client,
    registrationTemplate!.id,
    big.secondRegistrations,
    'zweit',
    `'${big.secondEventId}'`,
  );
  await addRegistrations(
    client,
    registrationTemplate!.id,
    big.typicalRegistrations,
    'typisch',
    `'${big.typicalEventId}'`,
  );
  // The rest spread over the generated events (a hundred or so each).
  await addRegistrations(
    client,
    registrationTemplate!.id,
    targets.registrations - (await count('registration')),
    'verteilt',
    'e.ids[1 + i % array_length(e.ids, 1)]',
    `, (SELECT array_agg(id) AS ids FROM event WHERE slug LIKE 'skala-%') e`,
  );
  await copyRows(
    client,
    'newsletter_subscription',
    'true',
    targets.subscribers - (await count('newsletter_subscription')),
    {
      id: 'gen_random_uuid()',
      email: `'leser.' || i || '@kommune.example'`,
      email_normalized: `'leser.' || i || '@kommune.example'`,
      confirm_token_hash: uniqueHash('confirm_token_hash', 'leser-c'),
      unsubscribe_token_hash: uniqueHash('unsubscribe_token_hash', 'leser-u'),
    },
  );
  // Where the maintenance job and autovacuum would be after a while: the counts per event and
  // status summed (migration RegistrationCountDeltas), statistics and visibility map up to date.
  await client.query('SELECT registration_count_compact()');
  await client.query('VACUUM ANALYZE');
}
