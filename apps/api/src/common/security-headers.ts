import type { FastifyReply, FastifyRequest } from 'fastify';
import { API_CSP, API_DOCS_CSP, isLocalHost, securityHeaders } from '@stadtgespraech/http-security';

// Made once: four variants (Swagger UI or not, local or not) serve every response.
const variants = new Map<string, Record<string, string>>();
for (const docs of [false, true]) {
  for (const hsts of [false, true]) {
    const csp = docs ? API_DOCS_CSP : API_CSP;
    // Addresses of the API carry tokens (personal links) and staff ids: never pass them on.
    variants.set(`${docs}/${hsts}`, securityHeaders({ csp, hsts, referrerPolicy: 'no-referrer' }));
  }
}

/** The security headers of an answer to `url` requested under `host` (HSTS outside localhost). */
export function securityHeadersFor(url: string, host: string | undefined): Record<string, string> {
  const docs = url === '/api/docs' || url.startsWith('/api/docs/');
  return variants.get(`${docs}/${!isLocalHost(host)}`)!;
}

/**
 * Adds the security headers to every response, errors included. A route that needs another
 * policy (a PDF in the browser's viewer) sets its own header first; it is kept.
 */
export async function addSecurityHeaders(request: FastifyRequest, reply: FastifyReply) {
  for (const [name, value] of Object.entries(securityHeadersFor(request.url, request.host))) {
    if (!reply.hasHeader(name)) reply.header(name, value);
  }
}
