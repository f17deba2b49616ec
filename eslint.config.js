import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'storybook-static/',
      'node_modules/',
      'coverage/',
      'test/bench/.build/',
      'demo/server/.build/',
      'demo/data/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  litA11y.configs.recommended,
  wc.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Data is rendered only as text: never as HTML (DESIGN.md "Safety on other people's pages").
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zod', message: 'Browser code imports zod/mini (DESIGN.md "Weight").' },
            { name: 'd3', message: 'Import only the d3 submodules you use.' },
            { name: 'lit/directives/unsafe-html.js', message: 'No unsafeHTML: render data as text.' },
            { name: 'lit/directives/unsafe-svg.js', message: 'No unsafeSVG: render data as text.' },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'No innerHTML: render data as text with Lit bindings.' },
        { property: 'outerHTML', message: 'No outerHTML: render data as text with Lit bindings.' },
        {
          property: 'insertAdjacentHTML',
          message: 'No insertAdjacentHTML: render data as text with Lit bindings.',
        },
        { property: 'setHTMLUnsafe', message: 'No setHTMLUnsafe: render data as text with Lit bindings.' },
        {
          property: 'createContextualFragment',
          message: 'No HTML parsing: render data as text with Lit bindings.',
        },
        { property: 'srcdoc', message: 'No srcdoc: render data as text with Lit bindings.' },
        {
          object: 'document',
          property: 'write',
          message: 'No document.write: render data as text with Lit bindings.',
        },
        {
          object: 'document',
          property: 'writeln',
          message: 'No document.writeln: render data as text with Lit bindings.',
        },
      ],
      // No code from strings (nor a page's Trusted Types policy would allow it).
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-globals': [
        'error',
        { name: 'eval', message: 'No eval: no code from strings.' },
        { name: 'Function', message: 'No Function constructor: no code from strings.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          // A srcdoc attribute (or an inline handler) in a Lit template takes HTML or code from data.
          selector: 'TaggedTemplateExpression TemplateElement[value.raw=/srcdoc\\s*=|\\son[a-z]+\\s*=/i]',
          message:
            'No srcdoc or inline on* handler in a template: use @event bindings, and render data as text.',
        },
      ],
    },
  },
  {
    files: ['test/**', '.storybook/**', '*.config.*', 'vite.config.ts', 'test/tools/**'],
    languageOptions: { globals: { ...globals.node, ...globals.mocha } },
  },
  {
    // The collector and its tests run in Node, on src/metrics and src/data only (DESIGN.md "Layers").
    files: ['demo/server/**', 'test/server/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'zod', message: "Use zod/mini, as the kit's schemas do." }],
          patterns: [
            { group: ['lit', 'lit/*', '@lit/*'], message: 'The collector uses no Lit.' },
            {
              group: [
                '**/src/components/**',
                '**/src/charts/**',
                '**/src/i18n/**',
                '**/src/index.js',
                '**/src/bundle.js',
              ],
              message: 'The collector uses src/metrics and src/data only.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests may set innerHTML on fixtures they wrote themselves.
    files: ['test/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
