import { createHash, createHmac } from 'node:crypto';

export type TokenPurpose = 'confirm' | 'manage' | 'join';

/**
 * The personal token of a registration for one purpose: an HMAC of the registration id under
 * APP_SECRET. It can be rebuilt for every mail (reminders included) without storing it; the
 * database keeps only its SHA-256, so a leaked database reveals no working link.
 */
export function registrationToken(
  secret: string,
  purpose: TokenPurpose,
  registrationId: string,
): string {
  return createHmac('sha256', secret).update(`${purpose}:${registrationId}`).digest('base64url');
}

/** SHA-256 (hex) of a token, as stored and looked up. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Tokens are 43 base64url characters; anything else is refused before a database look-up. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
