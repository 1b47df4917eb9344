// Measures the JavaScript a first visit of portal pages loads (gzip-compressed bytes), on the
// built platform with demo content. Run: `npm run pnpm -- --filter @stadtgespraech/scripts bench:js`.
// The budget of the event page is 100 KB gzip (docs/performance.md records the figures).
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium.ts';
import { startPlatform } from '../platform.ts';
import { freePort } from '../postgres.ts';

const BUDGET_BYTES = 100 * 1024;
/** `--files` lists every script with its size. */
const LIST_FILES = process.argv.includes('--files');
const PAGES = {
  home: '/',
  list: '/veranstaltungen',
  event: '/veranstaltungen/demo-klimaschutz-und-klimaanpassung-in-kleinstaedten',
};

const platform = await startPlatform({
  embedded: {
    dataDir: mkdtempSync(join(tmpdir(), 'stadtgespraech-bench-')),
    port: await freePort(),
    ephemeral: true,
  },
  ports: { portal: await freePort(), api: await freePort(), admin: await freePort() },
  mode: 'production',
  seed: true,
  appSecret: randomBytes(48).toString('base64url'),
  quiet: true,
});
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: CHROMIUM_ARGS,
  headless: true,
});
let overBudget = false;
try {
  for (const [name, path] of Object.entries(PAGES)) {
    const context = await browser.newContext({ extraHTTPHeaders: { 'accept-encoding': 'gzip' } });
    const page = await context.newPage();
    const measured: Promise<number>[] = [];
    page.on('response', (response) => {
      const type = response.headers()['content-type'] ?? '';
      // Scripts the page runs (modules and their preloads); `prefetch` hints for later are not initial.
      if (!type.includes('javascript') || response.request().resourceType() !== 'script') return;
      // The node server sends uncompressed: measure what gzip would send (a reverse proxy does).
      const size = response.body().then((body) => gzipSync(body, { level: 6 }).length);
      measured.push(size);
      if (LIST_FILES) {
        const file = new URL(response.url()).pathname;
        void size.then((bytes) =>
          console.log(`  ${name} ${(bytes / 1024).toFixed(1).padStart(6)} KB ${file}`),
        );
      }
    });
    const total = async () => (await Promise.all(measured)).reduce((sum, size) => sum + size, 0);
    // Initial: scripts run until `load`; after idle: plus those loaded for linked pages.
    await page.goto(platform.urls.portal + path, { waitUntil: 'load' });
    const initial = await total();
    const initialFiles = measured.length;
    await page.waitForLoadState('networkidle');
    const idle = await total();
    await context.close();
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    console.log(
      `${name.padEnd(6)} initial ${kb(initial).padStart(9)} gzip in ${initialFiles} files; after idle prefetch ${kb(idle)}`,
    );
    if (name === 'event' && initial > BUDGET_BYTES) overBudget = true;
  }
} finally {
  await browser.close();
  await platform.stop();
}
if (overBudget) {
  console.error(`The event page exceeds its budget of ${BUDGET_BYTES / 1024} KB.`);
  process.exitCode = 1;
}
