// The apps of the packed-tarball test. Each one gets a fresh folder outside the repository; the
// files a user copies (the components, Vue's vite config) come from the README's snippets
// (`<!-- test:package <app>/<path> -->` before a fenced block), the scaffolding from here.

const HTML_HEAD = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>crm-widgets</title>
  </head>`;

const indexHtml = (entry) => `${HTML_HEAD}
  <body>
    <div id="app"></div>
    <script type="module" src="${entry}"></script>
  </body>
</html>
`;

const tsconfig = (extra = {}, include = ['src']) =>
  `${JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'Bundler',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        strict: true,
        noEmit: true,
        // The package's own .d.ts files are checked too, against the app's real React/Vue types.
        skipLibCheck: false,
        isolatedModules: true,
        verbatimModuleSyntax: true,
        ...extra,
      },
      include,
    },
    null,
    2,
  )}\n`;

const wrongTsconfig = (include) => `${JSON.stringify({ extends: './tsconfig.json', include }, null, 2)}\n`;

/** Every element of the kit; charts reach `state="ready"`, surveys render their scale. */
export const CHARTS = ['nps-gauge', 'funnel-view', 'churn-trend', 'breakdown-bars', 'kpi-card'];
export const SURVEYS = ['nps-survey', 'csat-survey', 'ces-survey'];

/**
 * @typedef {{ file: string, line: string, pattern: RegExp }} Expected
 *   an error that must be reported on the line of `file` containing `line`, its text matching `pattern`
 * @typedef {{
 *   name: string,
 *   deps: Record<string, string>,
 *   files: Record<string, string>,
 *   snippets: string[],
 *   typecheck?: { bin: string, args: string[], format: 'tsc' | 'svelte-check' },
 *   wrong?: { files: Record<string, string>, args: string[], expected: Expected[] },
 *   build?: string[],
 *   serve?: string,
 *   page?: string,
 *   elements: string[],
 *   status?: { loaded?: string, answered: string },
 *   note?: string,
 * }} App
 */

/** @type {App[]} */
export const apps = [
  {
    name: 'html',
    deps: {},
    snippets: [],
    files: {
      'index.html': `${HTML_HEAD}
  <body>
    <script type="module" src="/node_modules/crm-widgets/dist/crm-widgets.js"></script>
    <nps-gauge label="Support NPS">
      <script type="application/json">{ "promoters": 412, "passives": 180, "detractors": 96 }</script>
    </nps-gauge>
    <funnel-view>
      <script type="application/json">[{ "label": "Visits", "value": 1000 }, { "label": "Leads", "value": 120 }]</script>
    </funnel-view>
    <churn-trend>
      <script type="application/json">{ "points": [{ "date": "2025-01-31", "rate": 0.041 }, { "date": "2025-02-28", "rate": 0.037 }] }</script>
    </churn-trend>
    <breakdown-bars>
      <script type="application/json">{ "items": [{ "label": "Web", "value": 500 }, { "label": "Ads", "value": 320 }] }</script>
    </breakdown-bars>
    <kpi-card metric="cac" currency="USD">
      <script type="application/json">{ "spend": 125000, "newCustomers": 410 }</script>
    </kpi-card>
    <nps-survey brand="Acme"></nps-survey>
    <csat-survey subject="your order"></csat-survey>
    <ces-survey></ces-survey>
  </body>
</html>
`,
    },
    serve: '.',
    elements: [...CHARTS, ...SURVEYS],
  },
  {
    name: 'react',
    deps: {
      react: '^19',
      'react-dom': '^19',
      '@types/react': '^19',
      '@types/react-dom': '^19',
      typescript: '~5.9',
      vite: '^8',
      '@vitejs/plugin-react': '^6',
    },
    snippets: ['src/Dashboard.tsx'],
    files: {
      'index.html': indexHtml('/src/main.tsx'),
      'vite.config.ts': `import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({ plugins: [react()] });
`,
      'tsconfig.json': tsconfig({ jsx: 'react-jsx', types: [] }),
      'src/main.tsx': `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Dashboard } from './Dashboard';

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <Dashboard />
  </StrictMode>,
);
`,
    },
    typecheck: { bin: 'tsc', args: ['-p', 'tsconfig.json', '--pretty', 'false'], format: 'tsc' },
    wrong: {
      args: ['-p', 'tsconfig.wrong.json', '--pretty', 'false'],
      files: {
        'tsconfig.wrong.json': wrongTsconfig(['src', 'wrong']),
        'wrong/Wrong.tsx': `import type {} from 'crm-widgets/react';

