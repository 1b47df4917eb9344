import vue from '@stadtgespraech/eslint-config/vue';

export default [
  ...vue,
  {
    files: ['**/*.vue'],
    // Nuxt auto-imports composables and utils; vue-tsc reports undefined names instead.
    rules: { 'no-undef': 'off' },
  },
];
