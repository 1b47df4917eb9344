// Lighthouse scores of the home, list and event page on the built platform with demo content, in
// the system Chromium. Run: `npm run pnpm -- --filter @stadtgespraech/scripts bench:lighthouse`,
// options after `--`: `--form-factor=mobile|desktop|both` (both), `--runs=N` (5), `--no-gzip`.
// The pages go through a gzip proxy, as behind a deployment's reverse proxy; `--no-gzip` measures
// the Node server as it serves (uncompressed). Targets: performance ≥ 95, accessibility 100,
// SEO 100, best practices ≥ 95; docs/performance.md records the figures.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, chromiumPath, ensureChromium } from '../chromium.ts';
import { startPlatform } from '../platform.ts';
import { freePort } from '../postgres.ts';
import { startGzipProxy } from './gzip-proxy.ts';

// Pinned and fetched on demand: Lighthouse (with puppeteer and more) stays out of the workspace,
// which every `npm test` installs.
const LIGHTHOUSE = 'lighthouse@13.5.0';
const CATEGORIES = ['performance', 'accessibility', 'seo', 'best-practices'] as const;
type Category = (typeof CATEGORIES)[number];
const TARGETS: Record<Category, number> = {
  performance: 95,
  accessibility: 100,
  seo: 100,
  'best-practices': 95,
};
const PAGES = {
  home: '/',
  list: '/veranstaltungen',
  event: '/veranstaltungen/demo-klimaschutz-und-klimaanpassung-in-kleinstaedten',
};
const METRICS = {
  'first-contentful-paint': 'FCP',
  'largest-contentful-paint': 'LCP',
  'total-blocking-time': 'TBT',
  'cumulative-layout-shift': 'CLS',
  'speed-index': 'SI',
} as const;
const REPORTS = join(import.meta.dirname, '../../.reports/lighthouse');

type FormFactor = 'mobile' | 'desktop';
function option(name: string, fallback: string): string {
  const prefix = `--${name}=`;
  return process.argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length) ?? fallback;
}
const formFactorOption = option('form-factor', 'both');
const FORM_FACTORS: FormFactor[] =
  formFactorOption === 'both' ? ['mobile', 'desktop'] : [formFactorOption as FormFactor];
const RUNS = Number(option('runs', '5'));
const GZIP = !process.argv.includes('--no-gzip');
if (!FORM_FACTORS.every((f) => f === 'mobile' || f === 'desktop') || !(RUNS >= 1)) {
  console.error('Usage: lighthouse.ts [--form-factor=mobile|desktop|both] [--runs=N] [--no-gzip]');
  process.exit(2);
}

interface Audit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
}
interface Report {
  lighthouseVersion: string;
  runtimeError?: { code: string; message: string };
  runWarnings: string[];
  categories: Record<
    Category,
    { score: number | null; auditRefs: { id: string; weight: number; group?: string }[] }
  >;
  audits: Record<string, Audit>;
}

