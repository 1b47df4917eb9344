// Finds the Chromium the browser tests drive (playwright-core never downloads browsers here).
import { CHROMIUM, ensureDebianTools, toolPath } from './debian-tools.ts';

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
  return toolPath(CHROMIUM);
}

/** Returns the Chromium path, installing Debian's package when possible; exits with help otherwise. */
export function ensureChromium(): string {
  return ensureDebianTools([CHROMIUM])[0]!;
}
