import { describe, expect, it } from '@jest/globals';
import { validateInput, type ValidationIssue } from '../../common/validation.js';
import { EventListQueryDto } from './event-list-query.dto.js';

async function issues(plain: unknown): Promise<ValidationIssue[]> {
  const result = await validateInput(EventListQueryDto, plain);
  return result.ok ? [] : result.errors;
}

const failing = (path: string, constraint: string) =>
  expect.arrayContaining([
    expect.objectContaining({ path, constraints: expect.arrayContaining([constraint]) }),
  ]);

// What a query-string parser hands over: every value a string.
const query = (search: string) => Object.fromEntries(new URLSearchParams(search));

describe('EventListQueryDto', () => {
  it('defaults to the first page of 20', async () => {
    const result = await validateInput(EventListQueryDto, {});
    expect(result).toEqual({ ok: true, value: expect.objectContaining({ page: 1, pageSize: 20 }) });
  });

  it('converts numbers from the query string', async () => {
    const result = await validateInput(EventListQueryDto, query('page=3&pageSize=50'));
    expect(result.ok && [result.value.page, result.value.pageSize]).toEqual([3, 50]);
  });

  it('accepts every filter at once', async () => {
    await expect(
      issues(
        query(
          'time=upcoming&series=kleinstadt-web-talks&topic=buergerbeteiligung&organisation=vhw' +
            '&type=web_talk&format=online&from=2024-07-01&to=2024-12-31T23:59:59%2B01:00' +
            '&q=B%C3%BCrgerrat&page=1&pageSize=100',
        ),
      ),
    ).resolves.toEqual([]);
  });

  it.each<[string, string, string, string]>([
    ['a page size of 1000', 'pageSize=1000', 'pageSize', 'max'],
    ['a page size of 0', 'pageSize=0', 'pageSize', 'min'],
    ['page 0', 'page=0', 'page', 'min'],
    ['a page that is no number', 'page=zwei', 'page', 'isInt'],
    ['a fractional page', 'page=1.5', 'page', 'isInt'],
    ['an unknown time filter', 'time=future', 'time', 'isIn'],
    ['a series name instead of its slug', 'series=Kleinstadt%20Web-Talks', 'series', 'matches'],
    ['an unknown type', 'type=webinar', 'type', 'isIn'],
    ['an unknown format', 'format=remote', 'format', 'isIn'],
    ['a German date', 'from=01.07.2024', 'from', 'isIso8601'],
    ['an end before the start', 'from=2024-07-01&to=2024-06-30', 'to', 'isNotBefore'],
    ['a search that is too long', `q=${'a'.repeat(201)}`, 'q', 'maxLength'],
    ['an unknown parameter', 'sort=date', 'sort', 'whitelistValidation'],
  ])('refuses %s', async (_, search, path, constraint) => {
    await expect(issues(query(search))).resolves.toEqual(failing(path, constraint));
  });

  it('refuses a repeated parameter', async () => {
    await expect(issues({ type: ['web_talk', 'workshop'] })).resolves.toEqual(
      failing('type', 'isIn'),
    );
  });
});
