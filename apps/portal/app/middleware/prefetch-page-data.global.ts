// Client-side navigations wait for the next page's data, so that the URL, the title and the
// content change together (as after a full page load) and no half-updated page is announced.
export default defineNuxtRouteMiddleware(async (to) => {
  if (import.meta.server || useNuxtApp().isHydrating) return;
  const source = pageDataSource(to, useApi());
  if (source) await prefetchPageData(source);
});
