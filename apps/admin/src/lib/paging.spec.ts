import { describe, expect, it } from 'vitest';
import { clampPage, pageCount } from './paging';

describe('pageCount', () => {
  it.each([
    [0, 20, 1],
    [1, 20, 1],
    [20, 20, 1],
    [21, 20, 2],
    [40, 20, 2],
    [41, 20, 3],
    [15, 3, 5],
  ])('gives %i items at %i per page %i pages', (total, pageSize, pages) => {
    expect(pageCount(total, pageSize)).toBe(pages);
  });

  it('keeps one page when the page size is not positive', () => {
    expect(pageCount(10, 0)).toBe(1);
  });
});

describe('clampPage', () => {
  it.each([
    [0, 45, 1],
    [-3, 45, 1],
    [2, 45, 2],
    [3, 45, 3],
    [4, 45, 3],
    [99, 0, 1],
    [2.7, 45, 2],
  ])('moves page %s of %i items into range as %i', (page, total, expected) => {
    expect(clampPage(page, total, 20)).toBe(expected);
  });
});
