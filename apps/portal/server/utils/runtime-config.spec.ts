import { describe, expect, it } from 'vitest';
import { runtimeConfigProblems } from './runtime-config';

const valid = { apiBaseUrl: 'http://127.0.0.1:3001', public: { siteUrl: 'https://example.org' } };

describe('runtimeConfigProblems', () => {
  it('accepts http and https URLs', () => {
    expect(runtimeConfigProblems(valid)).toEqual([]);
  });

  it.each(['', 'localhost:3001', 'ftp://api.example.org', 'http://', 42])(
    'rejects %j as API base URL and names the variable',
    (apiBaseUrl) => {
      const problems = runtimeConfigProblems({ ...valid, apiBaseUrl });

      expect(problems).toHaveLength(1);
      expect(problems[0]).toContain('NUXT_API_BASE_URL');
    },
  );

  it('rejects a site URL that is not absolute', () => {
    const problems = runtimeConfigProblems({ ...valid, public: { siteUrl: '/portal' } });

    expect(problems[0]).toContain('NUXT_PUBLIC_SITE_URL');
  });
});
