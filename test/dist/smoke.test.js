// Smoke test of what ships (run by `npm run test:dist` after `npm run build`): the all-in-one
// bundle must evaluate in Chromium as a plain module and expose the public API. The runner serves
// files untouched in this mode (no bare-import resolution, no transforms), so a bundle that still
// imports "lit" fails here exactly as it would on a page ("Failed to resolve module specifier").
// For the same reason this file imports nothing bare itself.

/** @param {unknown} condition @param {string} message */
function assert(condition, message) {
  if (!condition) throw new Error(message);
}

describe('dist/crm-widgets.js', () => {
  it('evaluates as a plain module and exports what a page calls, not the server API', async () => {
    const errors = [];
    const onError = (event) => errors.push(event.message);
    window.addEventListener('error', onError);
    const mod = await import('/dist/crm-widgets.js');
    window.removeEventListener('error', onError);
    assert(errors.length === 0, `errors while evaluating: ${errors.join('; ')}`);
    for (const name of ['registerMessages', 'flushOutbox', 'onOutboxReport', 'outboxEntries']) {
      assert(typeof mod[name] === 'function', `${name} is not exported`);
    }
    for (const name of ['NpsGauge', 'FunnelView', 'ChurnTrend', 'BreakdownBars', 'NpsSurvey', 'SURVEY_KEY']) {
      assert(mod[name] !== undefined, `${name} is not exported`);
    }
    // Metrics, schemas and the loader are dist/metrics.js's and the package's: a page does not
    // download them twice.
    for (const name of ['computeNps', 'npsResponseSchema', 'DataController']) {
      assert(mod[name] === undefined, `${name} is in the all-in-one`);
    }
  });

  it('defines <nps-gauge>, which renders from attributes in English and Persian', async () => {
    await import('/dist/crm-widgets.js');
    assert(customElements.get('nps-gauge') !== undefined, '<nps-gauge> is not defined');
    const box = document.createElement('div');
    box.style.width = '360px';
    document.body.append(box);
    // 412 promoters, 180 passives, 96 detractors: (412 − 96) / 688 · 100 = 45.93 → 46
    for (const [lang, score] of [
      ['en', '46'],
      ['fa', '۴۶'],
    ]) {
      const gauge = document.createElement('nps-gauge');
      gauge.setAttribute('lang', lang);
      gauge.setAttribute('promoters', '412');
      gauge.setAttribute('passives', '180');
      gauge.setAttribute('detractors', '96');
      box.append(gauge);
      await gauge.updateComplete;
      const shown = gauge.shadowRoot?.querySelector('[part~="score"]')?.textContent;
      assert(shown === score, `<nps-gauge lang=${lang}> shows ${shown}, not ${score}`);
      assert(gauge.getAttribute('state') === 'ready', `state is ${gauge.getAttribute('state')}`);
    }
    box.remove();
  });
});

describe('dist/crm-widgets.js: export', () => {
  it('loads the export chunk from beside the bundle on first use: SVG, PNG and CSV of a gauge', async () => {
    const before = performance.getEntriesByType('resource').filter((r) => /crm-widgets-export-/.test(r.name));
    assert(before.length === 0, 'the export chunk was loaded before any export');
    await import('/dist/crm-widgets.js');
    const gauge = document.createElement('nps-gauge');
    gauge.setAttribute('promoters', '60');
    gauge.setAttribute('passives', '25');
    gauge.setAttribute('detractors', '15');
    gauge.setAttribute('export', '');
    document.body.append(gauge);
    await gauge.updateComplete;
    assert(gauge.shadowRoot.querySelector('[part="export"]'), 'no Export button');
    const svg = await gauge.toSVG();
    assert(svg.startsWith('<svg') && svg.includes('<title>Net Promoter Score</title>'), `not an SVG: ${svg.slice(0, 80)}`);
    const png = new Uint8Array(await (await gauge.toPNG({ scale: 1 })).arrayBuffer());
    assert(png[1] === 0x50 && png[2] === 0x4e && png[3] === 0x47, 'not a PNG');
    const csv = await gauge.toCSV();
    assert(csv.startsWith('\uFEFFMetric,Value\r\nNet Promoter Score,45\r\n'), `CSV: ${csv.slice(0, 60)}`);
    const chunks = performance.getEntriesByType('resource').filter((r) => /crm-widgets-export-/.test(r.name));
    assert(chunks.length === 1 && new URL(chunks[0].name).pathname.startsWith('/dist/'), 'the chunk is not dist/crm-widgets-export-*.js');
    gauge.remove();
  });
});

