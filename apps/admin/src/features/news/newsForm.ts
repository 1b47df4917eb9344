import type { StaffNewsPost } from '@stadtgespraech/api-client';
import type { ImageRef } from '@stadtgespraech/domain/common';
import { berlinWallClock } from '@stadtgespraech/domain/rules';
import { instant } from '../event-editor/eventForm';
import { slugOf } from '../references/referenceCalls';

/** How a post goes public when saved: not at all, at once, or at a Berlin date and time. */
export type NewsPublicationChoice = 'draft' | 'now' | 'at';

/** A news post as the editor's inputs hold it. */
export interface NewsForm {
  kind: 'report' | 'announcement';
  title: string;
  slug: string;
  teaser: string;
  body: string;
  image: ImageRef | null;
  organisationId: string;
  publication: NewsPublicationChoice;
  /** Berlin `YYYY-MM-DD` and `HH:MM` when `publication` is "at". */
  date: string;
  time: string;
}

export const emptyNewsForm = (): NewsForm => ({
  kind: 'report',
  title: '',
  slug: '',
  teaser: '',
  body: '',
  image: null,
  organisationId: '',
  publication: 'draft',
  date: '',
  time: '09:00',
});

/** A saved post keeps its moment: scheduled and published posts show it in Berlin time. */
export function newsFormFrom(post: StaffNewsPost): NewsForm {
  const moment = post.publishedAt ? berlinWallClock(post.publishedAt) : null;
  return {
    kind: post.kind,
    title: post.title,
    slug: post.slug,
    teaser: post.teaser ?? '',
    body: post.body,
    image: post.image,
    organisationId: post.organisation?.id ?? '',
    publication: moment ? 'at' : 'draft',
    date: moment?.date ?? '',
    time: moment?.time ?? '09:00',
  };
}

/** `publishedAt` for the API; "now" is the moment of saving. */
export function publishedAtFrom(form: NewsForm, now = new Date()): string | null {
  if (form.publication === 'draft') return null;
  if (form.publication === 'now') return now.toISOString();
  return instant(form.date, form.time);
}

/** The body of a create (`post` null) or a change. */
export function newsInputFrom(form: NewsForm, post: StaffNewsPost | null, now = new Date()) {
  return {
    kind: form.kind,
    title: form.title.trim(),
    slug: slugOf(form.slug, post),
    teaser: form.teaser.trim() || null,
    body: form.body,
    image: form.image,
    organisationId: form.organisationId || null,
    publishedAt: publishedAtFrom(form, now),
  };
}
