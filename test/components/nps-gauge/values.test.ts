// <nps-gauge>: the numbers it shows, from every input path, read from the rendered shadow DOM.
import { expect, oneEvent } from '@open-wc/testing';
import {
  jsonRoute,
  legendRow,
  loaded,
  meter,
  mount,
  part,
  requestsOf,
  settle,
  shown,
  text,
  type Shown,
} from './helpers.js';

/*
 * Case A: 412 promoters, 180 passives, 96 detractors.
 *   n = 412 + 180 + 96 = 688
 *   pP = 412/688 = 0.598837, pPa = 180/688 = 0.261628, pD = 96/688 = 0.139535
 *   NPS = (412 − 96)/688 · 100 = 316/688 · 100 = 45.930 → "46"
 *   Wald margin = 1.96 · √((pP + pD − (pP − pD)²)/n) · 100
 *              = 1.96 · √((0.738372 − 0.459302²)/688) · 100
 *              = 1.96 · √((0.738372 − 0.210958)/688) · 100
 *              = 1.96 · √(0.527413/688) · 100 = 1.96 · √0.000766589 · 100
 *              = 1.96 · 0.0276874 · 100 = 5.4267 → "±5"
 *   shares: 59.88% → "60%", 26.16% → "26%", 13.95% → "14%"
 */
const A = { promoters: 412, passives: 180, detractors: 96 };
const SHOWN_A: Shown = {
  score: '46',
  margin: '±5',
  shares: ['60%', '26%', '14%'],
  counts: ['412 responses', '180 responses', '96 responses'],
  valuenow: '46',
};

/*
 * Previous period of case A: 371 / 205 / 118.
 *   n = 694; pP = 0.534582, pD = 0.170029
 *   NPS = (371 − 118)/694 · 100 = 253/694 · 100 = 36.455
 *   difference = 45.930 − 36.455 = +9.475 → "+9"
 *   varC = 0.527413 (above); varP = 0.704611 − 0.364553² = 0.704611 − 0.132899 = 0.571712
 *   margin = 1.96 · √(0.527413/688 + 0.571712/694) · 100
 *          = 1.96 · √(0.000766589 + 0.000823793) · 100 = 1.96 · √0.00159038 · 100
 *          = 1.96 · 0.0398796 · 100 = 7.816
 *   |9.475| > 7.816 → significant: no "not significant".
 */
const PREVIOUS_A = { promoters: 371, passives: 205, detractors: 118 };

/*
 * Case B: the answers 10, 9, 7, 3 → 2 promoters (10, 9), 1 passive (7), 1 detractor (3).
 *   n = 4; pP = 0.5, pPa = 0.25, pD = 0.25
 *   NPS = (2 − 1)/4 · 100 = 25 → "25"
 *   margin = 1.96 · √((0.5 + 0.25 − 0.25²)/4) · 100 = 1.96 · √(0.6875/4) · 100
 *          = 1.96 · √0.171875 · 100 = 1.96 · 0.414578 · 100 = 81.257 → "±81"
 *   shares "50%", "25%", "25%"
 */
const SHOWN_B: Shown = {
  score: '25',
  margin: '±81',
  shares: ['50%', '25%', '25%'],
  counts: ['2 responses', '1 response', '1 response'],
  valuenow: '25',
};

/*
 * Case C (the server's `nps` fixture): 60 / 25 / 15.
 *   n = 100; NPS = (60 − 15)/100 · 100 = 45 → "45"
 *   margin = 1.96 · √((0.6 + 0.15 − 0.45²)/100) · 100 = 1.96 · √(0.5475/100) · 100
 *          = 1.96 · 0.0739932 · 100 = 14.503 → "±15"
 */
const SHOWN_C: Shown = {
  score: '45',
  margin: '±15',
  shares: ['60%', '25%', '15%'],
  counts: ['60 responses', '25 responses', '15 responses'],
  valuenow: '45',
};

/*
 * Case D: 50 / 30 / 20 against a previous 45 / 35 / 20 (n = 100 each).
 *   NPS 30 vs 25 → difference +5 → "+5"
 *   varC = 0.5 + 0.2 − 0.3² = 0.61; varP = 0.45 + 0.2 − 0.25² = 0.5875
 *   margin = 1.96 · √(0.61/100 + 0.5875/100) · 100 = 1.96 · √0.011975 · 100 = 1.96 · 0.109430 · 100 = 21.45
 *   |5| < 21.45 → not significant.
 */

