import { jestConfig } from '@stadtgespraech/jest-config';

export default jestConfig({
  integrationSetup: '<rootDir>/test/global-setup.js',
  integrationTeardown: '<rootDir>/test/global-teardown.js',
  integrationTimeout: 120_000,
});
