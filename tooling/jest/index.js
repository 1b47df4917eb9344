/**
 * Jest configuration shared by the domain package and the API: TypeScript compiled by SWC as ES
 * modules (NestJS 12 is ESM-only), with decorator metadata for class-validator and NestJS.
 * `*.spec.ts` run in the "unit" project, `*.integration-spec.ts` in "integration".
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Resolved here: the preset's own dependency is not visible from the packages that use it.
const swcTransform = [
  fileURLToPath(import.meta.resolve('@swc/jest')),
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2023',
      keepClassNames: true,
    },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  },
];

const common = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': swcTransform },
  // Sources import siblings as `./x.js` (NodeNext); Jest resolves the `.ts` file.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
};

/** @param {{ integrationSetup?: string, integrationTeardown?: string, integrationTimeout?: number }} [options] */
export function jestConfig(options = {}) {
  // The package scripts write JSON reports there (added up by `npm test`); Jest does not create it.
  mkdirSync('.reports', { recursive: true });
  return {
    // A project-level testTimeout is ignored by Jest 30: set it once, generous for integration.
    testTimeout: options.integrationTimeout ?? 60_000,
    projects: [
      { ...common, displayName: 'unit', testMatch: ['<rootDir>/src/**/*.spec.ts'] },
      {
        ...common,
        displayName: 'integration',
        testMatch: [
          '<rootDir>/src/**/*.integration-spec.ts',
          '<rootDir>/test/**/*.integration-spec.ts',
        ],
        ...(options.integrationSetup ? { globalSetup: options.integrationSetup } : {}),
        ...(options.integrationTeardown ? { globalTeardown: options.integrationTeardown } : {}),
      },
    ],
  };
}
