// Fills the nginx templates of deploy/ as the nginx image's entrypoint does.
import { readRepoFile } from './repository.ts';

/** Fills `${NAME}` like the nginx image's envsubst step: only the names given. */
export function renderTemplate(path: string, values: Record<string, string>): string {
  return readRepoFile(path).replace(/\$\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