describe('dist/crm-widgets.js: <funnel-view>', () => {
  it('renders stages from attributes and fires funnel-stage-select', async () => {
    await import('/dist/crm-widgets.js');
    assert(customElements.get('funnel-view') !== undefined, '<funnel-view> is not defined');
    const funnel = document.createElement('funnel-view');
    funnel.setAttribute(
      'stages',
      JSON.stringify([
        { label: 'Visitors', value: 48210 },
        { label: 'Leads', value: 3120 },
      ]),
    );
    document.body.append(funnel);
    await funnel.updateComplete;
    const stages = funnel.shadowRoot?.querySelectorAll('[part~="stage"]') ?? [];
    assert(stages.length === 2, `${stages.length} stages rendered`);
    // 3120 / 48210 = 6.47% → "6.5%". A stage is named by what it shows (no aria-label).
    const name = stages[1]?.textContent.replace(/\s+/g, ' ').trim();
    assert(!stages[1]?.hasAttribute('aria-label'), 'stage named by its content');
    assert(name === 'Leads 3,120 6.5% of previous stage', `stage name: ${name}`);
    let detail;
    document.addEventListener('funnel-stage-select', (e) => (detail = e.detail), { once: true });
    stages[1].click();
    assert(detail?.index === 1 && detail?.value === 3120, `funnel-stage-select detail: ${JSON.stringify(detail)}`);
    funnel.remove();
  });
});

describe('dist/crm-widgets.js: <churn-trend>', () => {
  it('draws a line for ready rates, time flowing right to left in Persian', async () => {
    await import('/dist/crm-widgets.js');
    assert(customElements.get('churn-trend') !== undefined, '<churn-trend> is not defined');
    const box = document.createElement('div');
    box.style.width = '480px';
    document.body.append(box);
    const chart = document.createElement('churn-trend');
    chart.setAttribute('lang', 'fa');
    chart.setAttribute(
      'points',
      JSON.stringify([
        { date: '2025-01-31', rate: 0.041 },
        { date: '2025-02-28', rate: 0.037 },
      ]),
    );
    box.append(chart);
    await chart.updateComplete;
    assert(chart.getAttribute('state') === 'ready', `state is ${chart.getAttribute('state')}`);
    const d = chart.shadowRoot?.querySelector('[part~="line"]')?.getAttribute('d') ?? '';
    const xs = [...d.matchAll(/[ML](-?[\d.]+),/g)].map((m) => Number(m[1]));
    assert(xs.length === 2 && xs[0] > xs[1], `path ${d} does not run right to left`);
    box.remove();
  });
});

describe('dist/crm-widgets.js: <breakdown-bars>', () => {
  it('draws sorted bars with Persian digits from inline JSON', async () => {
    await import('/dist/crm-widgets.js');
    assert(customElements.get('breakdown-bars') !== undefined, '<breakdown-bars> is not defined');
    const bars = document.createElement('breakdown-bars');
    bars.setAttribute('lang', 'fa');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ records: [{ source: 'Ads' }, { source: 'Web', count: 3 }] });
    bars.append(script);
    document.body.append(bars);
    await bars.updateComplete;
    assert(bars.getAttribute('state') === 'ready', `state is ${bars.getAttribute('state')}`);
    const names = [...(bars.shadowRoot?.querySelectorAll('.name') ?? [])].map((n) => n.textContent);
    assert(names.join() === 'Web,Ads', `bars read ${names.join()}`);
    const figures = bars.shadowRoot?.querySelector('.fig')?.textContent ?? '';
    assert(figures.includes('۳') && figures.includes('۷۵'), `the first bar's figures read ${figures}`);
    bars.remove();
  });
});

