import { defineVitestProject } from '@nuxt/test-utils/config';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        // Plain logic: fast, no Nuxt.
        test: {
          name: 'unit',
          environment: 'node',
          include: ['app/utils/**/*.spec.ts', 'server/**/*.spec.ts'],
        },
      },
      await defineVitestProject({
        // Components and composables inside a Nuxt app (happy-dom).
        test: {
          name: 'nuxt',
          environment: 'nuxt',
          include: [
            'app/components/**/*.spec.ts',
            'app/composables/**/*.spec.ts',
            'test/nuxt/**/*.spec.ts',
          ],
          environmentOptions: { nuxt: { domEnvironment: 'happy-dom' } },
        },
      }),
    ],
  },
});
