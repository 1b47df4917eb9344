// What load runs and drills register for, and as whom: a hot event of the demo content, a
// registration body, and the confirmation token the mail would carry.
import { createHmac } from 'node:crypto';
import { BENCH_SECRET } from './api-process.ts';

export interface HotEvent {
  id: string;
  slug: string;
}

type Query = (text: string, values: unknown[]) => Promise<unknown[]>;

/**
 * The demo content's last published event, opened for registration with the platform's own form,
 * `seats` seats and a waiting list.
 */
export async function openHotEvent(query: Query, seats: number): Promise<HotEvent> {
  const [event] = (await query(
    `UPDATE event SET registration_mode = 'internal', capacity = $1, waitlist_enabled = true,
            registration_opens_at = NULL, registration_deadline = NULL,
            starts_at = now() + interval '7 days', ends_at = now() + interval '7 days 1 hour'
      WHERE id = (SELECT id FROM event WHERE status = 'published' ORDER BY starts_at DESC LIMIT 1)
      RETURNING id, slug`,
    [seats],
  )) as HotEvent[];
  return event!;
}

/** The current version of the consent text of `purpose` (privacy, newsletter, contact). */
export async function consentTextVersion(apiUrl: string, purpose: string): Promise<string> {
  const texts = (await (await fetch(`${apiUrl}/api/v1/consent-texts?locale=de`)).json()) as {
    items: { purpose: string; version: string }[];
  };
  return texts.items.find((text) => text.purpose === purpose)!.version;
}

/** The current version of the privacy text, which every registration must accept. */
export const privacyTextVersion = (apiUrl: string) => consentTextVersion(apiUrl, 'privacy');

/** A registration that accepts the privacy text of `privacyVersion`. */
export const registrationBody = (email: string, privacyVersion: string) => ({
  email,
  firstName: 'Jana',
  lastName: 'Beispiel',
  consents: [{ purpose: 'privacy', granted: true, textVersion: privacyVersion }],
});

/**
 * A header naming one of `people` client addresses, as the portal or reverse proxy in front of
 * the API sends it (TRUST_PROXY): rate limits count per client, and people come from many.
 */
export function fromOneOf(people: number): Record<string, string> {
  const n = Math.floor(Math.random() * people);
  return { 'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` };
}

/** The token of a registration's confirmation mail, as registration-tokens.ts builds it. */
export const confirmToken = (registrationId: string) =>
  createHmac('sha256', BENCH_SECRET).update(`confirm:${registrationId}`).digest('base64url');
