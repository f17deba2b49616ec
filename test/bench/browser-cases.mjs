// The browser cases: what each case renders, for which contenders, and how one run is driven
// (a new browser context and page per run; data made in the page before timing; wall time from
// the page, main-thread CPU from CDP Performance.getMetrics around the timed evaluate).

/** Contenders of the gauge, funnel, bars and trend cases. `page` is the HTML file under .build/. */
const GAUGE = [
  { name: 'kit <nps-gauge>', page: 'kit-nps-gauge' },
  { name: 'kit, no compile hint', page: 'kit-nps-gauge-nohint' },
  { name: 'ECharts gauge', page: 'echarts-gauge' },
  { name: 'Chart.js half doughnut', page: 'chartjs-doughnut' },
];
const FUNNEL = [
  { name: 'kit <funnel-view>', page: 'kit-funnel-view' },
  { name: 'kit, no compile hint', page: 'kit-funnel-view-nohint' },
  { name: 'ECharts funnel', page: 'echarts-funnel' },
  { name: 'chartjs-chart-funnel', page: 'chartjs-funnel' },
];
const BARS = [
  { name: 'kit <breakdown-bars>', page: 'kit-breakdown-bars' },
  { name: 'kit, no compile hint', page: 'kit-breakdown-bars-nohint' },
  { name: 'ECharts bar', page: 'echarts-bar' },
  { name: 'Chart.js bar', page: 'chartjs-bar' },
];
// No peer draws a KPI card: the kit's card against itself without the hint, for its first render.
const KPI = [
  { name: 'kit <kpi-card>', page: 'kit-kpi-card' },
  { name: 'kit, no compile hint', page: 'kit-kpi-card-nohint' },
];
export const KIT_COLUMNAR = 'kit columnar';
export const KIT_ISO = 'kit objects (ISO)';
const TREND = [
  { name: KIT_COLUMNAR, page: 'kit-churn-trend', form: 'columnar' },
  { name: 'kit columnar, no compile hint', page: 'kit-churn-trend-nohint', form: 'columnar' },
  { name: KIT_ISO, page: 'kit-churn-trend', form: 'iso' },
  { name: 'kit objects (epoch ms)', page: 'kit-churn-trend', form: 'epoch' },
  { name: 'ECharts lttb', page: 'echarts-line', form: 'pairs', variant: { sampling: 'lttb' } },
  { name: 'ECharts no sampling', page: 'echarts-line', form: 'pairs', variant: {}, slow: true },
  { name: 'Chart.js decimation', page: 'chartjs-line', form: 'xy', variant: { decimation: true } },
  {
    name: 'Chart.js no decimation',
    page: 'chartjs-line',
    form: 'xy',
    variant: { decimation: false },
    slow: true,
  },
];
/** From this many points on, `--skip-slow` leaves out the contenders that draw every point. */
const SLOW_FROM = 1_000_000;

/**
 * Every browser case. `visit` says what one run does: `twice` renders a first instance, then a
 * second on the same page (rows `first render`, `second instance`); `once` renders one; `update`
 * renders, then replaces the data (row `update`); `heap` reads the JS heap around a render.
 * `refs` are the rows that ratios are taken against; `props` are set on a kit element before its data.
 */
