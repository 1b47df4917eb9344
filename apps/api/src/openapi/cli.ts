// Writes the OpenAPI document to a file: `pnpm openapi:export` refreshes the typed client's copy.
import { writeFileSync } from 'node:fs';
import { createApp } from '../app.factory.js';
import { loadConfig } from '../config/app-config.js';
import { buildOpenApiDocument } from './openapi-document.js';
import { serialiseOpenApi } from './serialise.js';

const [target] = process.argv.slice(2);
if (!target) {
  console.error('Usage: node dist/openapi/cli.js <file>');
  process.exit(2);
}
// Preview mode builds the routes without connecting to a database.
const app = await createApp(
  loadConfig({ DATABASE_URL: 'postgres://openapi@localhost/none', NODE_ENV: 'test' }),
  { preview: true },
);
writeFileSync(target, serialiseOpenApi(buildOpenApiDocument(app)));
await app.close();
console.log(`OpenAPI document written to ${target}`);