describe('dist/crm-widgets.js: <kpi-card>', () => {
  it('computes a metric from its attributes, in Persian digits, with the change coloured by its better side', async () => {
    await import('/dist/crm-widgets.js');
    assert(customElements.get('kpi-card') !== undefined, '<kpi-card> is not defined');
    const card = document.createElement('kpi-card');
    card.setAttribute('lang', 'fa');
    card.setAttribute('metric', 'cac');
    card.setAttribute('spend', '125000');
    card.setAttribute('new-customers', '410');
    card.setAttribute('previous', '298');
    document.body.append(card);
    await card.updateComplete;
    assert(card.getAttribute('state') === 'ready', `state is ${card.getAttribute('state')}`);
    const value = card.shadowRoot?.querySelector('[part~="value"]')?.textContent ?? '';
    // 125000 / 410 = 304.88
    assert(value.includes('۳۰۴٫۸۸'), `the value reads ${value}`);
    // CAC is better lower: up from 298 is worse.
    const delta = card.shadowRoot?.querySelector('[part~="delta"]');
    assert(delta?.getAttribute('part')?.includes('worse'), `the change's parts are ${delta?.getAttribute('part')}`);
    card.remove();
  });
});

describe('dist/crm-widgets.js: <nps-survey>', () => {
  it('asks in Persian digits and delivers the chosen score to its action', async () => {
    await import('/dist/crm-widgets.js');
    assert(customElements.get('nps-survey') !== undefined, '<nps-survey> is not defined');
    localStorage.clear();
    const id = Math.random().toString(36).slice(2);
    const steps = encodeURIComponent(JSON.stringify([{ status: 201 }]));
    const survey = document.createElement('nps-survey');
    survey.setAttribute('lang', 'fa');
    survey.setAttribute('min-answer-time', '0');
    survey.setAttribute('action', `/__test__/collect?id=${id}&steps=${steps}`);
    document.body.append(survey);
    await survey.updateComplete;
    const radios = [...(survey.shadowRoot?.querySelectorAll('[role="radio"]') ?? [])];
    assert(radios.length === 11, `${radios.length} score buttons`);
    assert(radios[10].textContent.trim() === '۱۰', `the last button reads ${radios[10].textContent}`);
    radios[9].click();
    let stats = { requests: 0, bodies: [] };
    for (let i = 0; i < 100 && stats.requests === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      stats = await (await fetch(`/__test__/stats?id=${id}`)).json();
    }
    const body = stats.bodies[0];
    assert(stats.requests === 1, `the collector got ${stats.requests} requests`);
    assert(body?.score === 9 && body.category === 'promoter' && body.locale === 'fa', JSON.stringify(body));
    survey.remove();
    localStorage.clear();
  });
});

/** Answers a survey of `tag` (Persian digits) with the button at `index`; resolves with the body its collector got. */
async function answer(tag, attrs, index) {
  await import('/dist/crm-widgets.js');
  assert(customElements.get(tag) !== undefined, `<${tag}> is not defined`);
  localStorage.clear();
  const id = Math.random().toString(36).slice(2);
  const steps = encodeURIComponent(JSON.stringify([{ status: 201 }]));
  const survey = document.createElement(tag);
  for (const [k, v] of Object.entries({ lang: 'fa', 'min-answer-time': '0', ...attrs })) survey.setAttribute(k, v);
  survey.setAttribute('action', `/__test__/collect?id=${id}&steps=${steps}`);
  document.body.append(survey);
  await survey.updateComplete;
  const radios = [...(survey.shadowRoot?.querySelectorAll('[role="radio"]') ?? [])];
  radios[index].click();
  let stats = { requests: 0, bodies: [] };
  for (let i = 0; i < 100 && stats.requests === 0; i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    stats = await (await fetch(`/__test__/stats?id=${id}`)).json();
  }
  survey.remove();
  localStorage.clear();
  assert(stats.requests === 1, `the collector got ${stats.requests} requests`);
  return { radios: radios.map((r) => r.textContent.trim()), body: stats.bodies[0] };
}

