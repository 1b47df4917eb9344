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
  'event (en)': '/en/events/demo-klimaschutz-und-klimaanpassung-in-kleinstaedten',
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
    const sizes = new Map<string, Promise<number>>();
    page.on('response', (response) => {
      const type = response.headers()['content-type'] ?? '';
      if (!type.includes('javascript')) return;
      // The node server sends uncompressed: measure what gzip would send (a reverse proxy does).
      const url = new URL(response.url()).pathname;
      sizes.set(
        url,
        response.body().then((body) => gzipSync(body, { level: 6 }).length),
      );
    });
    const response = await page.goto(platform.urls.portal + path, { waitUntil: 'networkidle' });
    // Initial: the scripts the server's HTML asks for (entry and module preloads), what every first
    // visit loads before it can hydrate; a figure that does not depend on timing. Later: chunks
    // loaded on demand (lazily hydrated parts when they scroll into view, prefetches for links).
    const html = (await response?.text()) ?? '';
    const declared = new Set(
      [
        ...html.matchAll(
          /<(?:link rel="modulepreload"|script type="module")[^>]*(?:href|src)="([^"]+)"/g,
        ),
      ].map((match) => new URL(match[1]!, platform.urls.portal).pathname),
    );
    await context.close();
    let initial = 0;
    let later = 0;
    for (const [url, size] of sizes) {
      const bytes = await size;
      if (declared.has(url)) initial += bytes;
      else later += bytes;
      if (LIST_FILES) {
        const kind = declared.has(url) ? 'initial' : 'later  ';
        console.log(`  ${name} ${kind} ${(bytes / 1024).toFixed(1).padStart(6)} KB ${url}`);
      }
    }
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    console.log(
      `${name.padEnd(10)} initial ${kb(initial).padStart(9)} gzip in ${declared.size} files; loaded later on demand ${kb(later)}`,
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
