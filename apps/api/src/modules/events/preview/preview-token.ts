import { createHmac, timingSafeEqual } from 'node:crypto';

/** How long a preview link works: a week, enough to send a draft round the co-organisers. */
export const PREVIEW_LINK_DAYS = 7;

// `<event id>.<expiry in Unix seconds, base 36>.<HMAC-SHA-256, base64url>`.
const TOKEN = /^([0-9a-f-]{36})\.([0-9a-z]{1,10})\.([A-Za-z0-9_-]{43})$/;

const signature = (secret: string, eventId: string, expiry: string) =>
  createHmac('sha256', secret).update(`preview:${eventId}:${expiry}`).digest('base64url');

/**
 * A link token that shows one event, draft or not, until `expiresAt`. Signed with APP_SECRET and
 * stored nowhere: it cannot be withdrawn before it expires, except by changing APP_SECRET.
 */
export function previewToken(secret: string, eventId: string, expiresAt: Date): string {
  const expiry = Math.floor(expiresAt.getTime() / 1000).toString(36);
  return `${eventId}.${expiry}.${signature(secret, eventId, expiry)}`;
}

/** The event a preview token shows; `invalid` for a wrong or altered one, `expired` after. */
export function readPreviewToken(
  secret: string,
  token: string,
  now: Date,
): { eventId: string } | 'invalid' | 'expired' {
  const match = TOKEN.exec(token);
  if (!match) return 'invalid';
  const [, eventId, expiry, given] = match as unknown as [string, string, string, string];
  const expected = Buffer.from(signature(secret, eventId, expiry));
  if (!timingSafeEqual(expected, Buffer.from(given))) return 'invalid';
  return parseInt(expiry, 36) * 1000 <= now.getTime() ? 'expired' : { eventId };
}
