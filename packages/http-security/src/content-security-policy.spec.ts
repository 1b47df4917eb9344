import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import {
  adminCsp,
  API_CSP,
  inlineScriptHashes,
  portalCsp,
  serialiseCsp,
} from './content-security-policy.js';

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

describe('serialiseCsp', () => {
  it('writes directives in order, separated by semicolons, bare names without sources', () => {
    expect(
      serialiseCsp({ 'default-src': ["'self'", 'data:'], 'upgrade-insecure-requests': [] }),
    ).toBe("default-src 'self' data:; upgrade-insecure-requests");
  });
});

describe('policies', () => {
  it.each([
    ['API', API_CSP],
    ['admin', adminCsp('http://localhost:3000')],
    ['portal', portalCsp([])],
  ])('the %s may not be framed and allows no inline script', (_, csp) => {
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    const scripts = csp['script-src'] ?? csp['default-src'] ?? [];
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
  });

  it("lets the admin show the media library's pictures from the portal's address", () => {
    expect(adminCsp('https://stadtgespraech.example/')['img-src']).toContain(
      'https://stadtgespraech.example',
    );
  });

  it('lets the portal run exactly the inline scripts whose hashes it names', () => {
    expect(portalCsp(['sha256-abc=', 'sha256-def='])['script-src']).toEqual([
      "'self'",
      "'sha256-abc='",
      "'sha256-def='",
    ]);
  });
});

describe('inlineScriptHashes', () => {
  it('hashes inline scripts (import maps included), each once, and skips scripts with src', () => {
    const config = 'window.__NUXT__={};';
    const importMap = '{"imports":{"#entry":"/_nuxt/a.js"}}';
    const html = [
      `<script>${config}</script>`,
      `<script type="importmap">${importMap}</script>`,
      '<script type="module" src="/_nuxt/a.js" crossorigin></script>',
      `<SCRIPT>${config}</SCRIPT>`,
    ].join('\n');
    expect(inlineScriptHashes(html)).toEqual([sha256(config), sha256(importMap)]);
  });

  it('hashes the exact bytes between the tags, whitespace and umlauts included', () => {
    const content = '\n  console.log("Grüße");\n';
    expect(inlineScriptHashes(`<script>${content}</script>`)).toEqual([sha256(content)]);
  });

  it('finds nothing in HTML without inline scripts', () => {
    expect(inlineScriptHashes('<p>Kein Skript</p><script src="/x.js"></script>')).toEqual([]);
  });
});
