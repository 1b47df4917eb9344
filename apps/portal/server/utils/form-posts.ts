import { createApiClient, type ApiClient } from '@stadtgespraech/api-client';
import { formPostFetch } from './form-post-fetch';
import { validateInput, type Locale } from '@stadtgespraech/domain/common';
import { germanPortalPath, localisePath, portalPathLocale } from '@stadtgespraech/domain/portal';
import {
  CreateContactRequestDto,
  CreateNewsletterSubscriptionDto,
} from '@stadtgespraech/domain/communication';
import type { H3Event } from 'h3';
import { de, type Messages } from '../../app/locales/de';
import { en } from '../../app/locales/en';
import { contactTexts } from '../../app/locales/pages/contact';
import { newsletterTexts } from '../../app/locales/pages/newsletter';
import {
  entryList,
  entryText,
  errorsFromIssues,
  errorsFromProblem,
  type ErrorTexts,
  type FormEntries,
  type FormState,
} from '../../app/utils/forms';
import {
  protectionFields,
  registrantDetails,
  registrationBody,
  registrationErrorTexts,
  registrationProblem,
} from '../../app/utils/registration-form';
import { CreateRegistrationDto, UpdateRegistrationDto } from '@stadtgespraech/domain/registrations';

/** What a form post leads to: a redirect (post/redirect/get) or the page again with a state. */
export type FormPostResult = { redirect: string } | { state: FormState; status: number };

/** A form post's API client and the language of the page it was posted to. */
interface PostContext {
  api: ApiClient;
  t: Messages;
  locale: Locale;
  /** The address of a German path in the page's language, for redirects. */
  local: (germanPath: string) => string;
}

interface ApiAnswer {
  data?: unknown;
  error?: unknown;
  response: Response;
}

const problemOf = (answer: ApiAnswer) =>
  (answer.error ?? undefined) as
    { status?: number; code?: string; detail?: string; errors?: never[] } | undefined;

/** The path of a personal link the API returns as a full URL (its origin may differ). */
export function localPath(url: string): string {
  try {
    return new URL(url, 'http://portal.invalid').pathname;
  } catch {
    return '/';
  }
}

async function register(
  { api, t, locale, local }: PostContext,
  slug: string,
  entries: FormEntries,
) {
  const event = await api.GET('/api/v1/events/{slug}', { params: { path: { slug } } });
  if (!event.data) return null;
  const body = registrationBody(entries, event.data.registration.questions, locale);
  // The same rules as in the browser first, so every field's message shows at once.
  const checked = await validateInput(CreateRegistrationDto, body);
  if (!checked.ok) {
    const errors = errorsFromIssues(checked.errors, registrationErrorTexts(t));
    return { status: 422, state: { form: 'registration', values: entries, errors } };
  }
  const answer = await api.POST('/api/v1/events/{slug}/registrations', {
    params: { path: { slug } },
    body: { ...body, ...protectionFields(entries) } as never,
  });
  if (answer.response.ok) {
    return { redirect: local(`/anmeldung/gesendet?veranstaltung=${encodeURIComponent(slug)}`) };
  }
  const { errors, message } = registrationProblem(problemOf(answer), t);
  return {
    status: answer.response.status,
    state: { form: 'registration', values: entries, errors, message },
  };
}

async function confirmRegistration({ api }: PostContext, token: string): Promise<FormPostResult> {
  const answer = await api.POST('/api/v1/registrations/confirm', { body: { token } });
  if (answer.data) {
    const notice = answer.data.status;
    return { redirect: `${localPath(answer.data.manageUrl)}?hinweis=${notice}` };
  }
  const status = answer.response.status;
  const outcome =
    status === 410 ? 'expired' : status === 404 || status === 400 ? 'invalid' : 'failed';
  return { status, state: { form: 'confirm', values: {}, errors: {}, outcome } };
}

async function manageRegistration(
  { api, t, local }: PostContext,
  token: string,
  entries: FormEntries,
): Promise<FormPostResult | null> {
  const params = { params: { path: { token } } };
  const action = entryText(entries, 'aktion');
  const here = local(`/anmeldung/${token}`);
  if (action === 'abmelden') {
    const answer = await api.DELETE('/api/v1/registrations/manage/{token}', params);
    if (answer.response.ok) return { redirect: `${here}?hinweis=cancelled` };
    const { message } = registrationProblem(problemOf(answer), t);
    return {
      status: answer.response.status,
      state: { form: 'cancel', values: {}, errors: {}, message },
    };
  }
  if (action !== 'aendern') return null;
  const current = await api.GET('/api/v1/registrations/manage/{token}', params);
  if (!current.data) return null;
  const details = registrantDetails(entries, current.data.event.questions);
  const checked = await validateInput(UpdateRegistrationDto, details);
  if (!checked.ok) {
    const errors = errorsFromIssues(checked.errors, registrationErrorTexts(t));
    return { status: 422, state: { form: 'manage', values: entries, errors } };
  }
  const answer = await api.PATCH('/api/v1/registrations/manage/{token}', {
    ...params,
    body: details as never,
  });
  if (answer.response.ok) return { redirect: `${here}?hinweis=changed` };
  const { errors, message } = registrationProblem(problemOf(answer), t);
  return {
    status: answer.response.status,
    state: { form: 'manage', values: entries, errors, message },
  };
}

