import { portalPathLocale } from '@stadtgespraech/domain/portal';
import { loadMessages } from '~/locales';

// Before any page of a language renders (on the server, at hydration and on client navigation),
// its dictionary is there; global middleware runs in name order, so this comes first.
export default defineNuxtRouteMiddleware(async (to) => {
  await loadMessages(portalPathLocale(to.path));
});
