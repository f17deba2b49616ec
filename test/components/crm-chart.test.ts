// The export of every chart element (CrmChart, issue 16): toCSV, toSVG and toPNG on real elements
// in en, fa and ar, and the `export` attribute's menu: keyboard, focus, RTL placement, the
// cancelable `crm-export` event, axe with the menu open in light and dark, nothing left behind.
import { alive } from './leak-tracker.js';
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { bars, churn, funnel, gauge, kpi, parse, pngSize, render } from '../charts/export/helpers.js';
import type { CrmChart, CrmExportDetail } from '../../src/components/crm-chart.js';

type Chart = CrmChart<unknown>;
const LANGS = ['en', 'fa', 'ar'] as const;
const CHARTS = {
  'nps-gauge': gauge,
  'funnel-view': funnel,
  'churn-trend': churn,
  'breakdown-bars': bars,
  'kpi-card': kpi,
};

/** RFC 4180 rows of a CSV text (quoted fields, doubled quotes, CRLF). */
function rowsOf(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted && c == '"' && csv[i + 1] == '"') {
      field += '"';
      i++;
    } else if (quoted && c == '"') quoted = false;
    else if (quoted) field += c;
    else if (c == '"') quoted = true;
    else if (c == ',') {
      row.push(field);
      field = '';
    } else if (c == '\r' && csv[i + 1] == '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

const csvOf = async (el: Chart) => {
  const csv = await el.toCSV();
  expect(csv.charCodeAt(0), 'a byte-order mark first').to.equal(0xfeff);
  expect(csv.endsWith('\r\n')).to.equal(true);
  const rows = rowsOf(csv.slice(1));
  for (const r of rows) expect(r.length, `every row as wide as the header: ${r}`).to.equal(rows[0]!.length);
  // Latin digits only, whatever the page's language.
  expect(csv).not.to.match(/[\u0660-\u0669\u06f0-\u06f9]/);
  return rows;
};

const shadow = (el: Element) => el.shadowRoot!;
const button = (el: Element) => shadow(el).querySelector<HTMLButtonElement>('[part="export"]');
const menuOf = (el: Element) => shadow(el).querySelector<HTMLElement>('[part="export-menu"]')!;
const items = (el: Element) => [...menuOf(el).querySelectorAll<HTMLElement>('[role="menuitem"]')];
const focused = (el: Element) => shadow(el).activeElement;
/**
 * Waits for `ok` (the chunk's first load, a PNG painted): bounded by the tests' 30 s timeout
 * rather than by a time of its own, so a busy machine is slower, not failing.
 */
const until = async (ok: () => boolean, what: string) => {
  for (let i = 0; i < 2500 && !ok(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(ok(), what).to.equal(true);
};

async function withExport(lang: (typeof LANGS)[number], tag: keyof typeof CHARTS, theme = 'light') {
  const el = await render<Chart>(lang, CHARTS[tag](theme));
  el.export = true;
  await el.updateComplete;
  return el;
}

async function open(el: Chart) {
  button(el)!.focus();
  await sendKeys({ press: 'Enter' });
  await until(() => items(el).length == 3 && focused(el) == items(el)[0], 'the menu opens on its first item');
}

describe('toCSV: the data table with raw values', () => {
  for (const lang of LANGS) {
    it(`<nps-gauge> (${lang}): the score, its margin and the counts`, async () => {
      const el = await render<Chart>(lang, gauge());
      const rows = await csvOf(el);
      expect(rows.length).to.equal(7);
      const values = rows.slice(1).map((r) => r[1]);
      expect(values.slice(0, 1)).to.deep.equal(['45']);
      expect(Number(values[1])).to.be.within(1, 30);
      expect(values.slice(2)).to.deep.equal(['100', '60', '25', '15']);
    });

    it(`<funnel-view> (${lang}): a row per stage, shares as fractions`, async () => {
      const el = await render<Chart>(lang, funnel('light', '=HYPERLINK("x")'));
      const rows = await csvOf(el);
      expect(rows.map((r) => r[0]).slice(1)).to.deep.equal(['\'=HYPERLINK("x")', 'Leads', 'Customers']);
      expect(rows.slice(1).map((r) => Number(r[1]))).to.deep.equal([1200, 300, 42]);
      expect(Number(rows[2]![2])).to.equal(0.25);
      expect(Number(rows[3]![3])).to.equal(42 / 1200);
    });

    it(`<churn-trend> (${lang}): every period by its ISO start date`, async () => {
      const el = await render<Chart>(lang, churn());
      const rows = await csvOf(el);
      // Periods of the page's calendar: Persian months start on the 20th, 19th, 21st.
      expect(rows.slice(1).map((r) => r[0])).to.deep.equal(
        lang == 'fa'
          ? ['2025-01-20', '2025-02-19', '2025-03-21']
          : ['2025-01-01', '2025-02-01', '2025-03-01'],
      );
      expect(rows.slice(1).map((r) => Number(r[1]))).to.deep.equal([0.04, 0.03, 0.05]);
    });

    it(`<breakdown-bars> (${lang}): each bar's value and share`, async () => {
      const el = await render<Chart>(lang, bars());
      const rows = await csvOf(el);
      expect(rows.slice(1).map((r) => [r[0], Number(r[1]), Number(r[2])])).to.deep.equal([
        ['Web', 500, 0.625],
        ['Ads', 300, 0.375],
      ]);
    });

    it(`<kpi-card> (${lang}): the value at full precision and its inputs`, async () => {
      const el = await render<Chart>(lang, kpi());
      const rows = await csvOf(el);
      expect(Number(rows[1]![1])).to.equal(125000 / 410);
      expect(rows.slice(2).map((r) => Number(r[1]))).to.include.members([125000, 410]);
    });
  }

  it('rejects, naming the state, while there is nothing to export', async () => {
    const el = await fixture<Chart>(html`<nps-gauge promoters="0" passives="0" detractors="0"></nps-gauge>`);
    await el.updateComplete;
    expect(el.state).to.equal('empty');
    for (const method of ['toCSV', 'toSVG', 'toPNG'] as const) {
      const error = await el[method]().then(
        () => null,
        (e: Error) => e,
      );
      expect(error?.message, method).to.equal('<nps-gauge> has nothing to export while its state is "empty"');
    }
  });
});

describe('toSVG and toPNG of each chart', function (this: { timeout(ms: number): void }) {
  this.timeout(30000);
  for (const tag of Object.keys(CHARTS) as (keyof typeof CHARTS)[]) {
    it(`<${tag}>: an SVG titled by the chart, without its Export button; a PNG of its size × scale`, async () => {
      const el = await withExport('fa', tag);
      const doc = parse(await el.toSVG());
      const svg = doc.documentElement;
      const label = shadow(el).querySelector('[part="label"]')?.textContent?.trim();
      if (label) expect(doc.querySelector('title')?.textContent).to.equal(label);
      expect(doc.querySelector('script, foreignObject')).to.equal(null);
      const box = el.getBoundingClientRect();
      expect(Number(svg.getAttribute('width'))).to.be.closeTo(box.width, 1);
      // The button's glyph is the only path with this d: it is not in the picture.
      expect(doc.querySelector('path[d^="M12 4v11"]')).to.equal(null);
      for (const scale of [1, 3]) {
        const png = await pngSize(await el.toPNG({ scale }));
        expect(png.signature).to.equal(true);
        expect(png.width).to.equal(Math.round(Number(svg.getAttribute('width')) * scale));
        expect(png.height).to.equal(Math.round(Number(svg.getAttribute('height')) * scale));
      }
    });
  }
});

describe('the Export button leaves the chart as it was', () => {
  for (const tag of Object.keys(CHARTS) as (keyof typeof CHARTS)[]) {
    it(`<${tag}>: every drawing keeps its size, fill and stroke`, async () => {
      // Charts without an <svg> (bars drawn with boxes) compare an empty list: asserted below for those with one.
      const drawings = (el: Element) =>
        [...shadow(el).querySelectorAll('svg')]
          .filter((svg) => !svg.closest('[part="export"]'))
          .map((svg) => {
            const { width, height } = svg.getBoundingClientRect();
            const style = getComputedStyle(svg);
            return {
              width: Math.round(width),
              height: Math.round(height),
              fill: style.fill,
              stroke: style.stroke,
            };
          });
      const el = await render<Chart>('en', CHARTS[tag]());
      // The export's styles reach no drawing of the chart: one that says its width has it.
      for (const svg of shadow(el).querySelectorAll('svg[width]:not([part="export"] svg)'))
        if (/^\d+$/.test(svg.getAttribute('width')!))
          expect(svg.getBoundingClientRect().width).to.equal(Number(svg.getAttribute('width')));
      // The same chart created with `export`, as a page writes it, beside the first.
      const copy = el.cloneNode(true) as Chart;
      copy.setAttribute('export', '');
      el.after(copy);
      for (let i = 0; i < 300 && copy.getAttribute('state') != 'ready'; i++)
        await new Promise((r) => setTimeout(r, 10));
      await copy.updateComplete;
      await new Promise((r) => requestAnimationFrame(r));
      await copy.updateComplete;
      expect(button(copy)).to.not.equal(null);
      expect(drawings(copy)).to.deep.equal(drawings(el));
      if (tag == 'nps-gauge' || tag == 'churn-trend') expect(drawings(el).length).to.be.above(0);
    });
  }
});

describe('the export menu', function (this: { timeout(ms: number): void }) {
  this.timeout(30000);
  it('is there only with the `export` attribute and data to export', async () => {
    const el = await render<Chart>('en', bars());
    expect(button(el)).to.equal(null);
    el.export = true;
    await el.updateComplete;
    expect(el.hasAttribute('export')).to.equal(true);
    expect(button(el)).to.not.equal(null);
    el.data = { items: [] };
    await el.updateComplete;
    expect(el.state).to.equal('empty');
    expect(button(el)).to.equal(null);
  });

  for (const [lang, name, png] of [
    ['en', 'Export', 'PNG image'],
    ['fa', 'خروجی', 'تصویر PNG'],
    ['ar', 'تصدير', 'صورة PNG'],
  ] as const) {
    it(`keyboard (${lang}): Enter opens on the first item, arrows move and wrap, Escape returns to the button`, async () => {
      const el = await withExport(lang, 'funnel-view');
      const b = button(el)!;
      expect(b.getAttribute('aria-label')).to.equal(name);
      expect(b.getAttribute('aria-haspopup')).to.equal('menu');
      expect(b.getAttribute('aria-expanded')).to.equal('false');
      await open(el);
      await until(() => b.getAttribute('aria-expanded') == 'true', 'aria-expanded follows');
      expect(items(el)[0]!.textContent!.trim()).to.equal(png);
      const at = () => items(el).indexOf(focused(el) as HTMLElement);
      await sendKeys({ press: 'ArrowDown' });
      expect(at()).to.equal(1);
      await sendKeys({ press: 'End' });
      expect(at()).to.equal(2);
      await sendKeys({ press: 'ArrowDown' });
      expect(at(), 'wraps to the first').to.equal(0);
      await sendKeys({ press: 'ArrowUp' });
      expect(at(), 'wraps to the last').to.equal(2);
      await sendKeys({ press: 'Home' });
      expect(at()).to.equal(0);
      await sendKeys({ press: 'Escape' });
      await until(() => !menuOf(el).matches(':popover-open'), 'Escape closes it');
      expect(focused(el)).to.equal(b);
      await until(() => b.getAttribute('aria-expanded') == 'false', 'aria-expanded follows');
      await sendKeys({ press: 'ArrowUp' });
      await until(() => focused(el) == items(el)[2], '↑ on the button opens on the last item');
      await sendKeys({ press: 'Tab' });
      await until(() => !menuOf(el).matches(':popover-open'), 'Tab closes it');
    });
  }

  it('an item makes its file and fires a cancelable crm-export with it', async () => {
    const el = await withExport('fa', 'churn-trend');
    const seen: CrmExportDetail[] = [];
    el.parentElement!.addEventListener('crm-export', (e) => {
      seen.push((e as CustomEvent<CrmExportDetail>).detail);
      e.preventDefault();
    });
    for (const [i, format] of (['png', 'svg', 'csv'] as const).entries()) {
      await open(el);
      for (let k = 0; k < i; k++) await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await until(() => seen.length == i + 1, `the ${format} is made`);
      expect(menuOf(el).matches(':popover-open')).to.equal(false);
      expect(focused(el)).to.equal(button(el));
      const { blob, filename } = seen[i]!;
      expect(filename).to.equal(`نرخ-ریزش-مشتری.${format}`);
      expect(blob.type).to.equal(
        { png: 'image/png', svg: 'image/svg+xml', csv: 'text/csv;charset=utf-8' }[format],
      );
    }
    expect((await pngSize(seen[0]!.blob)).signature).to.equal(true);
    parse(await seen[1]!.blob.text());
    // The bytes: UTF-8 with its byte-order mark (text() would decode the mark away).
    const bytes = new Uint8Array(await seen[2]!.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect([...bytes]).to.deep.equal([...new TextEncoder().encode(await el.toCSV())]);
  });

  it('opens under its button, its end edge on the button’s: right in en, left in fa', async () => {
    for (const lang of ['en', 'fa'] as const) {
      const el = await withExport(lang, 'nps-gauge');
      await open(el);
      const b = button(el)!.getBoundingClientRect();
      const m = menuOf(el).getBoundingClientRect();
      expect(m.top).to.be.closeTo(b.bottom + 4, 1);
      if (lang == 'en') expect(m.right).to.be.closeTo(b.right, 1);
      else expect(m.left).to.be.closeTo(b.left, 1);
      await sendKeys({ press: 'Escape' });
    }
  });

  for (const theme of ['light', 'dark']) {
    for (const lang of LANGS) {
      it(`is accessible open and closed (${lang}, ${theme})`, async () => {
        const el = await withExport(lang, 'breakdown-bars', theme);
        await expect(el).to.be.accessible();
        await open(el);
        await expect(el).to.be.accessible();
        await sendKeys({ press: 'Escape' });
      });
    }
  }

  it('leaves no listener behind when its element is removed with the menu open', async () => {
    const before = alive().listeners;
    const el = await withExport('en', 'kpi-card');
    await open(el);
    expect(alive().listeners, 'it follows scroll and resize while open').to.be.above(before);
    el.remove();
    expect(alive().listeners).to.equal(before);
  });
});
