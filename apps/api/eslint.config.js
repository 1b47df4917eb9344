import base from '@stadtgespraech/eslint-config/base';

export default [
  ...base,
  // Nest resolves constructor parameters by their emitted types: such imports must stay values.
  { files: ['src/**/*.ts'], rules: { '@typescript-eslint/consistent-type-imports': 'off' } },
];
