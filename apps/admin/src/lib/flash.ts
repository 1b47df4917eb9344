// Read once when the next page is set up; nothing renders it reactively.
let pending = '';

/**
 * One message carried to the next page (e.g. "Thema gelöscht" shown on the list after the
 * item's page is gone). Taken once, so a reload does not repeat it.
 */
export const flash = {
  put(text: string) {
    pending = text;
  },
  take(): string {
    const text = pending;
    pending = '';
    return text;
  },
};
