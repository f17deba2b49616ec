// Medians, ratios and the markdown tables of a run.
import { KIT, PEERS } from './bundles.mjs';
import { rowsOf } from './browser-cases.mjs';

/** Linear-interpolated quantile of a sorted array. */
const quantile = (sorted, q) => {
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  return sorted[lo] + (sorted[Math.ceil(i)] - sorted[lo]) * (i - lo);
};
export const median = (values) =>
  quantile(
    [...values].sort((a, b) => a - b),
    0.5,
  );

/**
 * The summary of one cell's samples for `metric` (wall, cpu, proc or heap): `{ median, spread }`
 * (spread = interquartile range ÷ median), or `{ error }` when any run failed or was never made.
 */
export function summarize(samples, metric) {
  if (!samples?.length) return { error: 'no runs' };
  const failed = samples.filter((s) => s.problem).length;
  if (failed) return { error: failed === samples.length ? 'error' : `error (${failed}/${samples.length})` };
  const sorted = samples.map((s) => s[metric]).sort((a, b) => a - b);
  const mid = quantile(sorted, 0.5);
  return { median: mid, spread: (quantile(sorted, 0.75) - quantile(sorted, 0.25)) / Math.abs(mid) };
}

const ms = (v) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
const mb = (v) => (Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2));
const show = (s, format) => (s.error ? s.error : format(s.median));
const pct = (s) => (s.error ? '—' : `${Math.round(s.spread * 100)} %`);
const ratio = (s, ref) =>
  s.error || ref.error || !ref.median ? '—' : `${(s.median / ref.median).toFixed(2)}×`;

/** A tag name such as `<nps-gauge>` as code: bare, Markdown would take it for HTML and hide it. */
const code = (text) => text.replace(/<[a-z-]+>/g, (tag) => `\`${tag}\``);

function table(header, rows, text = 2) {
  const line = (cells) => `| ${cells.map(code).join(' | ')} |`;
  const align = header.map((_, i) => (i < text ? '---' : '---:'));
  return [line(header), line(align), ...rows.map(line)].join('\n');
}

const shortRef = (name) => (name.startsWith('kit <') ? 'kit' : name.replace('objects (ISO)', 'ISO'));

/** One table for a browser group (all of its cases and rows). */
function browserTable(cases, results) {
  const refs = cases[0].refs;
  const heap = cases[0].visit === 'heap';
  const header = heap
    ? ['Case', 'Contender', 'heap growth MB', 'IQR', ...refs.map((r) => `÷ ${shortRef(r)}`)]
    : [
        'Case',
        'Contender',
        'wall ms',
        'CPU ms',
        'renderer CPU ms',
        'wall IQR',
        ...refs.flatMap((r) => [`wall ÷ ${shortRef(r)}`, `CPU ÷ ${shortRef(r)}`]),
      ];
  const rows = [];
  for (const c of cases) {
    for (const row of rowsOf(c)) {
      const cell = (name, metric) => summarize(results.get(`${c.id}|${row}|${name}`), metric);
      const label = rowsOf(c).length > 1 ? `${c.label}: ${row}` : c.label;
      for (const ct of c.contenders) {
        if (heap) {
          const growth = cell(ct.name, 'heap');
          const toMb = (s) => (s.error ? s : { ...s, median: s.median / 1e6 });
          rows.push([
            label,
            ct.name,
            show(toMb(growth), mb),
            pct(growth),
            ...refs.map((r) => ratio(growth, cell(r, 'heap'))),
          ]);
          continue;
        }
        const wall = cell(ct.name, 'wall');
        const cpu = cell(ct.name, 'cpu');
        rows.push([
          label,
          ct.name,
          show(wall, ms),
          show(cpu, ms),
          show(cell(ct.name, 'proc'), (v) => v.toFixed(0)),
          pct(wall),
          ...refs.flatMap((r) => [ratio(wall, cell(r, 'wall')), ratio(cpu, cell(r, 'cpu'))]),
        ]);
      }
    }
  }
  return table(header, rows);
}

const TITLES = {
  gauge: 'Gauge: first render and a second instance',
  funnel: 'Funnel: first render and a second instance',
  bars: 'Bars: first render and a second instance',
  kpi: 'KPI card (kit only): first render and a second instance',
  trend: 'Trend: first render',
  update: 'Trend: one data update, 100,000 points',
  heap: 'Trend: JS heap growth of one render, 1,000,000 points',
};

/** `[{ title, markdown }]` for each browser group that ran. */
export function browserTables(cases, results) {
  const groups = [...new Set(cases.map((c) => c.group))];
  return groups.map((g) => ({
    title: TITLES[g],
    markdown: browserTable(
      cases.filter((c) => c.group === g),
      results,
    ),
  }));
}

export function nodeTable(rows) {
  return {
    title: 'Node: metrics layer (dist/metrics.js), tinybench',
    markdown: table(
      ['Bench', 'mean ms', 'median ms', 'samples'],
      rows.map((r) => [r.name, ms(r.mean), ms(r.median), String(r.samples)]),
      1,
    ),
  };
}

const kb = (bytes) => (bytes / 1000).toFixed(2);

/** The weights table and the peer ÷ kit ratios per element. */
export function sizeTables(sizes) {
  const weights = table(
    ['Bundle', 'What', 'minified kB', 'gzip -9 kB', 'brotli kB'],
    [
      ...KIT.map(({ name }) => [`kit ${name}`, `dist/${name}.js`, sizes.kit[name]]),
      ...PEERS.map(({ name, label }) => [name, label, sizes.peers[name]]),
    ].map(([name, what, s]) => [name, what, kb(s.minified), kb(s.gzip), kb(s.brotli)]),
  );
  const elements = [...new Set(PEERS.map((p) => p.kit))];
  const peerOf = (element, lib) => PEERS.find((p) => p.kit === element && p.lib === lib);
  const ratios = table(
    [
      'Element',
      'ECharts equivalent',
      'kit gzip kB',
      'ECharts gzip kB',
      'ECharts ÷ kit gzip',
      'ECharts ÷ kit brotli',
      'Chart.js equivalent',
      'Chart.js gzip kB',
      'Chart.js ÷ kit gzip',
      'Chart.js ÷ kit brotli',
    ],
    elements.map((element) => {
      const kit = sizes.kit[element];
      const e = peerOf(element, 'echarts');
      const c = peerOf(element, 'chartjs');
      const es = sizes.peers[e.name];
      const cs = sizes.peers[c.name];
      const x = (a, b) => `${(a / b).toFixed(1)}×`;
      return [
        `<${element}>`,
        e.name,
        kb(kit.gzip),
        kb(es.gzip),
        x(es.gzip, kit.gzip),
        x(es.brotli, kit.brotli),
        c.name,
        kb(cs.gzip),
        x(cs.gzip, kit.gzip),
        x(cs.brotli, kit.brotli),
      ];
    }),
  );
  return [
    {
      title: 'Sizes: esbuild bundle + minify, then gzip -9 and brotli (quality 11); 1 kB = 1000 B',
      markdown: weights,
    },
    { title: 'Sizes: peer equivalent ÷ kit, per element', markdown: ratios },
  ];
}
