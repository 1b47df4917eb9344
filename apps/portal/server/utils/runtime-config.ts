/** Problems with the portal's runtime configuration, one sentence each; empty when valid. */
export function runtimeConfigProblems(config: {
  apiBaseUrl?: unknown;
  public?: { siteUrl?: unknown };
}): string[] {
  const problems: string[] = [];
  const check = (name: string, env: string, value: unknown) => {
    if (!isHttpUrl(value)) {
      problems.push(
        `${name} (${env}) must be an absolute http(s) URL such as http://127.0.0.1:3001, got ${JSON.stringify(value)}`,
      );
    }
  };
  check('apiBaseUrl', 'NUXT_API_BASE_URL', config.apiBaseUrl);
  check('public.siteUrl', 'NUXT_PUBLIC_SITE_URL', config.public?.siteUrl);
  return problems;
}

function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string' || value.trim() === '') return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}
