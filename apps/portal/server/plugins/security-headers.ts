import {
  inlineScriptHashes,
  isLocalHost,
  portalCsp,
  securityHeaders,
  serialiseCsp,
} from '@stadtgespraech/http-security';

/**
 * Every response of the portal carries the security headers. A page's Content-Security-Policy
 * allows exactly the inline scripts rendered into it (Nuxt's configuration, the import map) by
 * their hashes; the headers are part of what Nitro caches with the page, so a cached page keeps
 * a policy that matches it. Responses proxied from the API keep the API's own policy.
 */
export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('request', (event) => {
    const hsts = !isLocalHost(getRequestHost(event, { xForwardedHost: true }));
    setResponseHeaders(event, securityHeaders({ csp: portalCsp([]), hsts }));
  });
  // The other headers were set on the request; a page only narrows its script sources.
  nitroApp.hooks.hook('render:html', (html, { event }) => {
    const rendered = [...html.head, ...html.bodyPrepend, ...html.body, ...html.bodyAppend].join('');
    const csp = serialiseCsp(portalCsp(inlineScriptHashes(rendered)));
    setResponseHeader(event, 'content-security-policy', csp);
  });
});
