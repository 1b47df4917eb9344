import { ref } from 'vue';

const pending = ref('');

/**
 * One message carried to the next page (e.g. "Thema gelöscht" shown on the list after the
 * item's page is gone). Taken once, so a reload does not repeat it.
 */
export const flash = {
  put(text: string) {
    pending.value = text;
  },
  take(): string {
    const text = pending.value;
    pending.value = '';
    return text;
  },
};
