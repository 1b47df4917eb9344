/** News ordered by publication, the latest first; the input stays untouched. */
export function latestFirst<T extends { publishedAt: string }>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) => new Date(b.publishedAt).getTime() - new Date(a.publishedAt).getTime(),
  );
}
