#!/usr/bin/env node
// Entry point of `npm start`, `npm test` and friends. Runs on any Node >= 18 without
// dependencies: it makes sure the pinned Node and pnpm are on PATH (fetching them from the npm
// registry through npx when they are not), then hands over to the workspace scripts.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const MIN_NODE = [22, 12];
const REFERENCE_NODE = readFileSync(join(root, '.nvmrc'), 'utf8').trim();
const pnpmSpec = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager;
const pnpmVersion = pnpmSpec.replace(/^pnpm@/, '').split('+')[0];

const [command = 'start', ...rest] = process.argv.slice(2);

function nodeIsRecentEnough() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  return major > MIN_NODE[0] || (major === MIN_NODE[0] && minor >= MIN_NODE[1]);
}

function pnpmOnPath() {
  const probe = spawnSync('pnpm', ['--version'], {
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  return probe.status === 0 && probe.stdout.trim() === pnpmVersion;
}

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function runOrExit(cmd, args, options) {
  const status = run(cmd, args, options);
  if (status !== 0) process.exit(status);
}

// Re-run this script with the right toolchain on PATH; npx puts the bins of every -p package first.
if (!nodeIsRecentEnough() || !pnpmOnPath()) {
  if (process.env.STADTGESPRAECH_BOOTSTRAPPED) {
    console.error(
      `Could not provide Node >= ${MIN_NODE.join('.')} and pnpm ${pnpmVersion} through npx.`,
    );
    process.exit(1);
  }
  const packages = [`pnpm@${pnpmVersion}`];
  if (!nodeIsRecentEnough()) {
    console.log(
      `Node ${process.versions.node} is older than ${MIN_NODE.join('.')}: using Node ${REFERENCE_NODE} from the npm registry.`,
    );
    packages.unshift(`node@${REFERENCE_NODE}`);
  }
  const args = [
    '-y',
    ...packages.flatMap((p) => ['-p', p]),
    'node',
    fileURLToPath(import.meta.url),
    command,
    ...rest,
  ];
  const status = run('npx', args, {
    env: { ...process.env, STADTGESPRAECH_BOOTSTRAPPED: '1', npm_config_update_notifier: 'false' },
    shell: process.platform === 'win32',
  });
  process.exit(status);
}

const install = () => runOrExit('pnpm', ['install', '--frozen-lockfile', '--prefer-offline']);
const scripts = (...args) => runOrExit('node', [join(root, 'tooling/scripts/src/cli.ts'), ...args]);

switch (command) {
  case 'start':
    install();
    runOrExit('pnpm', ['turbo', 'run', 'build', '--output-logs=errors-only']);
    scripts('start');
    break;
  case 'dev':
    install();
    // The API runs from dist under `tsc --watch`; the front ends compile themselves in dev mode.
    runOrExit('pnpm', [
      'turbo',
      'run',
      'build',
      '--filter=@stadtgespraech/api...',
      '--filter=@stadtgespraech/api-client',
      '--output-logs=errors-only',
    ]);
    scripts('dev');
    break;
  case 'test':
    install();
    scripts('test', ...rest);
    break;
  case 'db:migrate':
  case 'db:seed':
  case 'staff:create':
  case 'migration:generate':
    install();
    runOrExit('pnpm', [
      'turbo',
      'run',
      'build',
      '--filter=@stadtgespraech/api...',
      '--output-logs=errors-only',
    ]);
    scripts(command, ...rest);
    break;
  case 'pnpm':
    runOrExit('pnpm', rest);
    break;
  default:
    console.error(
      `Unknown command "${command}". Use start, dev, test, db:migrate, db:seed, staff:create, migration:generate or pnpm.`,
    );
    process.exit(2);
}
