import { formEntries } from '../../app/utils/forms';
import { handleFormPost } from '../utils/form-posts';

/**
 * Forms of the portal post to the page that shows them, so they work without JavaScript. A
 * successful post redirects (post/redirect/get, 303); a failed one renders the same page again
 * with the values entered and messages next to the fields, in the page's language (`event.context.formState`).
 * The visitor's address travels to the API in `X-Forwarded-For`, so rate limits count per visitor.
 */
export default defineEventHandler(async (event) => {
  if (event.method !== 'POST') return;
  const path = getRequestURL(event).pathname;
  if (path.startsWith('/api/') || path.startsWith('/_')) return;
  const type = getRequestHeader(event, 'content-type') ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded')) return;
  const entries = formEntries(new URLSearchParams((await readRawBody(event, 'utf8')) ?? ''));
  const result = await handleFormPost(event, path, entries);
  if (!result) return;
  if ('redirect' in result) return sendRedirect(event, result.redirect, 303);
  event.context.formState = result.state;
  setResponseStatus(event, result.status >= 400 && result.status < 500 ? result.status : 422);
});
