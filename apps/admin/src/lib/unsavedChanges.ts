import { onBeforeUnmount, onMounted } from 'vue';
import { onBeforeRouteLeave } from 'vue-router';
import { t } from '../i18n';

/**
 * Asks before leaving a form with unsaved changes: inside the app with a confirmation, when the
 * tab closes or reloads with the browser's own warning.
 */
export function useUnsavedChangesGuard(unsaved: () => boolean): void {
  onBeforeRouteLeave(() => (unsaved() ? window.confirm(t('editor.leave')) : true));
  const warnOnUnload = (e: BeforeUnloadEvent) => {
    if (unsaved()) e.preventDefault();
  };
  onMounted(() => window.addEventListener('beforeunload', warnOnUnload));
  onBeforeUnmount(() => window.removeEventListener('beforeunload', warnOnUnload));
}