describe('dist/crm-widgets.js: <csat-survey>', () => {
  it('asks on 1–5 as faces, each named by its number, and delivers kind, scale and category', async () => {
    const { radios, body } = await answer('csat-survey', { appearance: 'faces' }, 3);
    assert(radios.length === 5, `${radios.length} buttons`);
    assert(body?.kind === 'csat' && body.scale === '1-5' && body.score === 4, JSON.stringify(body));
    assert(body.category === 'satisfied', JSON.stringify(body));
  });
});

describe('dist/crm-widgets.js: <ces-survey>', () => {
  it('asks on 1–7 (and 1–5) in Persian digits and delivers kind, scale and category', async () => {
    const seven = await answer('ces-survey', {}, 5);
    assert(seven.radios.join() === '۱,۲,۳,۴,۵,۶,۷', `the buttons read ${seven.radios.join()}`);
    const b = seven.body;
    assert(b?.kind === 'ces' && b.scale === '1-7' && b.score === 6 && b.category === 'easy', JSON.stringify(b));
    const five = await answer('ces-survey', { scale: '1-5' }, 0);
    assert(five.radios.length === 5, `${five.radios.length} buttons on 1-5`);
    const c = five.body;
    assert(c?.scale === '1-5' && c.score === 1 && c.category === 'hard', JSON.stringify(c));
  });
});

describe('dist/metrics.js', () => {
  it('evaluates on its own and computes', async () => {
    const metrics = await import('/dist/metrics.js');
    assert(metrics.npsCategory(9) === 'promoter', 'npsCategory(9) is not promoter');
  });
});

describe('dist/custom-elements.json', () => {
  it('lists every element with its attributes, parts and events', async () => {
    const manifest = await (await fetch('/dist/custom-elements.json')).json();
    const elements = new Map(
      manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName, d])),
    );
    const expected = {
      'nps-gauge': { attribute: 'min-responses', part: 'needle', event: 'crm-error' },
      'funnel-view': { attribute: 'orientation', part: 'band', event: 'funnel-stage-select' },
      'churn-trend': { attribute: 'time-direction', part: 'crosshair', event: 'crm-data' },
      'nps-survey': { attribute: 'decline-throttle-days', part: 'scale', event: 'nps-submitted' },
      'ces-survey': { attribute: 'easy-question', part: 'scale', event: 'ces-submitted' },
      'csat-survey': { attribute: 'appearance', part: 'scale', event: 'csat-submitted' },
      'breakdown-bars': { attribute: 'max-bars', part: 'bar', event: 'breakdown-select' },
      'kpi-card': { attribute: 'metric', part: 'sparkline', event: 'crm-data' },
    };
    for (const [tag, want] of Object.entries(expected)) {
      const d = elements.get(tag);
      assert(d, `${tag} is not in the manifest`);
      const names = (list) => (list ?? []).map((x) => x.name);
      assert(names(d.attributes).includes(want.attribute), `${tag} lacks attribute ${want.attribute}`);
      if (!tag.endsWith('-survey')) assert(names(d.attributes).includes('src'), `${tag} lacks the inherited attribute src`);
      assert(names(d.cssParts).includes(want.part), `${tag} lacks part ${want.part}`);
      assert(names(d.events).includes(want.event), `${tag} lacks event ${want.event}`);
    }
  });
});
