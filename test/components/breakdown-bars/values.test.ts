// <breakdown-bars>: values, shares, Other, sort orders, the change against previous, stacked mode,
// the data table, the select event, digits in en/fa/ar, and every way data arrives (src included).
import { expect, oneEvent } from '@open-wc/testing';
import type { BreakdownBars, BreakdownSelectDetail } from '../../../src/components/breakdown-bars/index.js';
import type { CrmErrorDetail } from '../../../src/data/index.js';
import {
  LEADS,
  OUTREACH,
  bar,
  bars,
  jsonRoute,
  labels,
  loaded,
  mount,
  names,
  part,
  parts,
  settle,
  tableCells,
  text,
  tooltip,
} from './helpers.js';

const LATIN_DIGIT = /[0-9]/;

/** The legend's entries. */
const legend = (el: Element) => [...part(el, 'legend').querySelectorAll('li')].map((li) => text(li));

describe('<breakdown-bars> values', () => {
  it('sorts by value, with value and share of the total on each bar', async () => {
    // 500/1000 = 50%, 300/1000 = 30%, 120/1000 = 12%, 50/1000 = 5%, 30/1000 = 3%.
    const el = await mount({ data: LEADS });
    expect(el.state).to.equal('ready');
    expect(labels(el)).to.deep.equal(['Web', 'Ads', 'Referral', 'Email', 'Events']);
    expect(bars(el).map((b) => text(b.querySelector('.fig')))).to.deep.equal([
      '500 50%',
      '300 30%',
      '120 12%',
      '50 5%',
      '30 3%',
    ]);
  });

  it('the change against previous: arrow, sign and words, up/down coloured, none without a previous', async () => {
    // (500 − 400)/400 = +25%; 300 vs 300 = 0; (120 − 100)/100 = +20%; Email none; (30 − 60)/60 = −50%.
    const el = await mount({ data: LEADS });
    const vs = bars(el).map((b) => b.querySelector('.vs'));
    expect(vs.map((v) => (v ? text(v) : null))).to.deep.equal([
      '▲ +25% vs previous period',
      '0% vs previous period',
      '▲ +20% vs previous period',
      null,
      '▼ -50% vs previous period',
    ]);
    expect(vs[0]!.classList.contains('up')).to.equal(true);
    expect(vs[4]!.classList.contains('down')).to.equal(true);
    expect(vs[1]!.classList.contains('up') || vs[1]!.classList.contains('down')).to.equal(false);
    // Colour is never alone: the arrow is there (hidden from screen readers, which read the sign).
    expect(vs[0]!.querySelector('[aria-hidden="true"]')!.textContent).to.equal('▲');
    const up = getComputedStyle(vs[0]!).color;
    const down = getComputedStyle(vs[4]!).color;
    expect(up).to.not.equal(down);
    expect(names(el)[0]).to.equal('Web 500 50% +25% vs previous period');
  });

  it('better="lower" (churn by contract type): a rise is coloured as worse, a fall as better', async () => {
    const higher = await mount({ data: LEADS });
    const lower = await mount({ data: LEADS, attrs: { better: 'lower' } });
    const colours = (el: BreakdownBars) =>
      bars(el).map((b) => (b.querySelector('.vs') ? getComputedStyle(b.querySelector('.vs')!).color : null));
    const [up, , , , down] = colours(higher);
    expect(up).to.not.equal(down);
    expect(colours(lower)).to.deep.equal([down, colours(higher)[1], down, null, up]);
    // The words and the arrow do not change: they say the direction.
    expect(text(bars(lower)[0]!.querySelector('.vs')!)).to.equal('▲ +25% vs previous period');
  });

  it('sort="none" keeps the given order', async () => {
    const el = await mount({ data: LEADS, attrs: { sort: 'none' } });
    expect(labels(el)).to.deep.equal(['Referral', 'Web', 'Events', 'Ads', 'Email']);
  });

  it('max-bars folds the rest into "Other", whose tooltip lists its members', async () => {
    // Other = Referral 120 + Email 50 + Events 30 = 200 of 1000 = 20%.
    const el = await mount({ data: LEADS, attrs: { 'max-bars': 3 } });
    expect(labels(el)).to.deep.equal(['Web', 'Ads', 'Other']);
    expect(text(bar(el, 2).querySelector('.fig'))).to.equal('200 20%');
    expect(bar(el, 2).getAttribute('part')).to.equal('bar other');
    expect(text(tooltip(el, 2))).to.equal('Other 200 20% Referral, Email, and Events');
  });

  it('max-bars defaults to 8: nine labels give seven bars and Other of two', async () => {
    const data = Array.from({ length: 9 }, (_, i) => ({ label: `S${i + 1}`, value: 90 - i * 10 }));
    const el = await mount({ data });
    expect(labels(el)).to.deep.equal(['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'Other']);
    // S8 20 + S9 10 = 30.
    expect(text(bar(el, 7).querySelector('b'))).to.equal('30');
  });

  it('duplicate labels are merged', async () => {
    const el = await mount({ data: [...LEADS, { label: 'Email', value: 450 }] });
    // Email 50 + 450 = 500, tied with Web: by label, Email first; total 1450, 500/1450 = 34.5%.
    expect(labels(el).slice(0, 2)).to.deep.equal(['Email', 'Web']);
    expect(text(bar(el, 0).querySelector('.fig'))).to.equal('500 34.5%');
  });

  it('show="share" and show="value" state one of them', async () => {
    const share = await mount({ data: LEADS, attrs: { show: 'share' } });
    expect(text(bar(share, 0).querySelector('.fig'))).to.equal('50%');
    const value = await mount({ data: LEADS, attrs: { show: 'value' } });
    expect(text(bar(value, 0).querySelector('.fig'))).to.equal('500');
    // The tooltip keeps both.
    expect(text(tooltip(value, 0))).to.equal('Web 500 50% Previous period: 400');
  });

  it('bar lengths are linear from 0 to the largest bar', async () => {
    const el = await mount({ data: LEADS, width: 600 });
    await settle(el);
    const track = bar(el, 0).querySelector('.track')!.getBoundingClientRect().width;
    const widths = parts(el, 'fill').map((f) => f.getBoundingClientRect().width / track);
    // 500 → 1, 300 → 0.6, 120 → 0.24, 50 → 0.1, 30 → 0.06.
    [1, 0.6, 0.24, 0.1, 0.06].forEach((w, i) => expect(widths[i]).to.be.closeTo(w, 0.01));
  });

  it('the data table: label, value, share, previous, change', async () => {
    const el = await mount({ data: LEADS, attrs: { label: 'Leads by source' } });
    expect(await tableCells(el)).to.deep.equal([
      ['Category', 'Value', 'Share', 'Previous period', 'Change'],
      ['Web', '500', '50%', '400', '+25%'],
      ['Ads', '300', '30%', '300', '0%'],
      ['Referral', '120', '12%', '100', '+20%'],
      ['Email', '50', '5%', '—', '—'],
      ['Events', '30', '3%', '60', '-50%'],
    ]);
  });

  it('value-format="compact"', async () => {
    const el = await mount({ data: [{ label: 'Web', value: 48210 }], attrs: { 'value-format': 'compact' } });
    expect(text(bar(el, 0).querySelector('b'))).to.equal('48K');
  });

  it('breakdown-select on click and Enter: { index, label, value }, bubbling and composed', async () => {
    const el = await mount({ data: LEADS, attrs: { 'max-bars': 3 } });
    let event = oneEvent(document, 'breakdown-select');
    bar(el, 1).click();
    let e = (await event) as CustomEvent<BreakdownSelectDetail>;
    expect(e.detail).to.deep.equal({ index: 1, label: 'Ads', value: 300 });
    expect(e.bubbles && e.composed).to.equal(true);
    event = oneEvent(el, 'breakdown-select');
    bar(el, 2).click();
    e = (await event) as CustomEvent<BreakdownSelectDetail>;
    expect(e.detail).to.deep.equal({ index: 2, label: 'Other', value: 200 });
  });

  it('a click inside a bar selects it (its label too); a click on its tooltip selects nothing', async () => {
    const el = await mount({ data: LEADS });
    const seen: BreakdownSelectDetail[] = [];
    el.addEventListener('breakdown-select', (e) => seen.push(e.detail));
    (bar(el, 2).querySelector('.name') as HTMLElement).click();
    tooltip(el, 1).click();
    (tooltip(el, 1).querySelector('strong') as HTMLElement).click();
    expect(seen).to.deep.equal([{ index: 2, label: 'Referral', value: 120 }]);
  });
});

/** Counts the numbers Intl.NumberFormat formats while `run` runs. */
async function formatsDuring(run: () => Promise<unknown>): Promise<number> {
  const proto = Intl.NumberFormat.prototype;
  const own = Object.getOwnPropertyDescriptor(proto, 'format')!;
  let calls = 0;
  Object.defineProperty(proto, 'format', {
    ...own,
    get(this: Intl.NumberFormat) {
      const format = own.get!.call(this) as (v: number) => string;
      return (v: number) => (calls++, format(v));
    },
  });
  try {
    await run();
  } finally {
    Object.defineProperty(proto, 'format', own);
  }
  return calls;
}

/** Counts the `click` listeners added while `run` runs. */
async function clickListenersDuring(run: () => Promise<unknown>): Promise<number> {
  const add = EventTarget.prototype.addEventListener;
  let calls = 0;
  EventTarget.prototype.addEventListener = function (this: EventTarget, ...args: Parameters<typeof add>) {
    if (args[0] == 'click') calls++;
    return add.apply(this, args);
  };
  try {
    await run();
  } finally {
    EventTarget.prototype.addEventListener = add;
  }
  return calls;
}

describe('<breakdown-bars> first render work', () => {
  // Twenty sources without a previous period: each bar states a value and a share.
  const SOURCES = Array.from({ length: 20 }, (_, i) => ({ label: `Source ${i + 1}`, value: 1000 - 40 * i }));

  for (const lang of ['en', 'fa', 'ar']) {
    it(`each bar's value and share are formatted once, for the bar and its tooltip (${lang})`, async () => {
      let el!: BreakdownBars;
      const formatted = await formatsDuring(async () => {
        el = await mount({ data: SOURCES, attrs: { 'max-bars': 20 }, wrapper: { lang } });
      });
      expect(bars(el)).to.have.length(20);
      // The tooltip states what its bar states.
      const fig = text(bar(el, 19).querySelector('.fig'));
      expect(text(tooltip(el, 19))).to.equal(`Source 20 ${fig}`);
      expect(formatted).to.equal(2 * 20);
    });
  }

  it("one click listener for every bar (the list's), and the table toggle's", async () => {
    let el!: BreakdownBars;
    const listeners = await clickListenersDuring(async () => {
      el = await mount({ data: SOURCES, attrs: { 'max-bars': 20 } });
    });
    expect(bars(el)).to.have.length(20);
    expect(listeners).to.equal(2);
  });
});

describe('<breakdown-bars> stacked', () => {
  it('one segment per series in the legend order, totals per bar, sorted by total', async () => {
    const el = await mount({ data: OUTREACH, width: 600 });
    expect(legend(el)).to.deep.equal(['Calls', 'Emails', 'Meetings']);
    expect(labels(el)).to.deep.equal(['Sara', 'Omid', 'Lina']);
    // Sara 45/100 = 45%, Omid 35%, Lina 20%.
    expect(bars(el).map((b) => text(b.querySelector('.fig')))).to.deep.equal(['45 45%', '35 35%', '20 20%']);
    // Lina has no calls: two segments.
    expect(bars(el).map((b) => b.querySelectorAll('[part="segment"]').length)).to.deep.equal([3, 3, 2]);
    // Segments in order, the same colour as their legend swatch, each colour different.
    const swatches = [...part(el, 'legend').querySelectorAll('.sw')].map(
      (s) => getComputedStyle(s).backgroundColor,
    );
    const sara = [...bar(el, 0).querySelectorAll('[part="segment"]')].map(
      (s) => getComputedStyle(s).backgroundColor,
    );
    expect(sara).to.deep.equal(swatches);
    expect(new Set(swatches).size).to.equal(3);
    // Lengths: Sara's segments 12, 30, 3 of the largest bar (45), side by side.
    const track = bar(el, 0).querySelector('.track')!.getBoundingClientRect();
    const segs = [...bar(el, 0).querySelectorAll('[part="segment"]')].map((s) => s.getBoundingClientRect());
    expect(segs.reduce((s, b) => s + b.width, 0) / track.width).to.be.closeTo(1, 0.01);
    expect(segs[0]!.width / track.width).to.be.closeTo(12 / 45, 0.01);
    expect(segs[0]!.right).to.be.at.most(segs[1]!.left + 0.5);
    // The tooltip names each series' value.
    expect(text(tooltip(el, 0))).to.equal('Sara 45 45% Calls: 12 Emails: 30 Meetings: 3');
  });

  it('the table has a column per series', async () => {
    const el = await mount({ data: OUTREACH });
    expect(await tableCells(el)).to.deep.equal([
      ['Category', 'Calls', 'Emails', 'Meetings', 'Value', 'Share'],
      ['Sara', '12', '30', '3', '45', '45%'],
      ['Omid', '20', '10', '5', '35', '35%'],
      ['Lina', '0', '15', '5', '20', '20%'],
    ]);
  });

  it('stacked: items with a series are stacked; without the attribute they are summed per label', async () => {
    const items = OUTREACH.items.flatMap(({ label, values }) =>
      values.map((value, k) => ({ label, series: OUTREACH.series[k]!, value })),
    );
    const el = await mount({ data: items, attrs: { stacked: '' } });
    expect(legend(el)).to.deep.equal(['Calls', 'Emails', 'Meetings']);
    expect(bars(el).map((b) => b.querySelectorAll('[part="segment"]').length)).to.deep.equal([3, 3, 2]);
    const flat = await mount({ data: items });
    expect(flat.shadowRoot!.querySelector('[part="legend"]')).to.equal(null);
    expect(bars(flat).map((b) => text(b.querySelector('.fig')))).to.deep.equal([
      '45 45%',
      '35 35%',
      '20 20%',
    ]);
  });

  it('Other sums the folded bars per series', async () => {
    const el = await mount({ data: OUTREACH, attrs: { 'max-bars': 2 } });
    expect(labels(el)).to.deep.equal(['Sara', 'Other']);
    // Omid + Lina: calls 20, emails 25, meetings 10 = 55.
    expect(text(tooltip(el, 1))).to.equal('Other 55 55% Calls: 20 Emails: 25 Meetings: 10 Omid and Lina');
  });
});

describe('<breakdown-bars> languages', () => {
  it('fa: Persian digits, words and direction', async () => {
    const el = await mount({ data: LEADS, attrs: { lang: 'fa', 'max-bars': 3 } });
    expect(part(el, 'base').getAttribute('dir')).to.equal('rtl');
    expect(text(part(el, 'label'))).to.equal('تفکیک');
    expect(names(el)[0]).to.equal('Web ۵۰۰ ۵۰٪ \u200e+۲۵٪ نسبت به دورهٔ قبل');
    expect(labels(el)[2]).to.equal('سایر');
    expect(text(part(el, 'base'))).not.to.match(LATIN_DIGIT);
    expect((await tableCells(el))[0]).to.deep.equal(['دسته', 'مقدار', 'سهم', 'دورهٔ قبل', 'تغییر']);
  });

  it('ar: Arabic words; Latin digits by default, Arabic-Indic with numbering="arab"', async () => {
    const el = await mount({ data: LEADS, attrs: { lang: 'ar' } });
    expect(part(el, 'base').getAttribute('dir')).to.equal('rtl');
    expect(text(part(el, 'label'))).to.equal('التوزيع');
    expect(text(bar(el, 0).querySelector('b'))).to.equal('500');
    expect(text(bar(el, 0).querySelector('.vs'))).to.contain('مقارنة بالفترة السابقة');
    const arab = await mount({ data: LEADS, attrs: { lang: 'ar', numbering: 'arab' } });
    expect(text(bar(arab, 0).querySelector('b'))).to.equal('٥٠٠');
    expect(text(part(arab, 'base'))).not.to.match(LATIN_DIGIT);
  });
});

describe('<breakdown-bars> data', () => {
  it('the items attribute: a JSON array, or { items }', async () => {
    const a = await mount({ attrs: { items: JSON.stringify(LEADS) } });
    expect(labels(a)[0]).to.equal('Web');
    const b = await mount({ attrs: { items: JSON.stringify({ items: LEADS }) } });
    expect(labels(b)).to.deep.equal(labels(a));
  });

  it('raw records { records: [{ source|type|label, count? }] } are counted per name', async () => {
    const el = await mount({
      data: {
        records: [
          { source: 'Web' },
          { source: 'Ads', count: 3 },
          { type: 'Web' },
          { label: 'Email', count: 2 },
        ],
      },
    });
    // Web 1 + 1 = 2, Ads 3, Email 2; total 7.
    expect(labels(el)).to.deep.equal(['Ads', 'Email', 'Web']);
    expect(text(bar(el, 0).querySelector('.fig'))).to.equal('3 42.9%');
  });

  it('src against the real test server, stacked too', async () => {
    const el = await mount({ attrs: { src: jsonRoute({ items: LEADS }) } });
    await loaded(el);
    expect(el.state).to.equal('ready');
    expect(labels(el)).to.deep.equal(['Web', 'Ads', 'Referral', 'Email', 'Events']);
    const stacked = await mount({ attrs: { src: jsonRoute(OUTREACH) } });
    await loaded(stacked);
    expect(labels(stacked)).to.deep.equal(['Sara', 'Omid', 'Lina']);
  });

  const bad: [string, unknown, string][] = [
    ['a negative value', [{ label: 'Web', value: -1 }], 'items[0].value'],
    ['an empty label', { items: [{ label: '', value: 1 }] }, 'items[0].label'],
    [
      'stacked values not one per series',
      { series: ['a', 'b'], items: [{ label: 'x', values: [1] }] },
      'items[0].values',
    ],
    ['a record without a name', { records: [{ source: 'Web' }, { count: 2 }] }, 'records[1]'],
    ['a record with a bad count', { records: [{ source: 'Web', count: -2 }] }, 'records[0]'],
    ['records that are not an array', { records: 3 }, 'records'],
  ];
  for (const [what, data, field] of bad)
    it(`${what} → error naming ${field}`, async () => {
      const event = oneEvent(document, 'crm-error');
      const el = await mount({ attrs: { src: jsonRoute(data) } });
      const { detail } = (await event) as CustomEvent<CrmErrorDetail>;
      await loaded(el);
      expect(el.state).to.equal('error');
      expect(detail.kind).to.equal('schema');
      expect(detail.field).to.equal(field);
      expect(text(part(el, 'message'))).to.equal(`The data is not valid at ${field}.`);
    });
});
