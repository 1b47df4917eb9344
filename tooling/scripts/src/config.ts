// Ports and database of a local run, from the environment with defaults.
import { resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../../..');

function port(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65_535) {
    console.error(`${name} must be a TCP port (1-65535), got "${raw}".`);
    process.exit(2);
  }
  return value;
}

export const localConfig = {
  portalPort: port('PORTAL_PORT', 3000),
  apiPort: port('API_PORT', 3001),
  adminPort: port('ADMIN_PORT', 3002),
  mailWebPort: port('MAIL_WEB_PORT', 3003),
  mailSmtpPort: port('MAIL_SMTP_PORT', 1025),
  embeddedPgPort: port('EMBEDDED_PG_PORT', 54320),
  embeddedPgDir: resolve(repoRoot, process.env.EMBEDDED_PG_DIR || '.data/postgres'),
  databaseUrl: process.env.DATABASE_URL || undefined,
  /** An SMTP server of your own; without it, the mail catcher starts. */
  smtpUrl: process.env.SMTP_URL || undefined,
};