export const wrong = (
  <>
    <nps-survey onNpsScore={() => {}} />
    <nps-gauge data={{ promoters: 'many', passives: 1, detractors: 1 }} />
    <nps-survey onnps-score={(e) => e.detail.value} />
    <kpi-card theme="blue" />
  </>
);
`,
      },
      expected: [
        { file: 'wrong/Wrong.tsx', line: 'onNpsScore', pattern: /onNpsScore/ },
        { file: 'wrong/Wrong.tsx', line: "'many'", pattern: /not assignable/ },
        { file: 'wrong/Wrong.tsx', line: 'e.detail.value', pattern: /'value' does not exist/ },
        { file: 'wrong/Wrong.tsx', line: '"blue"', pattern: /"blue"/ },
      ],
    },
    build: ['vite', 'build', '--logLevel', 'warn'],
    serve: 'dist',
    elements: [...CHARTS, ...SURVEYS],
    status: { loaded: 'Gauge data: property.', answered: 'Your score: 9.' },
  },
  {
    name: 'vue',
    deps: {
      vue: '^3',
      'vue-tsc': '^3',
      typescript: '~5.9',
      vite: '^8',
      '@vitejs/plugin-vue': '^6',
    },
    snippets: ['vite.config.ts', 'src/Dashboard.vue'],
    files: {
      'index.html': indexHtml('/src/main.ts'),
      'tsconfig.json': tsconfig({ types: [], jsx: 'preserve' }, ['src/**/*.ts', 'src/**/*.vue']),
      'src/main.ts': `import { createApp } from 'vue';
import Dashboard from './Dashboard.vue';

createApp(Dashboard).mount('#app');
`,
    },
    typecheck: { bin: 'vue-tsc', args: ['-p', 'tsconfig.json', '--pretty', 'false'], format: 'tsc' },
    wrong: {
      args: ['-p', 'tsconfig.wrong.json', '--pretty', 'false'],
      files: {
        'tsconfig.wrong.json': wrongTsconfig(['src/**/*.ts', 'src/**/*.vue', 'wrong/**/*.vue']),
        'wrong/Wrong.vue': `<script setup lang="ts">
import type {} from 'crm-widgets/vue';
</script>

<template>
  <nps-gauge :data="{ promoters: 'many', passives: 1, detractors: 1 }" />
  <nps-survey @nps-score="(e) => e.detail.value" />
  <kpi-card theme="blue" />
</template>
`,
      },
      expected: [
        { file: 'wrong/Wrong.vue', line: "'many'", pattern: /not assignable/ },
        { file: 'wrong/Wrong.vue', line: 'e.detail.value', pattern: /'value' does not exist/ },
        { file: 'wrong/Wrong.vue', line: '"blue"', pattern: /"blue"/ },
      ],
    },
    build: ['vite', 'build', '--logLevel', 'warn'],
    serve: 'dist',
    elements: [...CHARTS, ...SURVEYS],
    status: { loaded: 'Gauge data: property.', answered: 'Your score: 9.' },
  },
  {
    name: 'svelte',
    deps: {
      svelte: '^5',
      'svelte-check': '^4',
      '@sveltejs/vite-plugin-svelte': '^7',
      typescript: '~5.9',
      vite: '^8',
    },
    snippets: ['src/Dashboard.svelte'],
    files: {
      'index.html': indexHtml('/src/main.ts'),
      'vite.config.ts': `import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

export default defineConfig({ plugins: [svelte()] });
`,
      'svelte.config.js': `import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

export default { preprocess: vitePreprocess() };
`,
      'tsconfig.json': tsconfig({ types: ['svelte'] }, ['src/**/*.ts', 'src/**/*.svelte']),
      'src/main.ts': `import { mount } from 'svelte';
import Dashboard from './Dashboard.svelte';

mount(Dashboard, { target: document.getElementById('app')! });
`,
    },
    typecheck: {
      bin: 'svelte-check',
      args: ['--tsconfig', './tsconfig.json', '--output', 'machine', '--fail-on-warnings'],
      format: 'svelte-check',
    },
    build: ['vite', 'build', '--logLevel', 'warn'],
    serve: 'dist',
    elements: ['nps-gauge', 'nps-survey'],
    status: { answered: 'Your score: 9.' },
    note: 'no negative check: the package has no Svelte types (Svelte allows any prop on a custom element)',
  },
  {
    name: 'angular',
    deps: {
      '@angular/core': '^21',
      '@angular/common': '^21',
      '@angular/compiler': '^21',
      '@angular/platform-browser': '^21',
      rxjs: '^7',
      typescript: '~5.9',
      vite: '^8',
    },
    snippets: ['src/dashboard.component.ts'],
    files: {
      // No Angular CLI: the component is compiled in the browser (JIT, `@angular/compiler`), which
      // renders the same template with the same schema, from a plain Vite build.
      'index.html': `${HTML_HEAD}
  <body>
    <app-dashboard></app-dashboard>
    <script type="module" src="/src/main.ts"></script>
  </body>
</html>
`,
      'vite.config.ts': `import { defineConfig } from 'vite';

// The JIT compiler is in the bundle: no warning about its size.
export default defineConfig({ build: { chunkSizeWarningLimit: 2000 } });
`,
      'tsconfig.json': tsconfig({ experimentalDecorators: true, types: [] }),
      'src/main.ts': `import '@angular/compiler';
import { provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { DashboardComponent } from './dashboard.component';

bootstrapApplication(DashboardComponent, { providers: [provideZonelessChangeDetection()] }).catch((error) =>
  console.error(error),
);
`,
    },
    typecheck: { bin: 'tsc', args: ['-p', 'tsconfig.json', '--pretty', 'false'], format: 'tsc' },
    build: ['vite', 'build', '--logLevel', 'warn'],
    serve: 'dist',
    elements: ['nps-gauge', 'nps-survey'],
    status: { answered: 'Your score: 9.' },
    note: 'typecheck with tsc against @angular/core, template compiled JIT in the browser; no negative check: Angular does not type custom elements in templates',
  },
];
