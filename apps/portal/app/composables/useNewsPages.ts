import type { ApiClient, NewsPost, NewsSummary } from '@stadtgespraech/api-client';

/** All news, latest first. */
export function newsListSource(api: ApiClient): PageDataSource<NewsSummary[]> {
  return {
    key: 'news',
    load: async () => latestFirst((await apiData(api.GET('/api/v1/news'))).items),
  };
}

/** One news post. */
export function newsPostSource(api: ApiClient, slug: string): PageDataSource<NewsPost> {
  return {
    key: `news:${slug}`,
    load: () => apiData(api.GET('/api/v1/news/{slug}', { params: { path: { slug } } })),
  };
}

export function useNewsList() {
  return usePageData(newsListSource(useApi()));
}

export function useNewsPost(slug: string) {
  return usePageData(newsPostSource(useApi(), slug));
}
