import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PROBLEMS } from './problem-codes.js';

// Every code a client can meet is documented and named in the admin's languages.
const repoFile = (path: string) =>
  readFileSync(fileURLToPath(new URL(`../../../../${path}`, import.meta.url)), 'utf8');
const codes = Object.keys(PROBLEMS);

describe('the problem codes', () => {
  it('are all listed in docs/api-errors.md', () => {
    const docs = repoFile('docs/api-errors.md');
    expect(codes.filter((code) => !docs.includes(`\`${code}\``))).toEqual([]);
  });

  it.each(['de', 'en'])('all have a title in the admin catalogue "%s"', (locale) => {
    const catalogue = repoFile(`apps/admin/src/i18n/${locale}.ts`);
    expect(codes.filter((code) => !catalogue.includes(`'problem.title.${code}'`))).toEqual([]);
  });
});
