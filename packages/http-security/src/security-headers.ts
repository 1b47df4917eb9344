import { type CspDirectives, serialiseCsp } from './content-security-policy.js';

/** A year, with subdomains: what the HSTS preload list and BSI TR-03116-4 expect. */
export const HSTS = 'max-age=31536000; includeSubDomains';

// Features no page of ours uses: nobody may turn them on, not even an embedded frame.
const PERMISSIONS_POLICY = [
  'accelerometer',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'usb',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

export interface SecurityHeaderOptions {
  /** The page's Content-Security-Policy. */
  csp: CspDirectives;
  /** Whether the request reached us over HTTPS from outside this machine: only then HSTS. */
  hsts: boolean;
  /**
   * Defaults to `strict-origin-when-cross-origin`; `no-referrer` where addresses carry personal
   * tokens or staff data.
   */
  referrerPolicy?: 'no-referrer' | 'strict-origin-when-cross-origin';
}

/** The headers every response of every Stadtgespräch server carries (lower-case names). */
export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  return {
    'content-security-policy': serialiseCsp(options.csp),
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': options.referrerPolicy ?? 'strict-origin-when-cross-origin',
    'permissions-policy': PERMISSIONS_POLICY,
    'cross-origin-opener-policy': 'same-origin',
    ...(options.hsts ? { 'strict-transport-security': HSTS } : {}),
  };
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** Whether a Host header (with or without port) names this machine, where plain http is fine. */
export function isLocalHost(host: string | undefined): boolean {
  if (!host) return false;
  const name = host.startsWith('[') ? host.replace(/(?<=\]):\d+$/, '') : host.replace(/:\d+$/, '');
  return LOCAL_HOSTS.has(name.toLowerCase());
}
