import type { Locale } from '@stadtgespraech/domain/common';

/** The preview of an event before publication, behind a signed link from the admin. */
const de = {
  title: (event: string) => `Vorschau: ${event}`,
  banner: 'Vorschau – so wird die Seite aussehen. Sie ist noch nicht (oder nicht mehr) öffentlich.',
  status: {
    draft: 'Entwurf, nicht veröffentlicht',
    published: 'Veröffentlicht',
    cancelled: 'Abgesagt',
  },
  expires: (until: string) =>
    `Dieser Vorschau-Link gilt bis ${until}. Anmelden lässt sich hier nicht.`,
  invalidTitle: 'Der Vorschau-Link ist ungültig',
  invalid:
    'Diesen Link kennen wir nicht. Bitte prüfen Sie, ob Sie ihn vollständig übernommen haben.',
  expiredTitle: 'Der Vorschau-Link ist abgelaufen',
  expired: 'Vorschau-Links gelten sieben Tage. Bitten Sie die Veranstaltenden um einen neuen.',
  failedTitle: 'Die Vorschau ist gerade nicht erreichbar',
  failed: 'Bitte versuchen Sie es in einem Moment noch einmal.',
  toEvents: 'Zu den Veranstaltungen',
};

export const previewTexts: Record<Locale, typeof de> = {
  de,
  en: {
    title: (event) => `Preview: ${event}`,
    banner: 'Preview – this is how the page will look. It is not (or no longer) public.',
    status: { draft: 'Draft, not published', published: 'Published', cancelled: 'Cancelled' },
    expires: (until) =>
      `This preview link works until ${until}. Registration is not possible here.`,
    invalidTitle: 'The preview link is invalid',
    invalid: 'We do not know this link. Please check that you have copied it completely.',
    expiredTitle: 'The preview link has expired',
    expired: 'Preview links work for seven days. Ask the organisers for a new one.',
    failedTitle: 'The preview is not available at the moment',
    failed: 'Please try again in a moment.',
    toEvents: 'Go to events',
  },
};