function texts(t: Messages, required: Record<string, string>): ErrorTexts {
  return {
    required,
    invalidEmail: t.form.invalidEmail,
    tooLong: t.form.tooLong,
    invalidChoice: t.form.invalidChoice,
    invalid: t.form.invalid,
  };
}

/** The newsletter body from the form (shared with nothing else: the page posts natively). */
export function newsletterBody(entries: FormEntries, locale: Locale) {
  return {
    email: entryText(entries, 'email') ?? '',
    series: entryList(entries, 'series'),
    topics: entryList(entries, 'topics'),
    consent: {
      granted: entryText(entries, 'consent') === 'ja',
      textVersion: entryText(entries, 'consentVersion') ?? '',
    },
    locale,
  };
}

export function contactBody(entries: FormEntries, locale: Locale) {
  const recipient = entryText(entries, 'recipient');
  return {
    name: entryText(entries, 'name') ?? '',
    email: entryText(entries, 'email') ?? '',
    organisation: entryText(entries, 'organisation') ?? null,
    subject: entryText(entries, 'subject') ?? '',
    message: entryText(entries, 'message') ?? '',
    ...(recipient ? { recipient } : {}),
    consent: {
      granted: entryText(entries, 'consent') === 'ja',
      textVersion: entryText(entries, 'consentVersion') ?? '',
    },
    locale,
  };
}

async function simpleForm(
  { t, locale, local }: PostContext,
  form: 'newsletter' | 'contact',
  entries: FormEntries,
  send: (body: object) => Promise<ApiAnswer>,
  redirect: string,
): Promise<FormPostResult> {
  const body =
    form === 'newsletter' ? newsletterBody(entries, locale) : contactBody(entries, locale);
  const dto = form === 'newsletter' ? CreateNewsletterSubscriptionDto : CreateContactRequestDto;
  const required =
    form === 'newsletter'
      ? newsletterTexts[locale].requiredFields
      : contactTexts[locale].requiredFields;
  const checked = await validateInput(dto as new () => object, body);
  if (!checked.ok) {
    return {
      status: 422,
      state: {
        form,
        values: entries,
        errors: errorsFromIssues(checked.errors, texts(t, required)),
      },
    };
  }
  const answer = await send({ ...body, ...protectionFields(entries) });
  if (answer.response.ok) return { redirect: local(redirect) };
  const problem = problemOf(answer);
  const errors = problem ? errorsFromProblem(problem, texts(t, required)) : {};
  const message =
    problem?.code === 'REQUEST.RATE_LIMITED'
      ? t.form.rateLimited
      : Object.keys(errors).length
        ? undefined
        : t.form.failed;
  return { status: answer.response.status, state: { form, values: entries, errors, message } };
}

/**
 * Handles a form posted to a portal page in either language; null when the path is not a form
 * of the portal. Forms are told apart by the page's German path.
 */
export async function handleFormPost(
  event: H3Event,
  postedTo: string,
  entries: FormEntries,
): Promise<FormPostResult | null> {
  const locale = portalPathLocale(postedTo);
  const context: PostContext = {
    api: createApiClient(useRuntimeConfig(event).apiBaseUrl.replace(/\/+$/, ''), {
      headers: forwardedFor(event),
      fetch: formPostFetch(),
    }),
    t: locale === 'en' ? en : de,
    locale,
    local: (germanPath) => localisePath(germanPath, locale),
  };
  const { api, local } = context;
  const path = germanPortalPath(postedTo);
  let match: RegExpMatchArray | null;
  if ((match = path.match(/^\/veranstaltungen\/([a-z0-9-]+)\/?$/))) {
    return register(context, match[1]!, entries);
  }
  if ((match = path.match(/^\/anmeldung\/bestaetigen\/([\w.-]+)\/?$/))) {
    return confirmRegistration(context, match[1]!);
  }
  if ((match = path.match(/^\/anmeldung\/([\w.-]+)\/?$/)) && match[1] !== 'gesendet') {
    return manageRegistration(context, match[1]!, entries);
  }
  if (/^\/newsletter\/?$/.test(path)) {
    return simpleForm(
      context,
      'newsletter',
      entries,
      (body) => api.POST('/api/v1/newsletter/subscriptions', { body: body as never }),
      '/newsletter?hinweis=gesendet',
    );
  }
  if ((match = path.match(/^\/newsletter\/bestaetigen\/([\w.-]+)\/?$/))) {
    const answer = await api.POST('/api/v1/newsletter/confirm', { body: { token: match[1]! } });
    if (answer.response.ok) return { redirect: local(`${path}?hinweis=bestaetigt`) };
    return {
      status: answer.response.status,
      state: { form: 'newsletter-confirm', values: {}, errors: {}, outcome: 'invalid' },
    };
  }
  if ((match = path.match(/^\/newsletter\/abmelden\/([\w.-]+)\/?$/))) {
    const answer = await api.POST('/api/v1/newsletter/unsubscribe/{token}', {
      params: { path: { token: match[1]! } },
    });
    if (answer.response.ok) return { redirect: local(`${path}?hinweis=abgemeldet`) };
    return {
      status: answer.response.status,
      state: { form: 'newsletter-unsubscribe', values: {}, errors: {}, outcome: 'invalid' },
    };
  }
  if (/^\/kontakt\/?$/.test(path)) {
    return simpleForm(
      context,
      'contact',
      entries,
      (body) => api.POST('/api/v1/contact', { body: body as never }),
      '/kontakt?hinweis=gesendet',
    );
  }
  return null;
}