/** Runs the pinned Lighthouse CLI once; resolves with its JSON report (an HTML one lies beside). */
function lighthouse(url: string, formFactor: FormFactor, output: string): Promise<Report> {
  const args = [
    'dlx',
    LIGHTHOUSE,
    url,
    '--quiet',
    '--output=json',
    '--output=html',
    `--output-path=${output}`,
    `--only-categories=${CATEGORIES.join(',')}`,
    `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
    // Mobile is the default: a mid-range phone, simulated slow 4G and 4× CPU slowdown.
    ...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
  ];
  return new Promise((resolve, reject) => {
    const child = spawn('pnpm', args, {
      // Outside the workspace, so that `pnpm dlx` does not read its settings.
      cwd: tmpdir(),
      // The CLI has no flag for the browser; chrome-launcher reads CHROME_PATH.
      env: { ...process.env, CHROME_PATH: chromiumPath() },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    const collect = (chunk: Buffer) => (log += chunk.toString());
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`lighthouse ${url} failed (${code}):\n${log}`));
      const report = JSON.parse(readFileSync(`${output}.report.json`, 'utf8')) as Report;
      if (report.runtimeError) {
        return reject(new Error(`lighthouse ${url}: ${report.runtimeError.message}`));
      }
      resolve(report);
    });
  });
}

const score = (report: Report, category: Category) =>
  Math.round((report.categories[category].score ?? 0) * 100);
const text = (value: string) => value.replace(/\u00a0/g, ' ');

/** Scored audits below full marks: the causes of lost points (for performance: its insights). */
function failingAudits(report: Report, category: Category): Audit[] {
  return report.categories[category].auditRefs
    .filter((ref) => ref.group !== 'metrics' && ref.group !== 'hidden')
    .map((ref) => report.audits[ref.id]!)
    .filter(
      (audit) =>
        audit.score !== null &&
        audit.score < 1 &&
        ['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode),
    );
}

const chromiumVersion = () =>
  execFileSync(chromiumPath(), ['--version'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  })
    .trim()
    .replace(/ built on .*/, '');

ensureChromium();
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });
// Lighthouse's performance figures shrink when other work competes for the CPU.
const load = () => loadavg()[0]!.toFixed(1);
console.log(`Load average before: ${load()} on ${cpus().length} cores`);
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
const proxy = GZIP ? await startGzipProxy(platform.urls.portal) : undefined;
const origin = proxy?.url ?? platform.urls.portal;

const missed: string[] = [];
let lighthouseVersion = '';
try {
  // Fills the portal's render cache (swr), as on a site with visitors.
  for (const path of Object.values(PAGES)) await fetch(origin + path);
  console.log(GZIP ? 'Through a gzip proxy' : 'Uncompressed, as the Node server sends');
  for (const formFactor of FORM_FACTORS) {
    console.log(`\n${formFactor}${RUNS > 1 ? `, median of ${RUNS} runs by performance` : ''}`);
    console.log(
      `  page   perf a11y  seo   bp ${Object.values(METRICS)
        .map((m) => m.padStart(8))
        .join('')}`,
    );
    for (const [name, path] of Object.entries(PAGES)) {
      const runs: Report[] = [];
      for (let run = 1; run <= RUNS; run++) {
        const output = join(REPORTS, `${formFactor}-${name}-${run}`);
        runs.push(await lighthouse(origin + path, formFactor, output));
      }
      // Performance varies from run to run; Lighthouse advises the median of several.
      runs.sort((a, b) => score(a, 'performance') - score(b, 'performance'));
      const report = runs[Math.floor(runs.length / 2)]!;
      lighthouseVersion = report.lighthouseVersion;
      const scores = CATEGORIES.map((c) => String(score(report, c)).padStart(4)).join(' ');
      const metrics = Object.keys(METRICS)
        .map((id) => text(report.audits[id]?.displayValue ?? '–').padStart(8))
        .join('');
      const all = runs.map((r) => score(r, 'performance')).join(', ');
      console.log(`  ${name.padEnd(6)}${scores}${metrics}${RUNS > 1 ? `  (perf: ${all})` : ''}`);

      for (const category of CATEGORIES) {
        const value = score(report, category);
        const miss = value < TARGETS[category];
        if (miss) missed.push(`${formFactor} ${name}: ${category} ${value} < ${TARGETS[category]}`);
        // Performance insights always find something; they matter when the target is missed.
        if (category === 'performance' && !miss) continue;
        if (category === 'performance') {
          const weak = Object.entries(METRICS)
            .map(([id, label]) => ({ label, audit: report.audits[id]! }))
            .filter(({ audit }) => (audit.score ?? 1) < 0.9)
            .map(
              ({ label, audit }) => `${label} ${text(audit.displayValue ?? '')} (${audit.score})`,
            );
          console.log(`         performance: metrics below 0.9: ${weak.join(', ') || 'none'}`);
        }
        for (const audit of failingAudits(report, category)) {
          const detail = audit.displayValue ? ` (${text(audit.displayValue)})` : '';
          console.log(`         ${category}: ${audit.id}: ${audit.title}${detail}`);
        }
      }
      for (const warning of report.runWarnings) console.log(`         warning: ${warning}`);
    }
  }
} finally {
  await proxy?.close();
  await platform.stop();
}
console.log(
  `\nLighthouse ${lighthouseVersion}, ${chromiumVersion()}; load average after: ${load()}` +
    `\nReports (JSON and HTML): ${REPORTS}`,
);
if (missed.length) {
  console.error(`Targets missed:\n  ${missed.join('\n  ')}`);
  process.exitCode = 1;
}
