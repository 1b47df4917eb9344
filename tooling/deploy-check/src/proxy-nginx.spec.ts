import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request } from 'node:https';
import { join } from 'node:path';
import { connect, type TLSSocket } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NginxPrefix } from '@stadtgespraech/scripts/nginx';
import { freePort } from '@stadtgespraech/scripts/postgres';
import { renderTemplate } from './templates.ts';
import { startUpstream, type Upstream } from './upstream.ts';

const PORTAL_HOST = 'termine.example.org';
const ADMIN_HOST = 'verwaltung.example.org';
const HSTS = 'max-age=31536000; includeSubDomains';
// What BSI TR-03116-4 admits for TLS 1.3 (the proxy offers the two AES-GCM suites).
const TLS13_SUITES = ['TLS_AES_256_GCM_SHA384', 'TLS_AES_128_GCM_SHA256'];

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

describe('the TLS proxy (deploy/proxy)', () => {
  const nginx = new NginxPrefix();
  let portal: Upstream;
  let api: Upstream;
  let admin: Upstream;
  let httpPort: number;
  let httpsPort: number;

  function selfSignedCertificate(name: string, host: string) {
    const dir = join(nginx.dir, 'tls', name);
    mkdirSync(dir, { recursive: true });
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        `/CN=${host}`,
        '-addext',
        `subjectAltName=DNS:${host}`,
        '-keyout',
        join(dir, 'privkey.pem'),
        '-out',
        join(dir, 'fullchain.pem'),
      ],
      { stdio: 'ignore' },
    );
  }

  function handshake(
    host: string,
    options: {
      minVersion?: 'TLSv1' | 'TLSv1.2';
      maxVersion?: 'TLSv1.1' | 'TLSv1.2' | 'TLSv1.3';
      ciphers?: string;
    },
  ) {
    return new Promise<{ protocol: string | null; cipher: string }>((resolve, reject) => {
      const socket: TLSSocket = connect({
        host: '127.0.0.1',
        port: httpsPort,
        servername: host,
        rejectUnauthorized: false,
        ...options,
      });
      socket.once('secureConnect', () => {
        resolve({ protocol: socket.getProtocol(), cipher: socket.getCipher().standardName });
        socket.destroy();
      });
      socket.once('error', reject);
    });
  }

  /** A request under a public host name (fetch cannot set Host), over HTTPS unless `plain`. */
  function get(host: string, path: string, headers: Record<string, string> = {}, plain = false) {
    return new Promise<Answer>((resolve, reject) => {
      const send = plain ? httpRequest : request;
      const req = send(
        {
          host: '127.0.0.1',
          port: plain ? httpPort : httpsPort,
          servername: host,
          path,
          headers: { host, ...headers },
          rejectUnauthorized: false,
        },
        (response) => {
          let body = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (body += chunk));
          response.on('end', () =>
            resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
          );
        },
      );
      req.once('error', reject);
      req.end();
    });
  }

  beforeAll(async () => {
    selfSignedCertificate('portal', PORTAL_HOST);
    selfSignedCertificate('admin', ADMIN_HOST);
    portal = await startUpstream('portal');
    // The API sends HSTS itself outside localhost: the proxy must not double it.
    api = await startUpstream('api', { 'strict-transport-security': 'max-age=60' });
    admin = await startUpstream('admin');
    [httpPort, httpsPort] = [await freePort(), await freePort()];
    nginx.write(
      'default.conf',
      renderTemplate('deploy/proxy/default.conf.template', {
        PORTAL_HOST,
        ADMIN_HOST,
        PORTAL_UPSTREAM: `127.0.0.1:${portal.port}`,
        API_UPSTREAM: `127.0.0.1:${api.port}`,
        ADMIN_UPSTREAM: `127.0.0.1:${admin.port}`,
      })
        .replaceAll('listen 8080', `listen 127.0.0.1:${httpPort}`)
        .replaceAll('listen 8443', `listen 127.0.0.1:${httpsPort}`)
        .replaceAll('/etc/tls/', `${join(nginx.dir, 'tls')}/`),
    );
    await nginx.start(httpsPort);
  });

  afterAll(async () => {
    nginx.stop();
    await Promise.all([portal, api, admin].map((upstream) => upstream?.close()));
  });

  it('passes nginx -t', () => {
    expect(() => nginx.check()).not.toThrow();
  });

  it('redirects plain HTTP to HTTPS', async () => {
    const response = await get(PORTAL_HOST, '/veranstaltungen?x=1', {}, true);
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe(`https://${PORTAL_HOST}/veranstaltungen?x=1`);
  });

  it('speaks TLS 1.3 with AES-GCM only', async () => {
    const { protocol, cipher } = await handshake(PORTAL_HOST, {});
    expect(protocol).toBe('TLSv1.3');
    expect(TLS13_SUITES).toContain(cipher);
  });

  it('accepts TLS 1.2 with an ECDHE AES-GCM suite', async () => {
    const { protocol, cipher } = await handshake(PORTAL_HOST, {
      maxVersion: 'TLSv1.2',
      ciphers: 'ECDHE-RSA-AES128-GCM-SHA256',
    });
    expect(protocol).toBe('TLSv1.2');
    expect(cipher).toBe('TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256');
  });

  it.each([
    [
      'TLS 1.1',
      {
        minVersion: 'TLSv1' as const,
        maxVersion: 'TLSv1.1' as const,
        ciphers: 'DEFAULT@SECLEVEL=0',
      },
    ],
    [
      'TLS 1.2 without forward secrecy',
      { maxVersion: 'TLSv1.2' as const, ciphers: 'AES128-GCM-SHA256' },
    ],
    [
      'TLS 1.2 with ChaCha20',
      { maxVersion: 'TLSv1.2' as const, ciphers: 'ECDHE-RSA-CHACHA20-POLY1305' },
    ],
    ['TLS 1.2 with CBC', { maxVersion: 'TLSv1.2' as const, ciphers: 'ECDHE-RSA-AES128-SHA' }],
  ])('refuses %s', async (_, options) => {
    await expect(handshake(PORTAL_HOST, options)).rejects.toThrow();
  });

  it('sends the portal, the API and the admin to their upstreams, with one HSTS header each', async () => {
    const page = await get(PORTAL_HOST, '/veranstaltungen');
    const json = await get(PORTAL_HOST, '/api/v1/events');
    const app = await get(ADMIN_HOST, '/anmelden');
    expect([page.body, json.body, app.body]).toEqual(['portal', 'api', 'admin']);
    for (const answer of [page, json, app]) {
      expect(answer.headers['strict-transport-security']).toBe(HSTS);
    }
  });

  it('tells the apps the client address and HTTPS, and drops an address the client claims', async () => {
    await get(PORTAL_HOST, '/', { 'x-forwarded-for': '203.0.113.9' });
    const seen = portal.seen.at(-1)!;
    expect(seen.headers['x-forwarded-for']).toBe('127.0.0.1');
    expect(seen.headers['x-forwarded-proto']).toBe('https');
    expect(seen.headers.host).toBe(PORTAL_HOST);
  });
});
