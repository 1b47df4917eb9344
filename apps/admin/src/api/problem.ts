import { isProblem } from '@stadtgespraech/api-client';
import { t, tOr } from '../i18n';

/**
 * What the app shows of a failed request: the problem's title (in the app's language where the
 * catalogue knows the code, else the API's English title) and its stable `code`.
 */
export interface ApiProblem {
  title: string;
  code: string;
  status: number | null;
  detail: string | null;
  /** Invalid fields, e.g. `{ pointer: 'request.title', messages: [...] }`. */
  errors: { pointer: string; messages: string[] }[];
  /** Further members of the problem document (e.g. `blockers`, `currentVersion`). */
  extensions: Record<string, unknown>;
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; problem: ApiProblem };

/** A problem for whatever failed: a problem document, another error response, or no response. */
export function toProblem(error: unknown, response?: Response): ApiProblem {
  if (isProblem(error)) {
    const {
      title,
      code,
      status,
      detail,
      errors,
      type: _type,
      instance: _instance,
      ...rest
    } = error as typeof error & Record<string, unknown>;
    return {
      title: tOr(`problem.title.${code}`, title),
      code,
      status,
      detail: detail ?? null,
      errors: errors ?? [],
      extensions: rest,
    };
  }
  if (response) {
    return {
      title: t('problem.http', { status: String(response.status) }),
      code: `HTTP.${response.status}`,
      status: response.status,
      detail: null,
      errors: [],
      extensions: {},
    };
  }
  return {
    title: t('problem.network'),
    code: 'NETWORK.UNREACHABLE',
    status: null,
    detail: null,
    errors: [],
    extensions: {},
  };
}

/** Runs one call of the typed client and never throws: the result is data or a problem. */
export async function callApi<T>(
  call: () => Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<ApiResult<T>> {
  try {
    const { data, error, response } = await call();
    // 204 No Content (a deletion) is a success without a body.
    const empty = response.status === 204;
    if (error !== undefined || !response.ok || (data === undefined && !empty)) {
      return { ok: false, problem: toProblem(error, response) };
    }
    return { ok: true, data: data as T };
  } catch (error) {
    return { ok: false, problem: toProblem(error) };
  }
}

/** The problem's validation messages by field (`request.email` → `email`), for the form fields. */
export function fieldErrors(problem: ApiProblem | null): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const error of problem?.errors ?? [])
    errors[error.pointer.replace(/^request\./, '')] = error.messages.join(' ');
  return errors;
}
