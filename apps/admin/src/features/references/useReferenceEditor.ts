import { computed, nextTick, ref, shallowRef, type Ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { useApiClient } from '../../api/client';
import { fieldErrors, type ApiProblem } from '../../api/problem';
import { useApiResource } from '../../api/useApiResource';
import type FormFeedback from '../../components/FormFeedback.vue';
import { t, type MessageKey } from '../../i18n';
import { useUnsavedChangesGuard } from '../../lib/unsavedChanges';
import { flash } from '../../lib/flash';
import { referenceCalls, type ReferenceCollection } from './referenceCalls';

/** What a reference (series, organisation, person, topic) or a news post needs for its edit page. */
export interface ReferenceEditorOptions<Item extends { id: string; version?: number }, Form> {
  /** The list page, e.g. "/themen"; the item's page is `${listPath}/${id}`. */
  listPath: string;
  emptyForm: () => Form;
  toForm: (item: Item) => Form;
  /** The staff API collection, e.g. "topics". */
  collection: ReferenceCollection;
  /**
   * Load the item alone (GET …/{id}) instead of from the list — for items whose list leaves out
   * what the form needs (a news post's text). Nothing to merge into is offered then.
   */
  loadAlone?: boolean;
  /** The problem code when the item is gone, e.g. "TOPIC.NOT_FOUND". */
  notFoundCode: string;
  /** The body of a create (`item` null) or a change; a new item's empty slug is left out. */
  body: (form: Form, item: Item | null) => object;
  /** The item's name in headings and messages. */
  label: (item: Item) => string;
  /** Texts for the problem codes a user can cause, e.g. "slug taken". */
  problemTexts: Record<string, MessageKey>;
}

/**
 * State and steps of a reference's edit page: load, create or save with field errors, merge
 * into another item, delete; asks before leaving unsaved changes. New items live at
 * `${listPath}/neu`; after the first save the page moves to the item's id.
 */
export function useReferenceEditor<Item extends { id: string; version?: number }, Form>(
  options: ReferenceEditorOptions<Item, Form>,
) {
  const calls = referenceCalls<Item>(useApiClient(), options.collection);
  const route = useRoute();
  const router = useRouter();
  const id = computed(() => (route.params.id === 'neu' ? null : String(route.params.id)));

  const form = ref(options.emptyForm()) as Ref<Form>;
  let saved = JSON.stringify(form.value);
  const unsaved = () => JSON.stringify(form.value) !== saved;
  useUnsavedChangesGuard(unsaved);

  /** Fills in defaults that arrive late (e.g. the organiser's own organisation) as not unsaved. */
  function prefill(change: (form: Form) => void) {
    const untouched = !unsaved();
    change(form.value);
    if (untouched) saved = JSON.stringify(form.value);
  }

  const item = shallowRef<Item | null>(null);
  const others = shallowRef<Item[]>([]);
  function fill(loaded: Item) {
    item.value = loaded;
    form.value = options.toForm(loaded);
    saved = JSON.stringify(form.value);
  }

  const loaded = useApiResource<null>(async () => {
    if (!id.value) return { ok: true, data: null };
    if (options.loadAlone) {
      const one = await calls.get(id.value);
      if (!one.ok) return one;
      fill(one.data);
      return { ok: true, data: null };
    }
    const result = await calls.list();
    if (!result.ok) return result;
    const found = result.data.items.find((candidate) => candidate.id === id.value);
    if (!found) return { ok: false, problem: gone(options.notFoundCode) };
    fill(found);
    others.value = result.data.items;
    return { ok: true, data: null };
  });

  const busy = ref(false);
  const message = ref('');
  const notice = ref('');
  const problem = shallowRef<ApiProblem | null>(null);
  const feedback = ref<InstanceType<typeof FormFeedback> | null>(null);
  const errors = computed(() => fieldErrors(problem.value));

  async function announce(text: string, found: ApiProblem | null) {
    message.value = found ? text : '';
    notice.value = found ? '' : text;
    problem.value = found;
    await nextTick();
    feedback.value?.focus();
  }

  function report(found: ApiProblem) {
    const key = options.problemTexts[found.code];
    return announce(key ? t(key) : t('reference.error.failed'), found);
  }

  /** Runs one step at a time; a second click while a request runs does nothing. */
  async function step(run: () => Promise<void>) {
    if (busy.value) return;
    busy.value = true;
    try {
      await run();
    } finally {
      busy.value = false;
    }
  }

  const save = () =>
    step(async () => {
      const current = item.value;
      const result = current
        ? await calls.update(current, options.body(form.value, current))
        : await calls.create(options.body(form.value, null));
      if (!result.ok) return report(result.problem);
      fill(result.data);
      if (current) return announce(t('reference.saved'), null);
      // Same route, same component: the page stays and loads what the item may be merged into;
      // an item loaded alone has nothing to merge into, and the answer already holds it.
      await router.replace(`${options.listPath}/${result.data.id}`);
      if (!options.loadAlone) await loaded.reload();
      await announce(t('reference.created', { name: options.label(result.data) }), null);
    });

  const merge = (into: string) =>
    step(async () => {
      const current = item.value;
      if (!current) return;
      const result = await calls.merge(current, into);
      if (!result.ok) return report(result.problem);
      // The merged item is gone: its page moves to the item kept, with that item's values.
      await router.replace(`${options.listPath}/${result.data.id}`);
      await loaded.reload();
      await announce(
        t('reference.merged', { name: options.label(current), into: options.label(result.data) }),
        null,
      );
    });

  const remove = () =>
    step(async () => {
      const current = item.value;
      if (!current) return;
      const result = await calls.remove(current);
      if (!result.ok) return report(result.problem);
      saved = JSON.stringify(form.value);
      flash.put(t('reference.deleted', { name: options.label(current) }));
      await router.replace(options.listPath);
    });

  return {
    listPath: options.listPath,
    label: options.label as (item: { id: string }) => string,
    id,
    form,
    prefill,
    item,
    others,
    loaded,
    busy,
    message,
    notice,
    problem,
    errors,
    feedback,
    save,
    merge,
    remove,
  };
}

function gone(code: string): ApiProblem {
  const title = t('reference.error.gone');
  return { title, code, status: 404, detail: null, errors: [], extensions: {} };
}

export type ReferenceEditor = ReturnType<typeof useReferenceEditor>;
