import { createRequire } from 'node:module';

/** The API's version, from its package.json. */
export const API_VERSION: string = createRequire(import.meta.url)('../package.json').version;
