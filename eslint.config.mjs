// Lint for TypeScript, Astro components and Preact islands. Runs in `npm test` with zero
// warnings allowed. Formatting is Prettier's job, not ESLint's.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-base/',
      '.astro/',
      '.bench/',
      '.lighthouseci/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Islands: accessible markup and the rules of hooks (Preact's hooks follow React's rules).
    files: ['src/components/islands/**/*.{ts,tsx}'],
    plugins: { 'jsx-a11y': jsxA11y, 'react-hooks': reactHooks },
    settings: { 'jsx-a11y': { attributes: { for: ['htmlFor', 'for'] } } },
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      // The two classic hook rules; the React Compiler's extra rules assume React's runtime.
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // Accessibility rules for .astro templates too.
    files: ['**/*.astro'],
    ...astro.configs['jsx-a11y-recommended'][0],
  },
);
