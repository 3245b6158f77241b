// @ts-check
import eslint from '@eslint/js';
import angular from 'angular-eslint';
import boundaries from 'eslint-plugin-boundaries';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/**
 * Where each file belongs, for the import boundaries. Each folder under pages/ is a page of its own; the first
 * pattern that matches wins, so `app` is every other file under src/.
 */
const elements = [
  { type: 'proxy', pattern: 'src/app/proxy', partialMatch: false },
  { type: 'data', pattern: 'src/app/data', partialMatch: false },
  { type: 'core', pattern: 'src/app/core', partialMatch: false },
  { type: 'shared', pattern: 'src/app/shared', partialMatch: false },
  { type: 'page', pattern: 'src/app/pages/*', partialMatch: false, capture: ['page'] },
  { type: 'i18n', pattern: 'src/app/i18n', partialMatch: false },
  { type: 'testing', pattern: 'src/app/testing', partialMatch: false },
  { type: 'app', pattern: 'src', partialMatch: false },
  { type: 'e2e', pattern: 'e2e', partialMatch: false },
];

// Imports inside one element (one page's own files) are not checked, so "another page" needs no list of names.
const boundaryPolicies = {
  default: 'allow',
  policies: [
    {
      from: { element: { type: 'page' } },
      disallow: { to: { element: { type: 'page' } } },
      message:
        'pages/{{ from.element.captured.page }} imports pages/{{ to.element.captured.page }}: a page does not ' +
        'import another page; move what both need to shared/, core/ or data/.',
    },
    {
      from: { element: { types: { anyOf: ['core', 'shared', 'data'] } } },
      disallow: { to: { element: { type: 'page' } } },
      message: 'core/, shared/ and data/ serve every page and do not import one.',
    },
    {
      // The generated client changes with the API: data/ alone absorbs that, under the names the app uses.
      from: { element: { types: { noneOf: ['data', 'proxy'] } } },
      disallow: { to: { element: { type: 'proxy' } } },
      message:
        'Only data/ imports the generated API client (proxy/): import the type or call from data/.',
    },
  ],
};

export default defineConfig(
  {
    ignores: [
      'dist/**',
      'src/app/proxy/**',
      'test-results/**',
      'playwright-report/**',
      '.angular/**',
    ],
  },
  {
    files: ['**/*.ts'],
    extends: [
      eslint.configs.recommended,
      tseslint.configs.recommended,
      angular.configs.tsRecommended,
    ],
    processor: angular.processInlineTemplates,
    plugins: { boundaries },
    settings: {
      'boundaries/root-path': import.meta.dirname,
      'boundaries/elements': elements,
      'import/resolver': { node: { extensions: ['.ts', '.js', '.mjs'] } },
    },
    rules: {
      '@angular-eslint/component-selector': [
        'error',
        { type: 'element', prefix: 'app', style: 'kebab-case' },
      ],
      '@angular-eslint/directive-selector': [
        'error',
        { type: 'attribute', prefix: 'app', style: 'camelCase' },
      ],
      // `const { dropped, ...rest } = value` is how the code leaves a key out of an object; a template
      // context guard (`static ngTemplateContextGuard(_dir, _ctx): _ctx is …`) must declare parameters it does not use.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { ignoreRestSiblings: true, argsIgnorePattern: '^_' },
      ],
      'boundaries/dependencies': ['error', boundaryPolicies],
    },
  },
  {
    files: ['**/*.html'],
    extends: [angular.configs.templateRecommended, angular.configs.templateAccessibility],
    rules: {
      // `x != null` is the templates' one test for "neither null nor undefined".
      '@angular-eslint/template/eqeqeq': ['error', { allowNullOrUndefined: true }],
    },
  },
  {
    files: ['**/*.mjs'],
    extends: [eslint.configs.recommended],
  },
);