describe('<nps-gauge> numbers', () => {
  describe('from every input path', () => {
    it('promoters / passives / detractors attributes (case A)', async () => {
      const el = await mount({ attrs: A });
      expect(el.state).to.equal('ready');
      expect(shown(el)).to.deep.equal(SHOWN_A);
      expect(legendRow(el, 'promoter')).to.deep.equal(['Promoters', '60%', '412 responses']);
      expect(legendRow(el, 'passive')).to.deep.equal(['Passives', '26%', '180 responses']);
      expect(legendRow(el, 'detractor')).to.deep.equal(['Detractors', '14%', '96 responses']);
      // No previous period: no delta; 688 ≥ 30: no small-sample note.
      expect(el.shadowRoot!.querySelector('[part~="delta"]')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part~="note"]')).to.equal(null);
    });

    it('a missing count attribute counts as 0', async () => {
      // 3 promoters, 1 detractor, no passives attribute: n = 4, NPS = (3 − 1)/4 · 100 = 50.
      const el = await mount({ attrs: { promoters: 3, detractors: 1 } });
      expect(text(part(el, 'score'))).to.equal('50');
      expect(legendRow(el, 'passive')).to.deep.equal(['Passives', '0%', '0 responses']);
    });

    it('the scores attribute "10,9,7,3" (case B), with commas or spaces', async () => {
      const el = await mount({ attrs: { scores: '10,9,7,3' } });
      expect(shown(el)).to.deep.equal(SHOWN_B);
      const spaced = await mount({ attrs: { scores: ' 10 9, 7 ,3 ' } });
      expect(shown(spaced)).to.deep.equal(SHOWN_B);
    });

    it('an inline <script type="application/json"> child with previous (case A, delta +9)', async () => {
      const el = await mount({ inline: { ...A, previous: PREVIOUS_A } });
      expect(shown(el)).to.deep.equal(SHOWN_A);
      const delta = part(el, 'delta');
      expect(delta.classList.contains('up')).to.equal(true);
      expect(text(delta.querySelector('.visually-hidden'))).to.equal('up +9');
      expect(text(delta)).to.equal('▲ up +9 +9 vs previous period');
      // Significant (9.47 > 7.82): no "not significant".
      expect(text(delta)).not.to.contain('not significant');
    });

    it('an inline child that changes re-renders', async () => {
      const el = await mount({ inline: A });
      el.querySelector('script')!.textContent = JSON.stringify({ scores: [10, 9, 7, 3] });
      await settle(el);
      expect(shown(el)).to.deep.equal(SHOWN_B);
    });

    it('the .data property with counts (case A)', async () => {
      const el = await mount({ data: A });
      expect(shown(el)).to.deep.equal(SHOWN_A);
    });

    it('the .data property with scores (case B)', async () => {
      const el = await mount({ data: { scores: [10, 9, 7, 3] } });
      expect(shown(el)).to.deep.equal(SHOWN_B);
    });

    it('the .data property with responses (case B)', async () => {
      const el = await mount({
        data: { responses: [{ score: 10, comment: 'great' }, { score: 9 }, { score: 7 }, { score: 3 }] },
      });
      expect(shown(el)).to.deep.equal(SHOWN_B);
    });

    it('responses of every survey kind: only the NPS ones count (a body without kind is NPS)', async () => {
      const el = await mount({
        data: {
          responses: [
            { score: 10, kind: 'nps' },
            { score: 1, kind: 'csat', scale: '1-5' },
            { score: 9 },
            { score: 2, kind: 'ces', scale: '1-7' },
            { score: 7, kind: 'nps' },
            { score: 3 },
          ],
        },
      });
      expect(shown(el)).to.deep.equal(SHOWN_B);
    });

    it('the .data property with a previous period that is not significantly different (case D)', async () => {
      const el = await mount({
        data: {
          promoters: 50,
          passives: 30,
          detractors: 20,
          previous: { promoters: 45, passives: 35, detractors: 20 },
        },
      });
      expect(text(part(el, 'score'))).to.equal('30');
      const delta = part(el, 'delta');
      expect(delta.classList.contains('up')).to.equal(true);
      expect(text(delta)).to.equal('▲ up +5 +5 vs previous period · not significant');
    });

    it('a fall since the previous period (case A reversed: 36 vs 46 → −9)', async () => {
      // 36.455 − 45.930 = −9.475 → "-9"; the same margin 7.816 → significant.
      const el = await mount({ data: { ...PREVIOUS_A, previous: A } });
      expect(text(part(el, 'score'))).to.equal('36');
      const delta = part(el, 'delta');
      expect(delta.classList.contains('down')).to.equal(true);
      expect(text(delta)).to.equal('▼ down -9 -9 vs previous period');
    });

    it('an unchanged score says "unchanged"', async () => {
      // 30 / 10 / 10 → (30 − 10)/50 · 100 = 40; previous 60 / 20 / 20 → (60 − 20)/100 · 100 = 40: difference 0.
      const el = await mount({
        data: {
          promoters: 30,
          passives: 10,
          detractors: 10,
          previous: { promoters: 60, passives: 20, detractors: 20 },
        },
      });
      const delta = part(el, 'delta');
      expect(delta.classList.contains('same')).to.equal(true);
      expect(text(delta)).to.equal('● unchanged unchanged vs previous period · not significant');
    });

    it('an empty previous period shows no delta', async () => {
      const el = await mount({ data: { ...A, previous: { scores: [] } } });
      expect(text(part(el, 'score'))).to.equal('46');
      expect(el.shadowRoot!.querySelector('[part~="delta"]')).to.equal(null);
    });

    it('src against the real test server (case C, the `nps` fixture)', async () => {
      const el = await mount({ attrs: { src: '/__test__/fixture/nps' } });
      await loaded(el);
      expect(el.state).to.equal('ready');
      expect(shown(el)).to.deep.equal(SHOWN_C);
    });

    it('src answering JSON with a previous period (case A, delta +9)', async () => {
      const el = await mount({ attrs: { src: jsonRoute({ ...A, previous: PREVIOUS_A }) } });
      await loaded(el);
      expect(shown(el)).to.deep.equal(SHOWN_A);
      expect(text(part(el, 'delta').querySelector('.visually-hidden'))).to.equal('up +9');
    });
  });

  describe('precedence: .data > inline > attributes > src', () => {
    const INLINE = { scores: [10, 9, 7, 3] }; // case B: 25
    const DATA = { promoters: 70, passives: 10, detractors: 20 }; // (70 − 20)/100 · 100 = 50
    const ATTRS = A; // case A: 46

    it('.data beats an inline child, attributes and src; unset, it falls back to the inline child', async () => {
      const src = jsonRoute({ promoters: 60, passives: 25, detractors: 15 });
      const el = await mount({ attrs: { ...ATTRS, src }, inline: INLINE, data: DATA });
      expect(text(part(el, 'score'))).to.equal('50');
      el.data = undefined;
      await settle(el);
      expect(text(part(el, 'score'))).to.equal('25');
      // The src was never needed.
      expect(await requestsOf(src)).to.equal(0);
    });

    it('an inline child beats attributes; removed, the attributes show', async () => {
      const el = await mount({ attrs: ATTRS, inline: INLINE });
      expect(text(part(el, 'score'))).to.equal('25');
      el.querySelector('script')!.remove();
      await settle(el);
      expect(text(part(el, 'score'))).to.equal('46');
    });

    it('attributes beat src; removed, the src is fetched', async () => {
      // src: case C, 45.
      const src = jsonRoute({ promoters: 60, passives: 25, detractors: 15 });
      const el = await mount({ attrs: { ...ATTRS, src } });
      expect(text(part(el, 'score'))).to.equal('46');
      expect(await requestsOf(src)).to.equal(0);
      for (const name of Object.keys(ATTRS)) el.removeAttribute(name);
      await settle(el);
      await loaded(el);
      expect(shown(el)).to.deep.equal(SHOWN_C);
      expect(await requestsOf(src)).to.equal(1);
    });

    it('the scores attribute beats the count attributes', async () => {
      const el = await mount({ attrs: { ...ATTRS, scores: '10,9,7,3' } });
      expect(shown(el)).to.deep.equal(SHOWN_B);
    });
  });

  describe('rounding: half away from zero, never "-0"', () => {
    it('1 promoter, 0 passives, 1 detractor → 0', async () => {
      // NPS = (1 − 1)/2 · 100 = 0; margin = 1.96 · √((0.5 + 0.5 − 0)/2) · 100 = 138.59 → "±139".
      const el = await mount({ attrs: { promoters: 1, passives: 0, detractors: 1 } });
      expect(text(part(el, 'score'))).to.equal('0');
      expect(text(part(el, 'margin'))).to.equal('±139');
      expect(meter(el).getAttribute('aria-valuenow')).to.equal('0');
    });

    it('−0.4 shows as "0", not "-0"', async () => {
      // 0 / 249 / 1: NPS = (0 − 1)/250 · 100 = −0.4 → "0"; margin 1.96 · √((0.004 − 0.004²)/250) · 100 = 0.78 → "±1".
      const el = await mount({ attrs: { promoters: 0, passives: 249, detractors: 1 } });
      expect(text(part(el, 'score'))).to.equal('0');
      expect(text(part(el, 'margin'))).to.equal('±1');
      expect(meter(el).getAttribute('aria-valuenow')).to.equal('0');
      expect(meter(el).getAttribute('aria-valuetext')).to.equal('0');
    });

    it('+12.5 → "13" and −12.5 → "-13", on screen and in aria-valuenow', async () => {
      // 15 / 15 / 10: (15 − 10)/40 · 100 = 12.5; 10 / 15 / 15: (10 − 15)/40 · 100 = −12.5.
      const up = await mount({ attrs: { promoters: 15, passives: 15, detractors: 10 } });
      expect(text(part(up, 'score'))).to.equal('13');
      expect(meter(up).getAttribute('aria-valuenow')).to.equal('13');
      const down = await mount({ attrs: { promoters: 10, passives: 15, detractors: 15 } });
      expect(text(part(down, 'score'))).to.equal('-13');
      expect(meter(down).getAttribute('aria-valuenow')).to.equal('-13');
    });

    it('−2.5 → "-3" on screen and in aria-valuenow', async () => {
      // 10 / 19 / 11: (10 − 11)/40 · 100 = −2.5 → "-3" (half away from zero, not Math.round's −2).
      const el = await mount({ attrs: { promoters: 10, passives: 19, detractors: 11 } });
      expect(text(part(el, 'score'))).to.equal('-3');
      expect(meter(el).getAttribute('aria-valuenow')).to.equal('-3');
      expect(meter(el).getAttribute('aria-valuetext')).to.equal('-3');
    });

    it('a delta of −2.5 shows "-3"', async () => {
      // Current 10 / 19 / 11 → −2.5; previous 1 / 0 / 1 → 0: difference −2.5 − 0 = −2.5 → "-3", down.
      const el = await mount({
        data: {
          promoters: 10,
          passives: 19,
          detractors: 11,
          previous: { promoters: 1, passives: 0, detractors: 1 },
        },
      });
      const delta = part(el, 'delta');
      expect(delta.classList.contains('down')).to.equal(true);
      expect(text(delta.querySelector('.visually-hidden'))).to.equal('down -3');
    });

    it('a delta of −0.4 rounds to 0 and says "unchanged"', async () => {
      // Current 0 / 249 / 1 → −0.4; previous 1 / 0 / 1 → 0: difference −0.4 → 0.
      const el = await mount({
        data: {
          promoters: 0,
          passives: 249,
          detractors: 1,
          previous: { promoters: 1, passives: 0, detractors: 1 },
        },
      });
      const delta = part(el, 'delta');
      expect(delta.classList.contains('same')).to.equal(true);
      expect(text(delta)).not.to.match(/-0|−0/);
    });
  });

  describe('crm-data', () => {
    it('fires with the validated data and its source', async () => {
      const event = oneEvent(document, 'crm-data');
      const el = await mount({ attrs: { scores: '10,9,7,3' } });
      const { detail, target } = await event;
      expect(target).to.equal(el);
      expect(detail).to.deep.equal({ data: { scores: [10, 9, 7, 3] }, source: 'attributes' });
    });

    it('fires for .data, inline and src with what each gave', async () => {
      const data = { ...A, previous: PREVIOUS_A, target: 50 };
      let event = oneEvent(document, 'crm-data');
      await mount({ data });
      expect((await event).detail).to.deep.equal({ data, source: 'property' });

      event = oneEvent(document, 'crm-data');
      await mount({ inline: data });
      expect((await event).detail).to.deep.equal({ data, source: 'inline' });

      event = oneEvent(document, 'crm-data');
      const el = await mount({ attrs: { src: jsonRoute(data) } });
      expect((await event).detail).to.deep.equal({ data, source: 'src' });
      await loaded(el);
      expect(text(part(el, 'score'))).to.equal('46');
    });
  });
});
