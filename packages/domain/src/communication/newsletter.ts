/** Where a newsletter subscription stands: waiting for the double opt-in, or confirmed. */
export const NewsletterSubscriptionStatus = {
  Pending: 'pending',
  Confirmed: 'confirmed',
} as const;
export type NewsletterSubscriptionStatus =
  (typeof NewsletterSubscriptionStatus)[keyof typeof NewsletterSubscriptionStatus];

/** What a subscriber asked for: series and topic slugs; an empty list means all of them. */
export interface NewsletterChoice {
  series: readonly string[];
  topics: readonly string[];
}

/** What the newsletter needs to know of an event to match it with a choice. */
export interface NewsletterCandidate {
  seriesSlug: string | null;
  topicSlugs: readonly string[];
}

/**
 * Whether an event fits a subscriber's choice: in one of the chosen series (or any, when none is
 * chosen) and on one of the chosen topics (or any). An event outside every series fits only a
 * subscriber who chose no series.
 */
export function fitsNewsletterChoice(
  choice: NewsletterChoice,
  event: NewsletterCandidate,
): boolean {
  const series =
    choice.series.length === 0 ||
    (event.seriesSlug !== null && choice.series.includes(event.seriesSlug));
  const topics =
    choice.topics.length === 0 || event.topicSlugs.some((slug) => choice.topics.includes(slug));
  return series && topics;
}
