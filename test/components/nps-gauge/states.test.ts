// <nps-gauge>: loading, empty, error and small-sample states, and live updates.
import { expect, oneEvent } from '@open-wc/testing';
import { has, jsonRoute, loaded, mount, part, settle, text } from './helpers.js';
import type { CrmErrorDetail } from '../../../src/data/index.js';

describe('<nps-gauge> states', () => {
  describe('small sample', () => {
    it('warns below 30 responses (the default) and still shows the score', async () => {
      // 20 / 5 / 4: n = 29 < 30; NPS = (20 − 4)/29 · 100 = 55.17 → 55.
      const el = await mount({ attrs: { promoters: 20, passives: 5, detractors: 4 } });
      expect(text(part(el, 'note'))).to.equal('Too few responses to trust this score (fewer than 30).');
      expect(text(part(el, 'score'))).to.equal('55');
    });

    it('does not warn at exactly 30 responses', async () => {
      // 21 / 5 / 4: n = 30; NPS = 17/30 · 100 = 56.67 → 57.
      const el = await mount({ attrs: { promoters: 21, passives: 5, detractors: 4 } });
      expect(has(el, 'note')).to.equal(false);
      expect(text(part(el, 'score'))).to.equal('57');
    });

    it('follows min-responses', async () => {
      // n = 688.
      const el = await mount({
        attrs: { promoters: 412, passives: 180, detractors: 96, 'min-responses': 1000 },
      });
      expect(text(part(el, 'note'))).to.equal('Too few responses to trust this score (fewer than 1,000).');
      expect(text(part(el, 'score'))).to.equal('46');
      el.setAttribute('min-responses', '688');
      await settle(el);
      expect(has(el, 'note')).to.equal(false);
      el.setAttribute('min-responses', '689');
      await settle(el);
      expect(has(el, 'note')).to.equal(true);
    });

    it('warns in Persian and Arabic', async () => {
      const fa = await mount({ attrs: { scores: '10,9,7,3', lang: 'fa' } });
      expect(text(part(fa, 'note'))).to.equal('پاسخ‌ها برای اتکا به این امتیاز کم است (کمتر از ۳۰).');
      expect(text(part(fa, 'score'))).to.equal('۲۵');
      const ar = await mount({ attrs: { scores: '10,9,7,3', lang: 'ar-EG' } });
      expect(text(part(ar, 'note'))).to.equal('الإجابات أقل من أن يُعتمد على هذه النتيجة (أقل من ٣٠).');
    });
  });

  describe('empty', () => {
    const cases: [string, Parameters<typeof mount>[0]][] = [
      ['all counts 0', { attrs: { promoters: 0, passives: 0, detractors: 0 } }],
      ['scores=""', { attrs: { scores: '' } }],
      ['.data = { scores: [] }', { data: { scores: [] } }],
      ['.data = { responses: [] }', { data: { responses: [] } }],
      ['an inline child with zero counts', { inline: { promoters: 0, passives: 0, detractors: 0 } }],
      ['no input at all', {}],
    ];
    for (const [name, input] of cases) {
      it(`${name} → state "empty", "No responses yet", no score`, async () => {
        const el = await mount(input);
        expect(el.state).to.equal('empty');
        expect(el.getAttribute('state')).to.equal('empty');
        expect(text(part(el, 'message'))).to.equal('No responses yet');
        expect(part(el, 'message').getAttribute('role')).to.equal('status');
        expect(has(el, 'score')).to.equal(false);
        expect(el.shadowRoot!.querySelector('[role="meter"]')).to.equal(null);
        // The caption stays.
        expect(text(part(el, 'label'))).to.equal('Net Promoter Score');
      });
    }

    it('src answering zero counts is empty', async () => {
      const el = await mount({ attrs: { src: jsonRoute({ promoters: 0, passives: 0, detractors: 0 }) } });
      await loaded(el);
      expect(el.state).to.equal('empty');
      expect(text(part(el, 'message'))).to.equal('No responses yet');
    });

    it('says so in Persian and Arabic', async () => {
      const fa = await mount({ attrs: { scores: '', lang: 'fa' } });
      expect(text(part(fa, 'message'))).to.equal('هنوز پاسخی نرسیده است');
      expect(text(part(fa, 'label'))).to.equal('خالص امتیاز ترویج‌کنندگان');
      const ar = await mount({ attrs: { scores: '', lang: 'ar' } });
      expect(text(part(ar, 'message'))).to.equal('لا توجد إجابات بعد');
      expect(text(part(ar, 'label'))).to.equal('صافي نقاط الترويج');
    });

    it('leaves the empty state when responses arrive', async () => {
      const el = await mount({ attrs: { promoters: 0, passives: 0, detractors: 0 } });
      el.setAttribute('promoters', '3');
      el.setAttribute('detractors', '1');
      await settle(el);
      expect(el.state).to.equal('ready');
      expect(has(el, 'message')).to.equal(false);
      // (3 − 1)/4 · 100 = 50.
      expect(text(part(el, 'score'))).to.equal('50');
    });
  });

  describe('error', () => {
    it('a 404 src → state "error", a message naming the URL, crm-error of kind http', async () => {
      const url = '/__test__/missing-nps';
      const event = oneEvent(document, 'crm-error');
      const el = await mount({ attrs: { src: url } });
      const { detail, target } = (await event) as CustomEvent<CrmErrorDetail>;
      await loaded(el);
      expect(target).to.equal(el);
      expect(detail).to.include({ kind: 'http', status: 404, url });
      expect(el.getAttribute('state')).to.equal('error');
      // The URL is wrapped in bidi isolates (U+2068…U+2069) so it keeps its order in RTL text.
      expect(text(part(el, 'message'))).to.equal(`Could not load \u2068${url}\u2069 (HTTP 404).`);
      expect(part(el, 'message').getAttribute('role')).to.equal('alert');
      expect(has(el, 'score')).to.equal(false);
    });

    it('keeps a Latin URL in order inside Persian and Arabic messages (bidi isolate)', async () => {
      const url = '/__test__/missing-nps';
      for (const lang of ['fa', 'ar']) {
        const el = await mount({ attrs: { src: url, lang } });
        await loaded(el);
        const message = text(part(el, 'message'));
        expect(message, lang).to.include(`\u2068${url}\u2069`);
        expect(message, lang).to.match(lang === 'fa' ? /^دریافت/ : /^تعذّر/);
      }
    });

    it('a 500 from the json route names its status', async () => {
      const url = jsonRoute({ error: 'boom' }, { status: 500 });
      const el = await mount({ attrs: { src: url } });
      await loaded(el);
      expect(el.state).to.equal('error');
      expect(text(part(el, 'message'))).to.equal(`Could not load \u2068${url}\u2069 (HTTP 500).`);
    });

    it('scores="10,11" → a schema error naming the field', async () => {
      const event = oneEvent(document, 'crm-error');
      const el = await mount({ attrs: { scores: '10,11' } });
      const { detail } = (await event) as CustomEvent<CrmErrorDetail>;
      expect(detail).to.include({ kind: 'schema', field: 'scores[1]' });
      expect(el.state).to.equal('error');
      expect(text(part(el, 'message'))).to.equal('The data is not valid at scores[1].');
      expect(has(el, 'score')).to.equal(false);
    });

    it('a negative count → a schema error naming the field, in Persian too', async () => {
      const el = await mount({ data: { promoters: 5, passives: -1, detractors: 0 }, attrs: { lang: 'fa' } });
      expect(el.state).to.equal('error');
      expect(text(part(el, 'message'))).to.equal('داده‌ها در passives معتبر نیستند.');
    });

    it('invalid inline JSON → a json error', async () => {
      const el = await mount({ inline: { scores: [10] } });
      const event = oneEvent(el, 'crm-error');
      el.querySelector('script')!.textContent = '{ promoters: 1';
      expect(((await event) as CustomEvent<CrmErrorDetail>).detail.kind).to.equal('json');
      await settle(el);
      expect(el.state).to.equal('error');
      expect(text(part(el, 'message'))).to.equal('The inline data is not valid JSON.');
    });

    it('recovers when the input becomes valid', async () => {
      const el = await mount({ attrs: { scores: '10,11' } });
      el.setAttribute('scores', '10,10');
      await settle(el);
      expect(el.state).to.equal('ready');
      expect(text(part(el, 'score'))).to.equal('100');
    });
  });

  describe('loading', () => {
    it('shows the skeleton with state="loading" while a delayed src is pending, then the score', async () => {
      const el = await mount({ attrs: { src: jsonRoute({ scores: [10, 9, 7, 3] }, { ms: 400 }) } });
      expect(el.getAttribute('state')).to.equal('loading');
      const skeleton = part(el, 'skeleton');
      expect(skeleton.getAttribute('role')).to.equal('status');
      expect(text(skeleton)).to.equal('Loading…');
      expect(has(el, 'score')).to.equal(false);
      await loaded(el);
      expect(el.getAttribute('state')).to.equal('ready');
      expect(has(el, 'skeleton')).to.equal(false);
      expect(text(part(el, 'score'))).to.equal('25');
    });
  });

  describe('live updates', () => {
    it('re-renders when count attributes change', async () => {
      const el = await mount({ attrs: { promoters: 412, passives: 180, detractors: 96 } });
      expect(text(part(el, 'score'))).to.equal('46');
      // 412 / 180 / 300: n = 892, NPS = 112/892 · 100 = 12.56 → 13; shares 46.19% → 46%, 20.18% → 20%, 33.63% → 34%.
      el.setAttribute('detractors', '300');
      await settle(el);
      expect(text(part(el, 'score'))).to.equal('13');
      expect(text(part(el, 'split'))).to.contain('46%');
      expect(text(part(el, 'split'))).to.contain('34%');
      expect(text(part(el, 'split'))).to.contain('300 responses');
    });

    it('re-renders when the label and the language change', async () => {
      const el = await mount({ attrs: { scores: '10,9,7,3' } });
      el.setAttribute('label', 'Onboarding');
      await settle(el);
      expect(text(part(el, 'label'))).to.equal('Onboarding');
      el.setAttribute('lang', 'fa');
      await settle(el);
      expect(text(part(el, 'score'))).to.equal('۲۵');
      expect(text(part(el, 'margin'))).to.equal('±۸۱');
    });

    it('re-renders when .data changes', async () => {
      const el = await mount({ data: { scores: [10] } });
      expect(text(part(el, 'score'))).to.equal('100');
      el.data = { scores: [0] };
      await settle(el);
      expect(text(part(el, 'score'))).to.equal('-100');
    });
  });
});
