import type { MaybeRefOrGetter } from 'vue';

/** Title, description and their Open Graph and Twitter counterparts of a page. */
export function usePageMeta(meta: {
  title: MaybeRefOrGetter<string>;
  description?: MaybeRefOrGetter<string | null | undefined>;
  type?: 'website' | 'article';
}) {
  const title = () => toValue(meta.title);
  const description = () => toValue(meta.description) ?? undefined;
  useSeoMeta({
    title,
    description,
    ogTitle: title,
    ogDescription: description,
    twitterTitle: title,
    twitterDescription: description,
    ...(meta.type ? { ogType: meta.type } : {}),
  });
}
