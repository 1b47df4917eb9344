import type { DataSource } from 'typeorm';

/**
 * Sample registrations for the demo events, so that a newcomer's dashboard, tables and exports
 * show figures. Made up, deterministic per event (the same slug gives the same people), with
 * addresses under `.invalid`, which the outbox never sends to. Loaded by `npm start` and
 * `npm run db:seed`, not by the tests, whose seat counts rely on empty demo events.
 */

export interface DemoRegistration {
  status: 'confirmed' | 'cancelled' | 'expired' | 'waitlisted';
  firstName: string;
  lastName: string;
  email: string;
  organisation: string;
  organisationType: string;
  bundesland: string;
  createdAt: Date;
  attendedAt: Date | null;
}

interface DemoEvent {
  slug: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number | null;
}

const FIRST = [
  'Anna',
  'Jonas',
  'Lea',
  'Tobias',
  'Mia',
  'Felix',
  'Sophie',
  'Lukas',
  'Hannah',
  'Paul',
  'Emma',
  'Jan',
  'Clara',
  'Tim',
  'Marie',
  'Ben',
  'Lena',
  'Max',
  'Laura',
  'Erik',
];
const LAST = [
  'Becker',
  'Schulz',
  'Wagner',
  'Hoffmann',
  'Koch',
  'Richter',
  'Klein',
  'Wolf',
  'Neumann',
  'Schwarz',
  'Zimmermann',
  'Braun',
  'Krüger',
  'Hartmann',
  'Lange',
  'Werner',
  'Krause',
  'Meier',
  'Lehmann',
  'Kaiser',
];
// Small towns and their Länder, as in the network's seeds.
const TOWNS: [string, string][] = [
  ['Wittenberge', 'DE-BB'],
  ['Bad Belzig', 'DE-BB'],
  ['Gudensberg', 'DE-HE'],
  ['Schlüchtern', 'DE-HE'],
  ['Osterburg', 'DE-ST'],
  ['Hann. Münden', 'DE-NI'],
  ['Zell am Harmersbach', 'DE-BW'],
  ['Wolfhagen', 'DE-HE'],
  ['Ludwigslust', 'DE-MV'],
  ['Schwarzenberg', 'DE-SN'],
  ['Hallenberg', 'DE-NW'],
  ['Kirchheimbolanden', 'DE-RP'],
  ['Tirschenreuth', 'DE-BY'],
  ['Mölln', 'DE-SH'],
  ['Sondershausen', 'DE-TH'],
  ['St. Wendel', 'DE-SL'],
];
// Mostly municipal staff, as at the real Web-Talks.
const TYPES: [string, number][] = [
  ['municipality', 55],
  ['county', 10],
  ['association', 12],
  ['initiative', 8],
  ['research_institute', 5],
  ['foundation', 3],
  ['federal_authority', 3],
  ['other', 4],
];

/** A small seeded random generator (mulberry32), so the demo is the same on every machine. */
function generator(seedText: string): () => number {
  let seed = 0;
  for (const char of seedText) seed = (Math.imul(seed, 31) + char.charCodeAt(0)) | 0;
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let value = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function weighted(random: () => number, options: [string, number][]): string {
  let left = random() * options.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [value, weight] of options) {
    left -= weight;
    if (left < 0) return value;
  }
  return options[0]![0];
}

const DAY = 86_400_000;

/**
 * The people who registered for `event`: a past event gets 25–70 (within its seats), mostly
 * confirmed, about three in four of them present; a coming one a few confirmed so far.
 */
export function demoRegistrationsFor(event: DemoEvent, now: Date): DemoRegistration[] {
  const random = generator(event.slug);
  const past = event.endsAt <= now;
  const wanted = past ? 25 + Math.floor(random() * 46) : 3 + Math.floor(random() * 10);
  const count =
    event.capacity === null ? wanted : Math.min(wanted, Math.max(event.capacity - 1, 0));
  const opened = Math.min(event.startsAt.getTime(), now.getTime()) - 28 * DAY;
  const latest = Math.min(event.startsAt.getTime(), now.getTime()) - 60_000;
  return Array.from({ length: count }, (_, index) => {
    const first = FIRST[Math.floor(random() * FIRST.length)]!;
    const last = LAST[Math.floor(random() * LAST.length)]!;
    const [town, bundesland] = TOWNS[Math.floor(random() * TOWNS.length)]!;
    // More people register in the last days before an event.
    const createdAt = new Date(opened + (latest - opened) * Math.sqrt(random()));
    const roll = random();
    const status: DemoRegistration['status'] = !past
      ? 'confirmed'
      : roll < 0.82
        ? 'confirmed'
        : roll < 0.92
          ? 'cancelled'
          : 'expired';
    return {
      status,
      firstName: first,
      lastName: last,
      email: `${first}.${last}.${index + 1}@demo.invalid`.toLowerCase().replace(/ü/g, 'ue'),
      organisation: `Stadt ${town}`,
      organisationType: weighted(random, TYPES),
      bundesland,
      createdAt,
      attendedAt: past && status === 'confirmed' && random() < 0.76 ? event.startsAt : null,
    };
  });
}

/**
 * Adds the sample registrations to every published demo or archive event with registration on
 * the platform that has none yet; returns how many it added. Running it again adds nothing.
 */
export async function seedDemoRegistrations(
  dataSource: DataSource,
  now = new Date(),
): Promise<number> {
  return dataSource.transaction(async (manager) => {
    await manager.query("SELECT pg_advisory_xact_lock(hashtext('stadtgespraech.seed'))");
    const events: {
      id: string;
      slug: string;
      startsAt: Date;
      endsAt: Date;
      capacity: number | null;
    }[] = await manager.query(
      `SELECT e.id, e.slug, e.starts_at AS "startsAt", e.ends_at AS "endsAt", e.capacity
           FROM event e
          WHERE e.status = 'published' AND e.registration_mode = 'internal' AND NOT e.is_teaser
            AND NOT EXISTS (SELECT 1 FROM registration r WHERE r.event_id = e.id)`,
    );
    let added = 0;
    for (const event of events) {
      const rows = demoRegistrationsFor(event, now);
      if (rows.length === 0) continue;
      const column = <K extends keyof DemoRegistration>(key: K) => rows.map((row) => row[key]);
      await manager.query(
        `INSERT INTO registration (event_id, status, email, email_normalized, first_name, last_name,
                organisation, organisation_type, bundesland, answers, locale, manage_token_hash,
                join_token_hash, created_at, cancelled_at, attended_at, version)
         SELECT $1, t.status, t.email, t.email, t.first_name, t.last_name, t.organisation,
                t.organisation_type, t.bundesland, '{}', 'de',
                md5(random()::text || t.email) || md5(clock_timestamp()::text || t.email),
                md5(t.email || random()::text) || md5(t.email || clock_timestamp()::text),
                t.created_at,
                CASE WHEN t.status = 'cancelled' THEN t.created_at + interval '1 day' END,
                t.attended_at, 1
           FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                       $8::text[], $9::timestamptz[], $10::timestamptz[])
             AS t(status, email, first_name, last_name, organisation, organisation_type,
                  bundesland, created_at, attended_at)`,
        [
          event.id,
          column('status'),
          column('email'),
          column('firstName'),
          column('lastName'),
          column('organisation'),
          column('organisationType'),
          column('bundesland'),
          column('createdAt'),
          column('attendedAt'),
        ],
      );
      added += rows.length;
    }
    return added;
  });
}
