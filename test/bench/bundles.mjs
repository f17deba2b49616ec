// Builds every contender's page bundle into test/bench/.build/ and measures the bundles' weights.
// The kit's bundles are the built dist/<entry>.js bundled whole, minified, ESM: exactly what
// test/tools/size-budget.mjs measures. The peers' bundles come from the entry files in peers/.
// The kit's pages load its bundle with V8's compile hint first, as every file the kit's build
// writes begins (vite.config.ts): bundling drops comments, so it is put back as a banner. A
// second page per element loads the same bundle without it (`-nohint`), as an app's own bundle
// of the kit would be, for the same comparison with the peers, which ship no hint.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BUILD_DIR = fileURLToPath(new URL('./.build/', import.meta.url));
const PEERS_DIR = fileURLToPath(new URL('./peers/', import.meta.url));
const HARNESS = fileURLToPath(new URL('./page/harness.js', import.meta.url));
const PRNG = fileURLToPath(new URL('../tools/prng.js', import.meta.url));

/** Kit entries in dist/; `page` ones get a page (they register a tag the browser cases drive). */
export const KIT = [
  { name: 'metrics' },
  { name: 'nps-gauge', page: true },
  { name: 'funnel-view', page: true },
  { name: 'churn-trend', page: true },
  { name: 'breakdown-bars', page: true },
  { name: 'kpi-card', page: true },
  { name: 'nps-survey' },
  { name: 'crm-widgets' },
];

/** Peer bundles, each the equivalent of one kit element. */
export const PEERS = [
  { name: 'echarts-gauge', label: 'ECharts gauge', lib: 'echarts', kit: 'nps-gauge' },
  { name: 'echarts-funnel', label: 'ECharts funnel', lib: 'echarts', kit: 'funnel-view' },
  { name: 'echarts-line', label: 'ECharts line', lib: 'echarts', kit: 'churn-trend' },
  { name: 'chartjs-doughnut', label: 'Chart.js doughnut', lib: 'chartjs', kit: 'nps-gauge' },
  {
    name: 'chartjs-funnel',
    label: 'chartjs-chart-funnel (incl. Chart.js)',
    lib: 'chartjs',
    kit: 'funnel-view',
  },
  { name: 'chartjs-line', label: 'Chart.js line + decimation', lib: 'chartjs', kit: 'churn-trend' },
  { name: 'echarts-bar', label: 'ECharts horizontal bar', lib: 'echarts', kit: 'breakdown-bars' },
  { name: 'chartjs-bar', label: 'Chart.js horizontal bar', lib: 'chartjs', kit: 'breakdown-bars' },
];

/** The kit build's first line (vite.config.ts). */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** The size-budget options: bundle whole, minify, ESM, es2022. */
const OPTIONS = {
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  write: false,
  logLevel: 'error',
};

async function bundle(entry, extra = {}) {
  const result = await build({ entryPoints: [entry], ...OPTIONS, ...extra });
  return result.outputFiles[0].contents;
}

const weigh = (bytes) => ({
  minified: bytes.length,
  gzip: gzipSync(bytes, { level: 9 }).length,
  brotli: brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  }).length,
});

const page = (title, scripts, kit) => `<!doctype html>
<html lang="en"${kit ? ` data-kit="${kit}"` : ''}>
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
    <style>
      body { margin: 0; font-family: sans-serif; }
      .box { width: 800px; height: 400px; position: relative; overflow: hidden; }
    </style>
    ${scripts.map((s) => `<script type="module" src="${s}"></script>`).join('\n    ')}
  </head>
  <body></body>
</html>
`;

/**
 * Builds the bundles and pages into BUILD_DIR; returns the sizes in bytes of every bundle:
 * `{ kit: { name: { minified, gzip, brotli } }, peers: { name: … } }`.
 */
export async function buildAll() {
  mkdirSync(`${BUILD_DIR}kit`, { recursive: true });
  mkdirSync(`${BUILD_DIR}peers`, { recursive: true });
  writeFileSync(`${BUILD_DIR}harness.js`, readFileSync(HARNESS));
  writeFileSync(`${BUILD_DIR}prng.js`, readFileSync(PRNG));
  const sizes = { kit: {}, peers: {} };
  for (const { name, page: hasPage } of KIT) {
    const file = `${ROOT}dist/${name}.js`;
    if (!existsSync(file)) throw new Error(`dist/${name}.js is missing: run \`npm run build\` first`);
    const bytes = await bundle(file);
    sizes.kit[name] = weigh(bytes);
    writeFileSync(`${BUILD_DIR}kit/${name}.js`, `${COMPILE_HINT}\n${Buffer.from(bytes).toString()}`);
    writeFileSync(`${BUILD_DIR}kit/${name}-nohint.js`, bytes);
    if (hasPage) {
      writeFileSync(
        `${BUILD_DIR}kit-${name}.html`,
        page(`kit ${name}`, ['/harness.js', `/kit/${name}.js`], name),
      );
      writeFileSync(
        `${BUILD_DIR}kit-${name}-nohint.html`,
        page(`kit ${name}, no compile hint`, ['/harness.js', `/kit/${name}-nohint.js`], name),
      );
    }
  }
  for (const { name, label } of PEERS) {
    // Minified esbuild defines NODE_ENV as production anyway; said here so that it is plain.
    const bytes = await bundle(`${PEERS_DIR}${name}.js`, {
      define: { 'process.env.NODE_ENV': '"production"' },
    });
    sizes.peers[name] = weigh(bytes);
    writeFileSync(`${BUILD_DIR}peers/${name}.js`, bytes);
    writeFileSync(`${BUILD_DIR}${name}.html`, page(label, ['/harness.js', `/peers/${name}.js`]));
  }
  return sizes;
}
