import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { jestConfig } from '@stadtgespraech/jest-config';

// Jest resolves transform names from this package, where pnpm does not expose @swc/jest (a
// dependency of the preset only); resolve it from the preset instead.
const fromPreset = createRequire(import.meta.resolve('@stadtgespraech/jest-config'));
// `--outputFile=.reports/…` does not create the folder, and `pnpm test` at the root clears it.
mkdirSync(new URL('.reports', import.meta.url), { recursive: true });

// Dates must come out in Berlin time whatever the machine's zone: run far from Berlin and UTC
// unless TZ is set. Workers inherit it, and Node applies the change at once.
process.env.TZ ||= 'Pacific/Kiritimati';

const config = jestConfig({ integrationTimeout: 180_000 });

export default {
  ...config,
  projects: config.projects.map((project) => ({
    ...project,
    transform: Object.fromEntries(
      Object.entries(project.transform).map(([pattern, [name, options]]) => [
        pattern,
        [fromPreset.resolve(name), options],
      ]),
    ),
  })),
};
