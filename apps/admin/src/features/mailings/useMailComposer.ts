import type { MailingPreview } from '@stadtgespraech/api-client';
import { computed, nextTick, ref, shallowRef, watch, type Ref } from 'vue';
import { fieldErrors, type ApiProblem, type ApiResult } from '../../api/problem';
import type FormFeedback from '../../components/FormFeedback.vue';
import { t } from '../../i18n';

/** What a page that composes a mail (a mailing, a newsletter issue) tells the composer. */
export interface MailComposerOptions<Field extends string> {
  /** The request body of preview, test and send, as the form stands. */
  request: Ref<object>;
  /** What the API would refuse, said at the fields before asking it. */
  validate: () => Partial<Record<Field, string>>;
  /** The field's name in the API's problem pointers, e.g. `subjectEn` → `english.subject`. */
  apiField: Record<Field, string>;
  /** The message for a problem of the API; `fallback` says what failed. */
  problemText?: (problem: ApiProblem, fallback: string) => string;
}

/**
 * The steps of composing a mail to many: check the form, preview (which must be current before
 * sending), test to oneself, confirm, send once. One idempotency key per composed text, so a
 * repeated click or a retry after a lost answer sends nothing twice.
 */
export function useMailComposer<Field extends string>(options: MailComposerOptions<Field>) {
  let idempotencyKey = crypto.randomUUID();
  const current = computed(() => JSON.stringify(options.request.value));
  const preview = shallowRef<MailingPreview | null>(null);
  const previewedFor = ref('');
  const previewStale = computed(
    () => preview.value !== null && previewedFor.value !== current.value,
  );
  const busy = ref(false);
  const message = ref('');
  const problem = shallowRef<ApiProblem | null>(null);
  const feedback = ref<InstanceType<typeof FormFeedback> | null>(null);
  const shown = ref<Partial<Record<Field, string>>>({});
  const sent = ref('');
  const tested = ref('');
  const confirming = ref(false);
  watch(current, () => {
    idempotencyKey = crypto.randomUUID();
    sent.value = '';
  });

  const apiErrors = computed(() => fieldErrors(problem.value));
  const errorOf = (field: Field): string | null =>
    (shown.value as Record<Field, string | undefined>)[field] ??
    apiErrors.value[options.apiField[field]] ??
    null;

  async function fail(text: string, found: ApiProblem | null = null) {
    message.value = found && options.problemText ? options.problemText(found, text) : text;
    problem.value = found;
    await nextTick();
    feedback.value?.focus();
  }

  /** Runs one request at a time, after the form's own checks. */
  async function step(run: () => Promise<unknown>) {
    if (busy.value) return;
    shown.value = options.validate();
    problem.value = null;
    message.value = '';
    if (Object.keys(shown.value).length > 0) return fail(t('mailing.incomplete'));
    busy.value = true;
    try {
      await run();
    } finally {
      busy.value = false;
    }
  }

  const showPreview = (call: (body: object) => Promise<ApiResult<MailingPreview>>) =>
    step(async () => {
      const body = current.value;
      const result = await call(options.request.value);
      if (!result.ok) return fail(t('mailing.previewFailed'), result.problem);
      preview.value = result.data;
      previewedFor.value = body;
    });

  const sendTest = (call: (body: object) => Promise<ApiResult<{ to: string }>>) =>
    step(async () => {
      tested.value = '';
      const result = await call(options.request.value);
      if (!result.ok) return fail(t('mailing.testFailed'), result.problem);
      tested.value = t('mailing.test.sent', { to: result.data.to });
    });

  /** Asks for confirmation once the preview shows what is about to go out. */
  const askToSend = () =>
    step(async () => {
      if (!preview.value || previewStale.value) return fail(t('mailing.send.needsPreview'));
      confirming.value = true;
    });

  /** Sends with the key of this text; `done` says what went out (shown once the form is reset). */
  async function send<T>(
    call: (body: object, idempotencyKey: string) => Promise<ApiResult<T>>,
    failed: string,
    done: (result: T) => Promise<string>,
  ) {
    if (busy.value) return;
    busy.value = true;
    try {
      const result = await call(options.request.value, idempotencyKey);
      if (!result.ok) return fail(failed, result.problem);
      preview.value = null;
      const text = await done(result.data);
      await nextTick();
      sent.value = text;
    } finally {
      busy.value = false;
    }
  }

  return {
    preview,
    previewStale,
    busy,
    message,
    problem,
    feedback,
    sent,
    tested,
    confirming,
    errorOf,
    showPreview,
    sendTest,
    askToSend,
    send,
  };
}
