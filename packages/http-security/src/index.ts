export {
  adminCsp,
  API_CSP,
  API_DOCS_CSP,
  type CspDirectives,
  inlineScriptHashes,
  portalCsp,
  serialiseCsp,
} from './content-security-policy.js';
export {
  HSTS,
  isLocalHost,
  securityHeaders,
  type SecurityHeaderOptions,
} from './security-headers.js';
