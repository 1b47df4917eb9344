const MOMENT = new Intl.DateTimeFormat('de-DE', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Berlin',
});
const PRECISE = new Intl.DateTimeFormat('de-DE', {
  dateStyle: 'medium',
  timeStyle: 'medium',
  timeZone: 'Europe/Berlin',
});

/** "21.11.2026, 14:05" in Berlin time, whatever the device's time zone; with seconds for logs. */
export function formatMoment(iso: string, { seconds = false } = {}): string {
  return (seconds ? PRECISE : MOMENT).format(new Date(iso));
}