export const CASES = [
  {
    id: 'gauge',
    group: 'gauge',
    label: 'gauge',
    kind: 'gauge',
    visit: 'twice',
    contenders: GAUGE,
    refs: [GAUGE[0].name],
  },
  ...[6, 50].map((n) => ({
    id: `funnel-${n}`,
    group: 'funnel',
    label: `funnel, ${n} stages`,
    kind: 'funnel',
    n,
    seed: 7,
    visit: 'twice',
    contenders: FUNNEL,
    refs: [FUNNEL[0].name],
  })),
  // Leads by source, sorted descending; max-bars = the count, so the kit draws every bar (as the
  // peers do) instead of folding the smallest into "Other".
  ...[8, 50].map((n) => ({
    id: `bars-${n}`,
    group: 'bars',
    label: `bars, ${n} categories`,
    kind: 'bars',
    n,
    seed: 5,
    visit: 'twice',
    props: { maxBars: n },
    contenders: BARS,
    refs: [BARS[0].name],
  })),
  // A first-response-time card from n ticket records (median, mean, share within 4 h).
  ...[1_000, 100_000].map((n) => ({
    id: `kpi-${n}`,
    group: 'kpi',
    label: `kpi card, ${n.toLocaleString('en')} tickets`,
    kind: 'tickets',
    n,
    seed: 3,
    visit: 'twice',
    props: { metric: 'first-response-time', target: 'PT4H' },
    contenders: KPI,
    refs: [KPI[0].name],
  })),
  ...[1_000, 10_000, 100_000, 1_000_000].map((n) => ({
    id: `trend-${n}`,
    group: 'trend',
    label: `${n.toLocaleString('en')} points`,
    kind: 'trend',
    n,
    seed: 1,
    visit: 'once',
    contenders: TREND,
    refs: [KIT_COLUMNAR, KIT_ISO],
  })),
  {
    id: 'update-100000',
    group: 'update',
    label: 'one update, 100,000 points',
    kind: 'trend',
    n: 100_000,
    seed: 1,
    visit: 'update',
    contenders: TREND,
    refs: [KIT_COLUMNAR, KIT_ISO],
  },
  {
    id: 'heap-1000000',
    group: 'heap',
    label: 'heap growth, 1,000,000 points',
    kind: 'trend',
    n: 1_000_000,
    seed: 1,
    visit: 'heap',
    contenders: TREND,
    refs: [KIT_COLUMNAR, KIT_ISO],
  },
];

/** The cases to run: `only` substrings match case ids; `skipSlow` drops slow contenders at 1M points. */
export function selectCases({ only, skipSlow }) {
  return CASES.filter((c) => !only.length || only.some((o) => c.id.includes(o))).map((c) => ({
    ...c,
    contenders: c.contenders.filter((ct) => !(skipSlow && ct.slow && c.n >= SLOW_FROM)),
  }));
}

const ROWS = { twice: ['first render', 'second instance'], once: ['first render'], update: ['update'] };
export const rowsOf = (c) => (c.visit === 'heap' ? ['heap growth'] : ROWS[c.visit]);

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/**
 * One timed call of `window.bench[fn]`: wall from the page, CPU (main thread, renderer process)
 * from CDP. Garbage left by making the data (or by an earlier render) is collected first, so that
 * no contender pays for it.
 */
async function timed(page, cdp, fn, arg, { collect = true } = {}) {
  if (collect) await cdp.send('HeapProfiler.collectGarbage');
  const before = await metrics(cdp);
  const { wall } = await page.evaluate(([f, a]) => window.bench[f](a), [fn, arg]);
  const after = await metrics(cdp);
  return {
    wall,
    cpu: (after.ThreadTime - before.ThreadTime) * 1e3,
    proc: (after.ProcessTime - before.ProcessTime) * 1e3,
  };
}

async function usedHeap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await metrics(cdp)).JSHeapUsedSize;
}

/** Adds `problem` ({ state, text }) to a sample when the page's check of instance `i` fails. */
async function checked(page, sample, i = 0, pageErrors = []) {
  const check = await page.evaluate((k) => window.bench.check(k), i);
  if (check.ok && !pageErrors.length) return sample;
  const text = [check.text, ...pageErrors].filter(Boolean).join(' | ');
  return { ...sample, problem: { state: pageErrors.length && check.ok ? 'page error' : check.state, text } };
}

/**
 * One run of case `c` for contender `ct` on a fresh context and page: returns `{ [row]: sample }`
 * with `sample = { wall, cpu, proc }` (ms), `{ heap }` (bytes), and `problem` when it failed.
 */
