import { languageTag } from '../i18n';

const formats = new Map<string, Intl.DateTimeFormat>();

function format(seconds: boolean): Intl.DateTimeFormat {
  const tag = languageTag();
  const key = `${tag}:${seconds}`;
  let found = formats.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(tag, {
      dateStyle: 'medium',
      timeStyle: seconds ? 'medium' : 'short',
      timeZone: 'Europe/Berlin',
    });
    formats.set(key, found);
  }
  return found;
}

/**
 * "21.11.2026, 14:05" (English: "21 Nov 2026, 14:05") in Berlin time, whatever the device's time
 * zone; with seconds for logs.
 */
export function formatMoment(iso: string, { seconds = false } = {}): string {
  return format(seconds).format(new Date(iso));
}
