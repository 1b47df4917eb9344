import base from './base.js';

const frameworks = [
  '@nestjs/*',
  'typeorm',
  'typeorm/*',
  'vue',
  'nuxt',
  'nuxt/*',
  '#app',
  '#imports',
  'pg',
];

/** The domain package stays framework-free: reusable from plain Node and any front end. */
export default [
  ...base,
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: frameworks,
              message: 'The domain package must not import frameworks or persistence.',
            },
          ],
        },
      ],
    },
  },
];
