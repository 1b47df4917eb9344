// Starts the built platform once for all browser tests: a throwaway embedded PostgreSQL with the
// demo content, the API, the portal and the admin app, each on a free port.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startPlatform } from '@stadtgespraech/scripts/platform';
import { freePort } from '@stadtgespraech/scripts/postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    urls: { portal: string; api: string; admin: string; docs: string; mail: string };
    /** Posts per client, group and window the platform under test admits. */
    rateLimitPosts: number;
  }
}

export default async function setup(project: TestProject) {
  // Every browser test comes from 127.0.0.1: the production limit of 20 logins or forms per
  // address and ten minutes would lock the later admin tests out. The test of the limit itself
  // reads the value given here.
  const rateLimitPosts = 60;
  process.env.RATE_LIMIT_POSTS = String(rateLimitPosts);
  const platform = await startPlatform({
    embedded: {
      dataDir: mkdtempSync(join(tmpdir(), 'stadtgespraech-e2e-')),
      port: await freePort(),
      ephemeral: true,
    },
    ports: { portal: await freePort(), api: await freePort(), admin: await freePort() },
    mediaDir: mkdtempSync(join(tmpdir(), 'stadtgespraech-e2e-media-')),
    mode: 'production',
    seed: true,
    appSecret: randomBytes(48).toString('base64url'),
    quiet: !process.env.E2E_VERBOSE,
  });
  // No SMTP_URL is given, so the platform started its mail catcher.
  const { mail } = platform.urls;
  if (!mail) throw new Error('The platform started without its mail catcher');
  project.provide('urls', { ...platform.urls, mail });
  project.provide('rateLimitPosts', rateLimitPosts);
  return () => platform.stop();
}
