import prettier from 'eslint-config-prettier';
import vue from 'eslint-plugin-vue';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import base from './base.js';

/** Rules for Vue single-file components (admin and portal). Prettier owns the layout: last. */
export default [
  ...base,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: {
      parserOptions: { parser: tseslint.parser },
      globals: { ...globals.browser },
    },
    rules: { 'vue/multi-word-component-names': 'off' },
  },
  prettier,
];
