import type { DateInput, ImageRef, IsoDateTime, Uuid } from '../common/types.js';
import { toInstant } from '../rules/instant.js';

/** What a news post is. */
export const NewsKind = {
  /** A report on something that happened, e.g. the Kleinstadtkongress. */
  Report: 'report',
  /** An announcement of something to come, e.g. a call for projects. */
  Announcement: 'announcement',
} as const;
export type NewsKind = (typeof NewsKind)[keyof typeof NewsKind];

/** A news post of the network, shown under "Aktuelles" on the portal. */
export interface NewsPost {
  id: Uuid;
  slug: string;
  kind: NewsKind;
  title: string;
  /** One or two sentences for lists and the newsletter. */
  teaser: string | null;
  /** Markdown. */
  body: string;
  image: ImageRef | null;
  /** The publishing organisation, if not the network as a whole. */
  organisationId: Uuid | null;
  /** Null: a draft. In the future: scheduled; the post goes public at that moment. */
  publishedAt: IsoDateTime | null;
}

/** Where a news post stands: a draft, scheduled for a moment to come, or public. */
export const NewsPublication = {
  Draft: 'draft',
  Scheduled: 'scheduled',
  Published: 'published',
} as const;
export type NewsPublication = (typeof NewsPublication)[keyof typeof NewsPublication];

/** Where a post with this `publishedAt` stands at `now`. */
export function newsPublication(
  publishedAt: DateInput | null | undefined,
  now: DateInput,
): NewsPublication {
  if (publishedAt === null || publishedAt === undefined) return NewsPublication.Draft;
  return toInstant(publishedAt, 'publishedAt').getTime() > toInstant(now, 'now').getTime()
    ? NewsPublication.Scheduled
    : NewsPublication.Published;
}
