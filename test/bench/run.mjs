// `npm run bench`: the kit against ECharts and Chart.js in headless Chromium, the metrics layer in
// Node, and bundle weights. Prints one markdown table per group and writes test/bench/RESULTS.md.
// Methodology: test/bench/README.md.
//
//   node test/bench/run.mjs [--rounds N] [--only SUBSTRING[,SUBSTRING…]] [--skip-slow] [--out FILE]
//
// --only matches case ids: gauge, funnel-6, funnel-50, bars-8, bars-50, trend-1000 … trend-1000000,
// update-100000, heap-1000000, node-nps, node-churn, sizes (e.g. `--only trend-1000,node`).
// A run with --only writes test/bench/.build/RESULTS.md (not the committed RESULTS.md) unless --out says.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { format, resolveConfig } from 'prettier';
import { chromeArgs, findChrome } from '../tools/chrome.mjs';
import { BUILD_DIR, buildAll } from './bundles.mjs';
import { runBrowserCases, selectCases } from './browser-cases.mjs';
import { runNodeCases } from './node-cases.mjs';
import { browserTables, nodeTable, sizeTables } from './report.mjs';
import { serve } from './server.mjs';

const ROOT = new URL('../../', import.meta.url);

const { values: flags } = parseArgs({
  options: {
    rounds: { type: 'string', default: '7' },
    only: { type: 'string', multiple: true, default: [] },
    'skip-slow': { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});
const rounds = Number(flags.rounds);
if (!Number.isInteger(rounds) || rounds < 1) {
  console.error(`--rounds takes a positive integer, not ${flags.rounds}`);
  process.exit(2);
}
const only = flags.only.flatMap((o) => o.split(',')).filter(Boolean);
const wanted = (id) => !only.length || only.some((o) => id.includes(o));
const out =
  flags.out ??
  (only.length ? `${BUILD_DIR}RESULTS.md` : fileURLToPath(new URL('./RESULTS.md', import.meta.url)));

const version = (pkg) =>
  JSON.parse(readFileSync(new URL(`node_modules/${pkg}/package.json`, ROOT), 'utf8')).version;
const gitHead = () => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
};
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

const started = new Date();
const loadBefore = load();
const sections = [];
// Markdown laid out as the repository's Prettier would (aligned tables), so `prettier --check` passes.
const prettierOptions = {
  ...(await resolveConfig(fileURLToPath(new URL('./RESULTS.md', import.meta.url)))),
  parser: 'markdown',
};
const pretty = (markdown) => format(markdown, prettierOptions);
const emit = async (section) => {
  sections.push(section);
  console.log(`\n${await pretty(`### ${section.title}\n\n${section.markdown}\n`)}`);
};

console.error('bench: building the bundles…');
const sizes = await buildAll();
if (wanted('sizes')) for (const section of sizeTables(sizes)) await emit(section);

console.error('bench: Node benches…');
const nodeRows = await runNodeCases({ only });
if (nodeRows.length) await emit(nodeTable(nodeRows));

const cases = selectCases({ only, skipSlow: flags['skip-slow'] });
let chromiumVersion = 'not run';
if (cases.length) {
  const server = await serve(BUILD_DIR);
  const browser = await chromium.launch({ executablePath: findChrome(), args: chromeArgs, headless: true });
  chromiumVersion = browser.version();
  try {
    console.error(`bench: ${cases.length} browser cases × ${rounds} rounds in Chromium ${chromiumVersion}…`);
    const results = await runBrowserCases({ browser, origin: server.origin, cases, rounds });
    for (const section of browserTables(cases, results)) await emit(section);
  } finally {
    await browser.close();
    await server.close();
  }
}

const seconds = (Date.now() - started.getTime()) / 1000;
const cpus = os.cpus();
const pkg = JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8'));
const meta = [
  `- Date: ${started.toISOString()} (took ${Math.round(seconds)} s)`,
  `- Kit: ${pkg.name} ${pkg.version} at ${gitHead()} (built dist/)`,
  `- Node ${process.version}; Chromium ${chromiumVersion} (headless, ${findChrome()}); ` +
    `playwright-core ${version('playwright-core')}; tinybench ${version('tinybench')}; esbuild ${version('esbuild')}`,
  `- Peers: ECharts ${version('echarts')}; Chart.js ${version('chart.js')}; chartjs-chart-funnel ${version('chartjs-chart-funnel')}`,
  `- CPU: ${cpus[0]?.model ?? 'unknown'} × ${cpus.length} cores; ${Math.round(os.totalmem() / 2 ** 30)} GiB; ${os.platform()} ${os.release()}`,
  `- Load average (1, 5, 15 min): before ${loadBefore}; after ${load()}`,
  `- Rounds: ${rounds}${flags['skip-slow'] ? '; --skip-slow (no-downsampling peers left out at 1,000,000 points)' : ''}` +
    `${only.length ? `; --only ${only.join(',')}` : ''}`,
  `- Browser cells: median over the rounds of wall ms (performance.now() in the page, creation → two animation frames after), ` +
    `main-thread CPU ms (CDP ThreadTime) and renderer-process CPU ms (CDP ProcessTime); IQR = interquartile range ÷ median; ` +
    `÷ columns = this row's median ÷ the named kit row's median (> 1: slower or bigger than the kit). ` +
    '`error`: the contender failed (state `error`, nothing drawn, or a thrown error), never a time; ' +
    'one that failed in every row of a case is not run there again.',
];
const markdown = [
  '# crm-widgets benchmark results',
  '',
  'Produced by `npm run bench` (test/bench/run.mjs); methodology in test/bench/README.md.',
  '',
  ...meta,
  '',
  ...sections.flatMap((s) => [`## ${s.title}`, '', s.markdown, '']),
].join('\n');
writeFileSync(out, await pretty(markdown));
console.error(`bench: done in ${Math.round(seconds)} s; wrote ${out}`);
