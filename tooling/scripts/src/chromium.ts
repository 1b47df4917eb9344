// Finds the Chromium the browser tests drive (playwright-core never downloads browsers here).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { userInfo } from 'node:os';

const DEFAULT_PATH = '/usr/bin/chromium';

/** Launch flags for headless Chromium on closed networks and as root. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || DEFAULT_PATH;
}

function isDebianLike() {
  if (!existsSync('/etc/os-release')) return false;
  return /^(ID|ID_LIKE)=.*(debian|ubuntu)/m.test(readFileSync('/etc/os-release', 'utf8'));
}

/** Returns the Chromium path, installing Debian's package when possible; exits with help otherwise. */
export function ensureChromium(): string {
  const path = chromiumPath();
  if (existsSync(path)) return path;
  if (
    !process.env.CHROMIUM_PATH &&
    process.platform === 'linux' &&
    userInfo().uid === 0 &&
    isDebianLike()
  ) {
    console.log('Chromium not found: installing the Debian package "chromium" (about a minute) …');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (existsSync(path)) return path;
  }
  console.error(
    `No Chromium at ${path}. The browser tests need one:\n` +
      '  - Debian/Ubuntu: sudo apt-get install chromium\n' +
      '  - elsewhere: install Chromium or Chrome and set CHROMIUM_PATH=/path/to/chromium',
  );
  process.exit(1);
}
