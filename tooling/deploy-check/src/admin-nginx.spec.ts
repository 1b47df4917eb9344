import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adminCsp, securityHeaders } from '@stadtgespraech/http-security';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NginxPrefix } from '@stadtgespraech/scripts/nginx';
import { freePort } from '@stadtgespraech/scripts/postgres';
import { renderTemplate } from './templates.ts';
import { startUpstream, type Upstream } from './upstream.ts';

const PORTAL_ORIGIN = 'https://termine.example.org';

describe("the admin image's nginx (deploy/admin)", () => {
  const nginx = new NginxPrefix();
  const html = mkdtempSync(join(tmpdir(), 'sg-admin-html-'));
  let api: Upstream;
  let base: string;

  beforeAll(async () => {
    mkdirSync(join(html, 'assets'));
    writeFileSync(join(html, 'index.html'), '<!doctype html><div id="app"></div>');
    writeFileSync(join(html, 'assets', 'index-abc123.js'), 'console.log(1);');
    api = await startUpstream('api', { 'content-security-policy': "default-src 'none'" });
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    const values = { API_UPSTREAM: `127.0.0.1:${api.port}`, PORTAL_ORIGIN };
    nginx.write(
      'default.conf',
      renderTemplate('deploy/admin/default.conf.template', values)
        .replace('listen 8080;', `listen 127.0.0.1:${port};`)
        .replace('root /usr/share/nginx/html;', `root ${html};`)
        .replaceAll('/etc/nginx/conf.d/', `${nginx.confDir}/`),
    );
    nginx.write(
      'security-headers.inc',
      renderTemplate('deploy/admin/security-headers.inc.template', values),
    );
    await nginx.start(port);
  });

  afterAll(async () => {
    nginx.stop();
    await api?.close();
    rmSync(html, { recursive: true, force: true });
  });

  it('passes nginx -t', () => {
    expect(() => nginx.check()).not.toThrow();
  });

  it('sends the same security headers as packages/http-security', async () => {
    const response = await fetch(`${base}/`);
    const expected = securityHeaders({
      csp: adminCsp(PORTAL_ORIGIN),
      hsts: false,
      referrerPolicy: 'no-referrer',
    });
    for (const [name, value] of Object.entries(expected)) {
      expect(response.headers.get(name), name).toBe(value);
    }
  });

  it('serves every app route as index.html, never cached, and built files for good', async () => {
    const route = await fetch(`${base}/veranstaltungen/123/anmeldungen`);
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<div id="app">');
    expect(route.headers.get('cache-control')).toBe('no-cache');

    const asset = await fetch(`${base}/assets/index-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect((await fetch(`${base}/assets/gibt-es-nicht.js`)).status).toBe(404);
  });

  it('forwards /api to the API with the client address, keeping only the API’s headers', async () => {
    const response = await fetch(`${base}/api/v1/events?page=2`, {
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(await response.text()).toBe('api');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'");
    const request = api.seen.at(-1)!;
    expect(request.url).toBe('/api/v1/events?page=2');
    expect(request.headers['x-forwarded-for']).toBe('127.0.0.1');
    expect(request.headers['x-forwarded-proto']).toBe('https');
  });

  it('answers its health check', async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
  });
});
