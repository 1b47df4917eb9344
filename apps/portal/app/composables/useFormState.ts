import type { FormState } from '~/utils/forms';

/**
 * The state of a form after a failed post without JavaScript: the server middleware puts it on the
 * request, and the page renders the values and messages; it travels to the browser in the payload.
 */
export function useFormState(form: string) {
  const event = useRequestEvent();
  return useState<FormState | null>(`form-state:${form}`, () => {
    const state = event?.context.formState as FormState | undefined;
    return state?.form === form ? state : null;
  });
}

/** The id of a form control from its field name ("answers.topic" → "feld-answers-topic"). */
export function fieldId(name: string): string {
  return `feld-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}

/** The attributes tying a control to its hint and error message. */
export function describedBy(name: string, errors: Record<string, string>, hint = false) {
  const ids = [
    hint ? `${fieldId(name)}-hinweis` : '',
    errors[name] ? `${fieldId(name)}-fehler` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return {
    'aria-describedby': ids || undefined,
    'aria-invalid': errors[name] ? ('true' as const) : undefined,
  };
}
