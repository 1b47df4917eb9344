import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

// Second-factor secrets must be readable by the API (to check codes) but not by whoever reads a
// database copy: they are sealed with AES-256-GCM under a key derived from APP_SECRET.

function key(appSecret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', appSecret, 'stadtgespraech', 'staff-totp-secret', 32));
}

/** Seals a secret: base64url of nonce, ciphertext and tag. */
export function seal(appSecret: string, plain: string): string {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(appSecret), nonce);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return Buffer.concat([nonce, body, cipher.getAuthTag()]).toString('base64url');
}

/** Opens a sealed secret; throws when it was altered or sealed under another APP_SECRET. */
export function open(appSecret: string, sealed: string): string {
  const data = Buffer.from(sealed, 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', key(appSecret), data.subarray(0, 12));
  decipher.setAuthTag(data.subarray(data.length - 16));
  return Buffer.concat([
    decipher.update(data.subarray(12, data.length - 16)),
    decipher.final(),
  ]).toString('utf8');
}
