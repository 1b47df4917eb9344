import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * APP_SECRET from the environment, else one generated once and kept in `file`: stable across
 * restarts, so that the personal links already mailed keep working.
 */
export function appSecret(file: string): string {
  if (process.env.APP_SECRET) return process.env.APP_SECRET;
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(48).toString('base64url');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
