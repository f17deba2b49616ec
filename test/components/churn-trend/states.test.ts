// <churn-trend>: loading, empty and error states, and leaving them.
import { expect, oneEvent } from '@open-wc/testing';
import type { CrmErrorDetail } from '../../../src/data/index.js';
import { has, jsonRoute, loaded, mount, part, plotted, settle, sized, text, type Mount } from './helpers.js';

const TWO = [
  { date: '2024-01-01', rate: 0.03 },
  { date: '2024-02-01', rate: 0.04 },
];

/** Nothing of the chart is drawn. */
const expectNoChart = (el: HTMLElement): void => {
  const root = el.shadowRoot!;
  expect(root.querySelector('svg')).to.equal(null);
  expect(root.querySelector('[part~="plot"]')).to.equal(null);
  expect(root.querySelector('[part~="table"]')).to.equal(null);
};

describe('<churn-trend> states', () => {
  describe('empty', () => {
    const cases: [string, Mount][] = [
      ['points="[]"', { attrs: { points: '[]' } }],
      ['.data = { customers: [] }', { data: { customers: [] } }],
      ['.data = { points: [] }', { data: { points: [] } }],
      ['an inline child with no periods', { inline: { granularity: 'month', points: [] } }],
      ['no input at all', {}],
    ];
    for (const [name, input] of cases) {
      it(`${name} → state "empty", "No periods yet"`, async () => {
        const el = await mount(input);
        expect(el.state).to.equal('empty');
        expect(el.getAttribute('state')).to.equal('empty');
        expect(text(part(el, 'message'))).to.equal('No periods yet');
        expect(part(el, 'message').getAttribute('role')).to.equal('status');
        expectNoChart(el);
        // The caption stays.
        expect(text(part(el, 'label'))).to.equal('Churn rate');
      });
    }

    it('src answering no periods is empty', async () => {
      const el = await mount({ attrs: { src: jsonRoute({ customers: [] }) } });
      await loaded(el);
      expect(el.state).to.equal('empty');
      expect(text(part(el, 'message'))).to.equal('No periods yet');
    });

    it('says so in Persian and Arabic', async () => {
      const fa = await mount({ attrs: { points: '[]', lang: 'fa' } });
      expect(text(part(fa, 'message'))).to.equal('هنوز دوره‌ای نیست');
      expect(text(part(fa, 'label'))).to.equal('نرخ ریزش مشتری');
      const ar = await mount({ attrs: { points: '[]', lang: 'ar', metric: 'retention' } });
      expect(text(part(ar, 'message'))).to.equal('لا توجد فترات بعد');
      expect(text(part(ar, 'label'))).to.equal('معدل الاحتفاظ بالعملاء');
    });

    it('leaves the empty state when periods arrive', async () => {
      const el = await mount({ attrs: { points: '[]' } });
      el.setAttribute('points', JSON.stringify(TWO));
      await settle(el);
      await sized(el);
      expect(el.state).to.equal('ready');
      expect(has(el, 'message')).to.equal(false);
      expect(plotted(el).map((v) => Math.round(v * 1000))).to.deep.equal([30, 40]);
    });
  });

  describe('error', () => {
    it('a 404 src → state "error", a message naming the URL, crm-error of kind http', async () => {
      const url = '/__test__/missing-churn';
      const event = oneEvent(document, 'crm-error');
      const el = await mount({ attrs: { src: url } });
      const { detail, target } = (await event) as CustomEvent<CrmErrorDetail>;
      await loaded(el);
      expect(target).to.equal(el);
      expect(detail).to.include({ kind: 'http', status: 404, url });
      expect(el.getAttribute('state')).to.equal('error');
      expect(text(part(el, 'message'))).to.equal(`Could not load \u2068${url}\u2069 (HTTP 404).`);
      expect(part(el, 'message').getAttribute('role')).to.equal('alert');
      expectNoChart(el);
    });

    it('a 500 from the real route names its status', async () => {
      const url = jsonRoute({ error: 'boom' }, { status: 500 });
      const el = await mount({ attrs: { src: url } });
      await loaded(el);
      expect(text(part(el, 'message'))).to.equal(`Could not load \u2068${url}\u2069 (HTTP 500).`);
    });

    it('invalid JSON in the points attribute → a json error, like invalid inline JSON', async () => {
      const event = oneEvent(document, 'crm-error');
      const el = await mount({ attrs: { points: '[{"date":"2024-01-01","rate":0.03' } });
      const { detail } = (await event) as CustomEvent<CrmErrorDetail>;
      expect(detail.kind).to.equal('json');
      expect(detail.message).to.match(/^Invalid JSON in an attribute \(SyntaxError: /);
      expect(detail.url).to.equal(undefined);
      expect(el.state).to.equal('error');
      expect(text(part(el, 'message'))).to.equal('The inline data is not valid JSON.');
      expectNoChart(el);
    });

    it('invalid JSON in the inline child → an error naming the inline data', async () => {
      const el = await mount({ inlineText: '{"points": [' });
      expect(el.state).to.equal('error');
      expect(text(part(el, 'message'))).to.equal('The inline data is not valid JSON.');
    });

    it('invalid JSON from src → an error naming the URL', async () => {
      const url = `/__test__/json?id=${Math.random().toString(36).slice(2)}&body=${encodeURIComponent('{"points":')}`;
      const el = await mount({ attrs: { src: url } });
      await loaded(el);
      expect(el.state).to.equal('error');
      expect(text(part(el, 'message'))).to.equal(`\u2068${url}\u2069 is not valid JSON.`);
    });

    const schemaCases: [string, unknown, string][] = [
      ['a rate above 1', { points: [TWO[0], { date: '2024-02-01', rate: 2 }] }, 'points[1].rate'],
      ['a rate below 0', { points: [{ date: '2024-01-01', rate: -0.1 }] }, 'points[0].rate'],
      ['a date that is not ISO', { points: [TWO[0], { date: '01/02/2024', rate: 0.02 }] }, 'points[1].date'],
      [
        'more lost than at start',
        { granularity: 'month', points: [{ period: '2024-01', customersAtStart: 10, customersLost: 11 }] },
        'points[0].customersLost',
      ],
      [
        'a negative count',
        { granularity: 'month', points: [{ period: '2024-01', customersAtStart: -1, customersLost: 0 }] },
        'points[0].customersAtStart',
      ],
      [
        'counts without a granularity',
        { points: [{ period: '2024-01', customersAtStart: 10, customersLost: 1 }] },
        'granularity',
      ],
      [
        'a customer who ends before starting',
        { customers: [{ start: '2024-03-01', end: '2024-02-01' }] },
        'customers[0].end',
      ],
      [
        'a customer without a start',
        { customers: [{ start: '2024-03-01' }, { end: '2024-02-01' }] },
        'customers[1].start',
      ],
      ['an unknown calendar', { calendar: 'islamic', points: TWO }, 'calendar'],
    ];
    for (const [name, data, field] of schemaCases) {
      it(`${name} → a schema error naming ${field}`, async () => {
        const event = oneEvent(document, 'crm-error');
        const el = await mount({ data });
        const { detail } = (await event) as CustomEvent<CrmErrorDetail>;
        expect(detail).to.include({ kind: 'schema', field });
        expect(el.state).to.equal('error');
        expect(text(part(el, 'message'))).to.equal(`The data is not valid at ${field}.`);
        expectNoChart(el);
      });
    }

    it('a schema error from src names the field', async () => {
      const el = await mount({ attrs: { src: jsonRoute({ points: [{ date: '2024-01-01', rate: 1.5 }] }) } });
      await loaded(el);
      expect(text(part(el, 'message'))).to.equal('The data is not valid at points[0].rate.');
    });

    it('in Persian, the URL keeps its order (bidi isolate); the status is a code, in Latin digits', async () => {
      const url = '/__test__/missing-churn';
      const el = await mount({ attrs: { src: url, lang: 'fa' } });
      await loaded(el);
      expect(text(part(el, 'message'))).to.equal(`دریافت \u2068${url}\u2069 ممکن نشد (خطای HTTP 404).`);
    });

    it('recovers when valid data arrives', async () => {
      const el = await mount({ attrs: { points: '[{"date":"2024-01-01","rate":3}]' } });
      expect(el.state).to.equal('error');
      el.data = { points: TWO };
      await settle(el);
      await sized(el);
      expect(el.state).to.equal('ready');
      expect(has(el, 'message')).to.equal(false);
      expect(plotted(el).map((v) => Math.round(v * 1000))).to.deep.equal([30, 40]);
    });
  });

  describe('loading', () => {
    it('shows a skeleton while a delayed src is pending, then the chart', async () => {
      const el = await mount({ attrs: { src: jsonRoute({ points: TWO }, { ms: 400 }) } });
      expect(el.state).to.equal('loading');
      expect(el.getAttribute('state')).to.equal('loading');
      expect(has(el, 'skeleton')).to.equal(true);
      expect(part(el, 'skeleton').getAttribute('role')).to.equal('status');
      expect(text(part(el, 'skeleton'))).to.equal('Loading…');
      expectNoChart(el);
      await loaded(el);
      await sized(el);
      expect(el.state).to.equal('ready');
      expect(has(el, 'skeleton')).to.equal(false);
      expect(plotted(el).map((v) => Math.round(v * 1000))).to.deep.equal([30, 40]);
    });

    it('a newer src replaces a pending one; the older answer is never shown', async () => {
      const slow = jsonRoute({ points: [{ date: '2024-01-01', rate: 0.5 }] }, { ms: 600 });
      const fast = jsonRoute({ points: TWO }, { ms: 50 });
      const el = await mount({ attrs: { src: slow } });
      el.setAttribute('src', fast);
      await settle(el);
      await loaded(el);
      await sized(el);
      expect(plotted(el).map((v) => Math.round(v * 1000))).to.deep.equal([30, 40]);
      // Still after the slow answer would have come.
      await new Promise((resolve) => setTimeout(resolve, 700));
      await settle(el);
      expect(plotted(el).map((v) => Math.round(v * 1000))).to.deep.equal([30, 40]);
    });
  });
});
