import { describe, expect, it } from 'vitest';
import { latestFirst } from './news';

describe('latestFirst', () => {
  it('orders by publication, the latest first', () => {
    const items = [
      { slug: 'alt', publishedAt: '2024-09-23T07:00:00Z' },
      { slug: 'neu', publishedAt: '2025-10-01T07:00:00Z' },
      { slug: 'mitte', publishedAt: '2025-04-17T07:00:00Z' },
    ];

    expect(latestFirst(items).map((i) => i.slug)).toEqual(['neu', 'mitte', 'alt']);
    expect(items[0]?.slug).toBe('alt');
  });
});
