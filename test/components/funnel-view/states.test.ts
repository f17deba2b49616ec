// <funnel-view>: loading, empty and error states, and live updates.
import { expect, oneEvent } from '@open-wc/testing';
import type { CrmErrorDetail } from '../../../src/data/index.js';
import {
  STANDARD,
  has,
  jsonRoute,
  loaded,
  mount,
  names,
  part,
  requestsDone,
  requestsOf,
  settle,
  stagesAttr,
  text,
  type FunnelView,
} from './helpers.js';

/** Nothing of a funnel is drawn. */
function expectNoFunnel(el: FunnelView): void {
  for (const name of ['stages', 'stage', 'band', 'overall', 'table', 'table-toggle', 'tooltip']) {
    expect(has(el, name), name).to.equal(false);
  }
}

describe('<funnel-view> states', () => {
  describe('empty', () => {
    const cases: [string, Parameters<typeof mount>[0]][] = [
      ['stages="[]"', { attrs: { stages: '[]' } }],
      ['stages=\'{"stages":[]}\'', { attrs: stagesAttr({ stages: [] }) }],
      ['.data = []', { data: [] }],
      ['.data = { stages: [] }', { data: { stages: [] } }],
      ['an inline child { stages: [] }', { inline: { stages: [] } }],
      ['an inline child []', { inline: [] }],
      ['no input at all', {}],
    ];
    for (const [name, input] of cases) {
      it(`${name} → state "empty", "No stages yet"`, async () => {
        const el = await mount(input);
        expect(el.state).to.equal('empty');
        expect(el.getAttribute('state')).to.equal('empty');
        const message = part(el, 'message');
        expect(text(message)).to.equal('No stages yet');
        expect(message.getAttribute('role')).to.equal('status');
        expectNoFunnel(el);
        // The caption stays.
        expect(text(part(el, 'label'))).to.equal('Funnel');
      });
    }

    it('src answering { stages: [] } (the `empty-funnel` fixture) is empty', async () => {
      const el = await mount({ attrs: { src: '/__test__/fixture/empty-funnel' } });
      await loaded(el);
      expect(el.state).to.equal('empty');
      expect(text(part(el, 'message'))).to.equal('No stages yet');
    });

    it('says so in Persian and Arabic, with their captions', async () => {
      const fa = await mount({ attrs: { stages: '[]', lang: 'fa' } });
      expect(text(part(fa, 'message'))).to.equal('هنوز مرحله‌ای نیست');
      expect(text(part(fa, 'label'))).to.equal('قیف');
      const ar = await mount({ data: { stages: [] }, attrs: { lang: 'ar' } });
      expect(text(part(ar, 'message'))).to.equal('لا توجد مراحل بعد');
      expect(text(part(ar, 'label'))).to.equal('القمع');
    });

    it('leaves the empty state when stages arrive, and returns to it', async () => {
      const el = await mount({ attrs: { stages: '[]' } });
      el.setAttribute('stages', JSON.stringify(STANDARD));
      await settle(el);
      expect(el.state).to.equal('ready');
      expect(has(el, 'message')).to.equal(false);
      expect(names(el)[1]).to.equal('Leads 3,120 6.5% of previous stage');
      el.setAttribute('stages', '[]');
      await settle(el);
      expect(el.state).to.equal('empty');
      expectNoFunnel(el);
    });
  });

  describe('error', () => {
    it('a 404 src → state "error", a message naming the URL, crm-error of kind http', async () => {
      const url = '/__test__/missing-funnel';
      const event = oneEvent(document, 'crm-error');
      const el = await mount({ attrs: { src: url } });
      const { detail, target } = (await event) as CustomEvent<CrmErrorDetail>;
      await loaded(el);
      expect(target).to.equal(el);
      expect(detail).to.include({ kind: 'http', status: 404, url });
      expect(el.getAttribute('state')).to.equal('error');
      // The URL is wrapped in bidi isolates (U+2068…U+2069) so it keeps its order in RTL text.
      const message = part(el, 'message');
      expect(text(message)).to.equal(`Could not load \u2068${url}\u2069 (HTTP 404).`);
      expect(message.getAttribute('role')).to.equal('alert');
      expectNoFunnel(el);
    });

    it('a 404 src in Persian keeps the URL in order (the status stays in Latin digits)', async () => {
      const url = '/__test__/missing-funnel';
      const el = await mount({ attrs: { src: url, lang: 'fa' } });
      await loaded(el);
      expect(text(part(el, 'message'))).to.equal(`دریافت \u2068${url}\u2069 ممکن نشد (خطای HTTP 404).`);
    });

    it('a 500 from the json route names its status', async () => {
      const url = jsonRoute({ error: 'boom' }, { status: 500 });
      const el = await mount({ attrs: { src: url } });
      await loaded(el);
      expect(el.state).to.equal('error');
      expect(text(part(el, 'message'))).to.equal(`Could not load \u2068${url}\u2069 (HTTP 500).`);
    });

    it('invalid JSON from src → a json error naming the URL', async () => {
      const url = `/__test__/json?id=${Math.random().toString(36).slice(2)}&body=${encodeURIComponent('[{"label":')}`;
      const event = oneEvent(document, 'crm-error');
      const el = await mount({ attrs: { src: url } });
      expect(((await event) as CustomEvent<CrmErrorDetail>).detail).to.include({ kind: 'json', url });
      await loaded(el);
      expect(el.state).to.equal('error');
      expect(text(part(el, 'message'))).to.equal(`\u2068${url}\u2069 is not valid JSON.`);
    });

    it('invalid JSON in the stages attribute → a json error, like invalid inline JSON', async () => {
      const event = oneEvent(document, 'crm-error');
      const el = await mount({ attrs: { stages: '[{label: Visitors, value: 10}]' } });
      const { detail } = (await event) as CustomEvent<CrmErrorDetail>;
      expect(detail.kind).to.equal('json');
      expect(detail.message).to.match(/^Invalid JSON in an attribute \(SyntaxError: /);
      expect(detail.url).to.equal(undefined);
      expect(el.state).to.equal('error');
      expect(text(part(el, 'message'))).to.equal('The inline data is not valid JSON.');
      expectNoFunnel(el);
    });

    it('a negative value → a schema error naming stages[0].value', async () => {
      const event = oneEvent(document, 'crm-error');
      const el = await mount({ attrs: stagesAttr([{ label: 'Visitors', value: -1 }]) });
      const { detail } = (await event) as CustomEvent<CrmErrorDetail>;
      expect(detail).to.include({ kind: 'schema', field: 'stages[0].value' });
      expect(detail.message).to.equal('Invalid data at stages[0].value: expected a number ≥ 0');
      expect(el.state).to.equal('error');
      expect(text(part(el, 'message'))).to.equal('The data is not valid at stages[0].value.');
      expectNoFunnel(el);
    });

    it('names the field of other invalid stages, from .data, inline and src', async () => {
      // An empty label.
      const data = await mount({
        data: [
          { label: 'A', value: 1 },
          { label: '', value: 1 },
        ],
      });
      expect(text(part(data, 'message'))).to.equal('The data is not valid at stages[1].label.');
      // A string for a number.
      const inline = await mount({ inline: { stages: [{ label: 'A', value: '12' }] } });
      expect(text(part(inline, 'message'))).to.equal('The data is not valid at stages[0].value.');
      // A negative previous value.
      const src = jsonRoute([{ label: 'A', value: 1, previous: -3 }]);
      const fromSrc = await mount({ attrs: { src } });
      await loaded(fromSrc);
      expect(fromSrc.state).to.equal('error');
      expect(text(part(fromSrc, 'message'))).to.equal('The data is not valid at stages[0].previous.');
    });

    it('a schema error in Persian and Arabic', async () => {
      const bad = stagesAttr([{ label: 'A', value: -1 }]);
      const fa = await mount({ attrs: { ...bad, lang: 'fa' } });
      expect(text(part(fa, 'message'))).to.equal('داده‌ها در stages[0].value معتبر نیستند.');
      const ar = await mount({ attrs: { ...bad, lang: 'ar' } });
      expect(text(part(ar, 'message'))).to.equal('البيانات غير صالحة في الحقل stages[0].value.');
    });

    it('invalid inline JSON → a json error', async () => {
      const event = oneEvent(document, 'crm-error');
      const el = await mount({ inlineText: '[{ "label": "A", ' });
      expect(((await event) as CustomEvent<CrmErrorDetail>).detail.kind).to.equal('json');
      expect(el.state).to.equal('error');
      expect(text(part(el, 'message'))).to.equal('The inline data is not valid JSON.');
    });

    it('recovers when the input becomes valid', async () => {
      const el = await mount({ attrs: { stages: 'not json' } });
      expect(el.state).to.equal('error');
      el.setAttribute('stages', JSON.stringify(STANDARD));
      await settle(el);
      expect(el.state).to.equal('ready');
      expect(has(el, 'message')).to.equal(false);
      expect(text(part(el, 'overall'))).to.equal('Overall conversion 0.34%');
    });
  });

  describe('loading', () => {
    it('shows the skeleton with state="loading" while a delayed src is pending, then the funnel', async () => {
      const src = jsonRoute(STANDARD, { ms: 400 });
      const el = await mount({ attrs: { src } });
      expect(el.getAttribute('state')).to.equal('loading');
      const skeleton = part(el, 'skeleton');
      expect(skeleton.getAttribute('role')).to.equal('status');
      expect(text(skeleton)).to.equal('Loading…');
      expectNoFunnel(el);
      await loaded(el);
      expect(el.getAttribute('state')).to.equal('ready');
      expect(has(el, 'skeleton')).to.equal(false);
      expect(names(el)[4]).to.equal('Won 162 39.5% of previous stage');
      expect(await requestsOf(src)).to.equal(1);
    });

    it('says "loading" in Persian', async () => {
      const el = await mount({ attrs: { src: jsonRoute(STANDARD, { ms: 400 }), lang: 'fa' } });
      expect(el.state).to.equal('loading');
      expect(text(part(el, 'skeleton'))).to.equal('در حال بارگذاری…');
      await loaded(el);
      expect(el.state).to.equal('ready');
    });

    it('a newer src replaces a pending one; the stale answer is never shown', async () => {
      const slow = jsonRoute([{ label: 'Slow', value: 1 }], { ms: 600 });
      const fast = jsonRoute([{ label: 'Fast', value: 1 }]);
      const el = await mount({ attrs: { src: slow } });
      expect(el.state).to.equal('loading');
      el.setAttribute('src', fast);
      await loaded(el);
      expect(names(el)).to.deep.equal(['Fast 1']);
      // Once the slow request has ended (aborted or answered), still the fast data.
      await requestsDone(slow);
      await settle(el);
      expect(names(el)).to.deep.equal(['Fast 1']);
    });
  });

  describe('live updates', () => {
    it('re-renders when the label, the language and the value format change', async () => {
      const el = await mount({ data: STANDARD });
      el.setAttribute('label', 'Pipeline');
      await settle(el);
      expect(text(part(el, 'label'))).to.equal('Pipeline');
      el.setAttribute('value-format', 'compact');
      await settle(el);
      // 48,210 → "48K".
      expect(names(el)[0]).to.equal('Visitors 48K');
      el.setAttribute('lang', 'fa');
      await settle(el);
      // Intl fa compact: "۴۸" NO-BREAK SPACE "هزار".
      expect(names(el)[0]).to.equal('Visitors ۴۸ هزار');
      expect(part(el, 'base').getAttribute('dir')).to.equal('rtl');
    });

    it('keeps the focused stage index valid when stages are removed', async () => {
      const el = await mount({ data: STANDARD });
      el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="stage"]')[4]!.focus();
      await settle(el);
      el.data = STANDARD.slice(0, 2);
      await settle(el);
      const stops = [...el.shadowRoot!.querySelectorAll('[part~="stage"]')].map((s) =>
        s.getAttribute('tabindex'),
      );
      expect(stops).to.deep.equal(['-1', '0']);
    });
  });
});
