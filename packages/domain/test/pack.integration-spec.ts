import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Installs the packed tarball into a scratch project and uses it from plain Node, as an
// outside developer would: proves the exports map, the ESM output and the runtime dependencies.

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const temporary: string[] = [];

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): string {
  return execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function newestSource(dir: string): number {
  return Math.max(
    0,
    ...readdirSync(dir, { withFileTypes: true }).map((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs;
    }),
  );
}

function ensureBuilt(): void {
  const entry = join(packageDir, 'dist', 'index.js');
  // turbo builds first; a missing or stale dist (tests run by hand) is built here.
  if (!existsSync(entry) || statSync(entry).mtimeMs < newestSource(join(packageDir, 'src'))) {
    run('pnpm', ['run', 'build'], packageDir);
  }
}

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

/** Runs an ES module snippet in the scratch project; it prints one JSON value. */
function node(project: string, code: string, env: NodeJS.ProcessEnv = {}): unknown {
  return JSON.parse(run('node', ['--input-type=module', '-e', code], project, env));
}

describe('the packed package', () => {
  let project: string;
  let tarball: string;

  beforeAll(() => {
    ensureBuilt();
    const packs = tempDir('domain-pack-');
    run('pnpm', ['pack', '--pack-destination', packs], packageDir);
    const [file] = readdirSync(packs).filter((name) => name.endsWith('.tgz'));
    if (!file) throw new Error(`pnpm pack wrote no tarball to ${packs}`);
    tarball = join(packs, file);

    project = tempDir('domain-consumer-');
    writeFileSync(
      join(project, 'package.json'),
      JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
    );
    run('npm', ['install', tarball, '--no-audit', '--no-fund', '--prefer-offline'], project);
  });

  afterAll(() => {
    for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
  });

  it('contains the compiled code, types and docs but no sources or tests', () => {
    const files = run('tar', ['-tzf', tarball], packageDir).split('\n').filter(Boolean);
    expect(files).toEqual(
      expect.arrayContaining([
        'package/package.json',
        'package/README.md',
        'package/CHANGELOG.md',
        'package/dist/index.js',
        'package/dist/rules/index.d.ts',
      ]),
    );
    expect(files.filter((f) => /\.spec\.|^package\/(src|test)\//.test(f))).toEqual([]);
  });

  it('declares real dependency versions, not workspace catalog references', () => {
    const manifest = JSON.parse(
      readFileSync(join(project, 'node_modules/@stadtgespraech/domain/package.json'), 'utf8'),
    ) as { dependencies: Record<string, string> };
    expect(Object.keys(manifest.dependencies).sort()).toEqual([
      'class-transformer',
      'class-validator',
    ]);
    for (const range of Object.values(manifest.dependencies)) expect(range).toMatch(/^[\^~]?\d/);
  });

  it('has a types file for every subpath it exports', () => {
    const installed = join(project, 'node_modules/@stadtgespraech/domain');
    const { exports } = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as {
      exports: Record<string, string | { types: string; default: string }>;
    };
    for (const target of Object.values(exports)) {
      if (typeof target === 'string') continue;
      expect(existsSync(join(installed, target.types))).toBe(true);
      expect(existsSync(join(installed, target.default))).toBe(true);
    }
  });

  it('runs the rules from plain Node, in Berlin time whatever the local zone', () => {
    const result = node(
      project,
      `
      import { slugify, formatDateLine, formatDeadline, registrationState } from '@stadtgespraech/domain/rules';
      console.log(JSON.stringify({
        slug: slugify('Bürgerrat in Osterburg'),
        line: formatDateLine({ startsAt: '2024-07-03T08:00:00Z', endsAt: '2024-07-03T09:00:00Z', format: 'online' }),
        deadline: formatDeadline('2024-07-01T21:59:59Z'),
        state: registrationState({
          status: 'published',
          startsAt: '2024-07-03T08:00:00Z',
          registration: { mode: 'internal', opensAt: null, deadline: null, capacity: 1, waitlistEnabled: true },
        }, 1, new Date('2024-06-01T00:00:00Z')),
      }));
      `,
      { TZ: 'America/New_York' },
    );
    expect(result).toEqual({
      slug: 'buergerrat-in-osterburg',
      line: '03. Juli 2024 | Online | 10:00-11:00 Uhr',
      deadline: 'Montag, der 1. Juli 2024',
      state: 'full_waitlist',
    });
  });

  it('validates DTOs without the reflect-metadata polyfill', () => {
    const result = node(
      project,
      `
      import { validateInput } from '@stadtgespraech/domain/common';
      import { CreateRegistrationDto } from '@stadtgespraech/domain/registrations';
      import { EventListQueryDto } from '@stadtgespraech/domain/events';
      import * as root from '@stadtgespraech/domain';
      const valid = await validateInput(CreateRegistrationDto, {
        email: 'anna.beispiel@stadt-osterburg.de', firstName: 'Anna', lastName: 'Beispiel',
        consents: [{ purpose: 'privacy', granted: true, textVersion: '2024-06' }],
      });
      const invalid = await validateInput(root.EventListQueryDto, { page: '2', pageSize: '1000', sort: 'date' });
      console.log(JSON.stringify({
        valid: valid.ok && valid.value instanceof CreateRegistrationDto && valid.value.locale,
        invalid: invalid.ok ? null : invalid.errors.map((e) => [e.path, e.constraints]),
        sameClasses: root.EventListQueryDto === EventListQueryDto && root.validateInput === validateInput,
        polyfill: 'getMetadata' in Reflect,
      }));
      `,
    );
    expect(result).toEqual({
      valid: 'de',
      invalid: [
        ['sort', ['whitelistValidation']],
        ['pageSize', ['max']],
      ],
      sameClasses: true,
      polyfill: false,
    });
  });

  it('refuses deep imports past the exports map', () => {
    const result = node(
      project,
      `
      try {
        await import('@stadtgespraech/domain/dist/rules/slug.js');
        console.log(JSON.stringify('imported'));
      } catch (error) {
        console.log(JSON.stringify(error.code));
      }
      `,
    );
    expect(result).toBe('ERR_PACKAGE_PATH_NOT_EXPORTED');
  });
});
