import { createHash } from 'node:crypto';

/** Directives of a Content-Security-Policy: name → sources, written in this order. */
export type CspDirectives = Readonly<Record<string, readonly string[]>>;

/** `{ 'default-src': ["'self'"], 'upgrade-insecure-requests': [] }` → `default-src 'self'; upgrade-insecure-requests`. */
export function serialiseCsp(directives: CspDirectives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

// Nothing may embed our pages, change the base of relative links or load plugins.
const LOCKED_DOWN = {
  'frame-ancestors': ["'none'"],
  'base-uri': ["'none'"],
  'object-src': ["'none'"],
} as const;

/** JSON and files of the API: nothing in them may run or load anything. */
export const API_CSP: CspDirectives = {
  'default-src': ["'none'"],
  'form-action': ["'none'"],
  ...LOCKED_DOWN,
};

/** The API's Swagger UI: its scripts and styles come from the API itself; it styles inline. */
export const API_DOCS_CSP: CspDirectives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'form-action': ["'self'"],
  ...LOCKED_DOWN,
};

/**
 * The admin app: scripts only from its own files (Vite emits no inline script). Styles may be
 * inline because Vue binds `style` attributes and the mail preview's HTML carries its own styles.
 * Pictures of the media library come from the portal's address (`portalOrigin`), as the portal
 * shows them.
 */
export function adminCsp(portalOrigin: string): CspDirectives {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', new URL(portalOrigin).origin],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'form-action': ["'self'"],
    ...LOCKED_DOWN,
  };
}

/**
 * The portal: its own scripts plus the inline ones the server rendered into this very page
 * (Nuxt's configuration and import map), each allowed by its hash, so that an injected script
 * cannot run. Forms post to the portal itself.
 */
export function portalCsp(inlineScriptHashes: readonly string[]): CspDirectives {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'", ...inlineScriptHashes.map((hash) => `'${hash}'`)],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'form-action': ["'self'"],
    ...LOCKED_DOWN,
  };
}

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/** `sha256-…` of every inline `<script>` in a piece of HTML, each once, in order of appearance. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, content = ''] of html.matchAll(INLINE_SCRIPT)) {
    hashes.add(`sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}`);
  }
  return [...hashes];
}
