// ESLint (flat config): TypeScript through typescript-eslint, the mini-program's globals, WXML
// through eslint-plugin-wxml, and a complexity ceiling for core/. Run by `npm run lint`.
const js = require('@eslint/js');
const globals = require('globals');
const tseslint = require('typescript-eslint');
const wxml = require('eslint-plugin-wxml');
const wxmlParser = require('@wxml/parser');

/** What the WeChat runtime defines for every page and component. */
const MINIPROGRAM = {
  wx: 'readonly',
  App: 'readonly',
  Page: 'readonly',
  Component: 'readonly',
  getApp: 'readonly',
  getCurrentPages: 'readonly',
  Behavior: 'readonly',
};

module.exports = tseslint.config(
  {
    ignores: ['node_modules/', 'miniprogram/miniprogram_npm/', 'miniprogram/**/*.js', 'dist/', 'coverage/', 'screenshots/', 'posters/'],
  },
  { files: ['**/*.{ts,js}'], extends: [js.configs.recommended] },
  { files: ['**/*.ts'], extends: [tseslint.configs.recommended] },
  {
    files: ['**/*.ts'],
    rules: {
      // `_name` marks a parameter kept for its position (it.each rows, handler signatures).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  { files: ['miniprogram/**/*.ts', 'typings/**/*.ts'], languageOptions: { globals: MINIPROGRAM } },
  {
    // core/ is plain TypeScript: no wx, no any; small functions (other helpers are cutting the big ones
    // down: a warning until they land, then an error).
    files: ['miniprogram/core/**/*.ts'],
    rules: {
      complexity: ['error', 10],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-globals': [
        'error',
        ...Object.keys(MINIPROGRAM).map((name) => ({ name, message: 'core/ does not touch the WeChat runtime: go through services/.' })),
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.jest, ...MINIPROGRAM } },
    rules: {
      // Tests load simulate, the preview runtime and scripts written in CommonJS.
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { 'no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'none' }] },
  },
  {
    // The preview's runtime runs in the browser; screenshots.js passes functions to page.evaluate.
    files: ['scripts/preview/runtime/**/*.js', 'scripts/preview/static/**/*.js', 'scripts/preview/screenshots.js'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    // WXS: WeChat's own ES5 dialect for templates.
    files: ['**/*.wxs'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 5, sourceType: 'script', globals: { module: 'writable', require: 'readonly', getRegExp: 'readonly', getDate: 'readonly' } },
  },
  {
    files: ['**/*.wxml'],
    plugins: { wxml },
    languageOptions: { parser: wxmlParser },
    rules: {
      'wxml/report-wxml-syntax-error': 'error',
      'wxml/report-wxs-syntax-error': 'error',
      'wxml/report-interpolation-error': 'error',
      'wxml/no-duplicate-attributes': 'error',
      'wxml/no-inconsistent-tagname': 'error',
      'wxml/no-vue-directive': 'error',
      'wxml/wx-key': 'error',
      'wxml/no-dynamic-wx-key': 'error',
      'wxml/no-wx-for-with-wx-if': 'error',
      'wxml/no-wx-for-with-wx-else': 'error',
      'wxml/no-const-and-let-in-wxs': 'error',
      'wxml/wxs-must-be-top-level': 'error',
      'wxml/wxs-module-prop': 'error',
      'wxml/no-unexpected-string-bool': 'error',
    },
  },
);