export async function visit(browser, origin, c, ct) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(String(e.message ?? e).slice(0, 300)));
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${origin}/${ct.page}.html`);
    await page.waitForFunction(() => window.bench?.ready === true, null, { timeout: 30_000 });
    await page.evaluate((spec) => window.bench.setup(spec), {
      kind: c.kind,
      n: c.n,
      seed: c.seed,
      form: ct.form,
      variant: ct.variant,
      props: c.props,
      update: c.visit === 'update',
      boxes: c.visit === 'twice' ? 2 : 1,
    });
    if (c.visit === 'twice') {
      const first = await checked(page, await timed(page, cdp, 'render', 0), 0, pageErrors);
      const second = await checked(page, await timed(page, cdp, 'render', 1), 1, pageErrors);
      return { 'first render': first, 'second instance': second };
    }
    if (c.visit === 'once') {
      return { 'first render': await checked(page, await timed(page, cdp, 'render', 0), 0, pageErrors) };
    }
    if (c.visit === 'update') {
      const first = await checked(page, await timed(page, cdp, 'render', 0), 0, pageErrors);
      if (first.problem) return { update: first };
      const before = await page.evaluate(() => window.bench.signature(0));
      const sample = await checked(page, await timed(page, cdp, 'update'), 0, pageErrors);
      const after = await page.evaluate(() => window.bench.signature(0));
      if (!sample.problem && after === before)
        sample.problem = { state: 'update not drawn', text: 'the drawing did not change' };
      return { update: sample };
    }
    // heap: data made and referenced from window; GC; render; 2 frames + 500 ms idle; GC.
    const before = await usedHeap(cdp);
    const render = await checked(
      page,
      await timed(page, cdp, 'render', 0, { collect: false }),
      0,
      pageErrors,
    );
    await page.evaluate(() => window.bench.sleep(500));
    const after = await usedHeap(cdp);
    return { 'heap growth': { heap: after - before, problem: render.problem } };
  } finally {
    await page.close();
    await context.close();
  }
}

/** `list` rotated by `k`: each contender goes first in turn over the rounds. */
const rotate = (list, k) => list.map((_, i) => list[(i + k) % list.length]);

/**
 * Runs every case for `rounds` rounds, interleaved: round → case → contender (rotated per round),
 * one fresh page each; a contender that failed in every row of a case is not run there again.
 * Returns `Map<'case|row|contender', sample[]>`. Prints progress to stderr, and a failing cell's
 * element text once.
 */
export async function runBrowserCases({ browser, origin, cases, rounds }) {
  const results = new Map();
  const told = new Set();
  // A contender all of whose rows failed in a case is not run there again: its cells say `error`
  // whatever later rounds do (a partly failing one goes on, and says `error (k/n)`).
  const failed = new Set();
  for (let r = 0; r < rounds; r++) {
    for (const c of cases) {
      for (const ct of rotate(c.contenders, r)) {
        if (failed.has(`${c.id}|${ct.name}`)) continue;
        let samples;
        const t0 = performance.now();
        try {
          samples = await visit(browser, origin, c, ct);
        } catch (e) {
          samples = Object.fromEntries(
            rowsOf(c).map((row) => [row, { problem: { state: 'harness', text: String(e?.message ?? e) } }]),
          );
        }
        const line = [];
        for (const [row, sample] of Object.entries(samples)) {
          const key = `${c.id}|${row}|${ct.name}`;
          if (!results.has(key)) results.set(key, []);
          results.get(key).push(sample);
          line.push(
            sample.problem
              ? `${row} ERROR (${sample.problem.state})`
              : sample.heap !== undefined
                ? `${row} ${(sample.heap / 1e6).toFixed(1)} MB`
                : `${row} ${sample.wall.toFixed(1)} ms wall, ${sample.cpu.toFixed(1)} ms CPU`,
          );
          if (sample.problem && !told.has(key)) {
            told.add(key);
            console.error(
              `  ! ${c.id} / ${ct.name} / ${row}: ${sample.problem.state}: ${sample.problem.text}`,
            );
          }
        }
        if (Object.values(samples).every((sample) => sample.problem)) failed.add(`${c.id}|${ct.name}`);
        const took = ((performance.now() - t0) / 1000).toFixed(1);
        console.error(`[round ${r + 1}/${rounds}] ${c.id} · ${ct.name}: ${line.join('; ')} (page ${took} s)`);
      }
    }
  }
  return results;
}
