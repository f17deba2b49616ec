/// <reference types="node" />
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { defineConfig, type Plugin } from 'vite';
import pkg from './package.json' with { type: 'json' };

const src = fileURLToPath(new URL('./src/', import.meta.url));

/**
 * Library entries: `dist/index.js` (registers every element, re-exports the API),
 * `dist/metrics.js`, and one `dist/<element>.js` for each `src/components/<element>/index.ts`,
 * so an element issue adds its entry by adding its folder.
 */
export function libraryEntries(): Record<string, string> {
  const entries: Record<string, string> = { index: `${src}index.ts`, metrics: `${src}metrics/index.ts` };
  const components = `${src}components/`;
  if (existsSync(components)) {
    for (const dir of readdirSync(components, { withFileTypes: true })) {
      const entry = `${components}${dir.name}/index.ts`;
      if (dir.isDirectory() && existsSync(entry)) entries[dir.name] = entry;
    }
  }
  return entries;
}

const dependencies = Object.keys(pkg.dependencies);
/** `lit`, `lit/decorators.js`, `d3-scale`, `zod/mini`… stay imports in the library build. */
const isDependency = (id: string) => dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));

/**
 * Minifies the CSS inside `css` tagged templates and the HTML inside `html`/`svg` templates
 * (the indentation Prettier gives them): every element ships without it. Whitespace is collapsed
 * conservatively (a run becomes one space, never nothing), so text beside a binding or an inline
 * element keeps its space.
 */
const minifyTemplates = () =>
  minifyLiterals({
    include: ['src/**/*.ts'],
    failOnError: true,
    options: { minifyOptions: { conservativeCollapse: true } },
  }) as unknown as Plugin;

/**
 * V8's explicit compile hint, first in every file the build writes: Chromium then compiles all of
 * the file's functions eagerly, on a background thread while the script streams in, instead of
 * one by one on the main thread as a first render first calls them (measured: 15–20 ms less
 * main-thread time in a first render of <nps-gauge> or <churn-trend>). Other engines ignore it;
 * an app's bundler drops it, and may add it to its own bundle.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

export default defineConfig(({ mode }) =>
  mode === 'bundle'
    ? {
        plugins: [minifyTemplates()],
        // `vite build --mode bundle`: dist/crm-widgets.js, one self-contained, minified file
        // for a plain <script type="module">, dependencies inlined: src/bundle.ts (every element
        // and the page-facing API). Exporting a chart imports dist/crm-widgets-export-*.js, which
        // stands alone (it imports nothing back), from beside it.
        build: {
          target: 'es2022',
          emptyOutDir: false,
          sourcemap: true,
          // Vite keeps whitespace in ES library builds so that bundlers can still tree-shake
          // them; this file goes straight to pages, so rolldown minifies it whole.
          // The export engine (loaded by the charts on first use) is the one other file, beside it.
          rolldownOptions: {
            output: {
              minify: true,
              postBanner: COMPILE_HINT,
              chunkFileNames: 'crm-widgets-[name]-[hash].js',
            },
          },
          lib: { entry: `${src}bundle.ts`, formats: ['es'], fileName: () => 'crm-widgets.js' },
        },
      }
    : {
        plugins: [minifyTemplates()],
        // `vite build`: per-entry ES modules for bundlers; dependencies stay external so an
        // app shares one copy of Lit, d3 and zod.
        build: {
          target: 'es2022',
          minify: false,
          sourcemap: true,
          lib: { entry: libraryEntries(), formats: ['es'], fileName: (_format, name) => `${name}.js` },
          rolldownOptions: {
            external: isDependency,
            output: { chunkFileNames: 'chunks/[name]-[hash].js', banner: COMPILE_HINT },
          },
        },
      },
);
