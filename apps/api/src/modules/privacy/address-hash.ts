import { createHash } from 'node:crypto';

/** How the audit log names an e-mail address (normalised) without storing it: its SHA-256. */
export const addressHash = (normalisedEmail: string): string =>
  createHash('sha256').update(normalisedEmail).digest('hex');
