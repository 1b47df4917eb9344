// The browser reaches the API through the portal's origin, so client-side navigation needs no
// CORS. Only the path is appended to the configured base: the target host can never change.
export default defineEventHandler((event) => {
  const base = useRuntimeConfig(event).apiBaseUrl.replace(/\/+$/, '');
  // Redirects (the personal join link) go back to the browser; the portal must not follow them.
  return proxyRequest(event, `${base}${event.path}`, {
    headers: forwardedFor(event),
    fetchOptions: { redirect: 'manual' },
  });
});
