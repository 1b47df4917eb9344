import { inject } from 'vitest';

/** The version of the consent text in force for `purpose`, as forms send it back. */
export async function consentVersion(purpose: string): Promise<string> {
  const { api } = inject('urls');
  const { items } = await (await fetch(`${api}/api/v1/consent-texts`)).json();
  const text = items.find((t: { purpose: string }) => t.purpose === purpose);
  if (!text) throw new Error(`no consent text for ${purpose}`);
  return text.version;
}
