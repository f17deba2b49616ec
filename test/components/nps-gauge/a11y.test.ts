// <nps-gauge>: the meter's ARIA, its accessible name, the live region, the target, axe-core.
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { $, has, jsonRoute, liveRegion, loaded, meter, mount, part, settle, text } from './helpers.js';

// 412 / 180 / 96: n = 688, NPS = 316/688 · 100 = 45.93 → 46, margin 1.96 · √(0.527413/688) · 100 = 5.43 → ±5,
// shares 59.88% → 60%, 26.16% → 26%, 13.95% → 14% (the arithmetic is in values.test.ts).
const A = { promoters: 412, passives: 180, detractors: 96 };
const PREVIOUS = { promoters: 371, passives: 205, detractors: 118 };
const NAME_A = 'Net Promoter Score 46 (±5) from 688 responses: 60% promoters, 26% passives, 14% detractors';

const LATIN_DIGIT = /[0-9]/;

describe('<nps-gauge> accessibility', () => {
  describe('role="meter"', () => {
    it('has min −100, max 100, the rounded score as value and the summary as its name', async () => {
      const el = await mount({ attrs: A });
      const m = meter(el);
      expect(m.getAttribute('aria-valuemin')).to.equal('-100');
      expect(m.getAttribute('aria-valuemax')).to.equal('100');
      expect(m.getAttribute('aria-valuenow')).to.equal('46');
      expect(m.getAttribute('aria-valuetext')).to.equal('46');
      expect(m.getAttribute('aria-label')).to.equal(NAME_A);
      // The drawing is hidden from assistive technology: the name says it all.
      expect(m.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    });

    it('says "response" for one response', async () => {
      // One promoter: NPS 100; the Wald margin collapses to 0, so the adjusted-Wald half-width:
      // n' = 4, pP' = 0.4375, pD' = 0.1875, var' = 0.625 − 0.0625 = 0.5625: 1.96 · √(0.5625/4) · 100 = 73.5 → ±74.
      const el = await mount({ attrs: { scores: '10' } });
      expect(meter(el).getAttribute('aria-label')).to.equal(
        'Net Promoter Score 100 (±74) from 1 response: 100% promoters, 0% passives, 0% detractors',
      );
    });

    it('uses the label attribute as the caption and in the name', async () => {
      const el = await mount({ attrs: { ...A, label: 'Support NPS, Q3' } });
      expect(text(part(el, 'label'))).to.equal('Support NPS, Q3');
      expect(meter(el).getAttribute('aria-label')).to.equal(
        // The page's label is isolated (FSI…PDI): an override in it cannot reorder the numbers.
        '\u2068Support NPS, Q3\u2069 46 (±5) from 688 responses: 60% promoters, 26% passives, 14% detractors',
      );
    });

    it('is named in Persian with Persian digits', async () => {
      const el = await mount({ attrs: { ...A, lang: 'fa' } });
      const name = meter(el).getAttribute('aria-label')!;
      expect(name).to.contain('خالص امتیاز ترویج‌کنندگان ۴۶');
      expect(name).to.contain('±۵');
      expect(name).to.contain('از ۶۸۸ پاسخ');
      for (const word of ['مروج', 'منفعل', 'منتقد']) expect(name).to.contain(word);
      for (const share of ['۶۰', '۲۶', '۱۴']) expect(name).to.contain(share);
      expect(name).not.to.match(LATIN_DIGIT);
      expect(meter(el).getAttribute('aria-valuetext')).to.equal('۴۶');
      // aria-valuenow is a number for the platform, in ASCII digits.
      expect(meter(el).getAttribute('aria-valuenow')).to.equal('46');
    });

    it('is named in Arabic with Arabic-Indic digits under numbering="arab"', async () => {
      const el = await mount({ attrs: { ...A, lang: 'ar', numbering: 'arab' } });
      const name = meter(el).getAttribute('aria-label')!;
      expect(name).to.contain('صافي نقاط الترويج ٤٦');
      expect(name).to.contain('±٥');
      expect(name).to.contain('من ٦٨٨ إجابة');
      for (const word of ['مروّجون', 'محايدون', 'منتقدون']) expect(name).to.contain(word);
      for (const share of ['٦٠', '٢٦', '١٤']) expect(name).to.contain(share);
      expect(name).not.to.match(LATIN_DIGIT);
    });

    it('is named in Arabic with Latin digits under plain lang="ar"', async () => {
      const el = await mount({ attrs: { ...A, lang: 'ar' } });
      const name = meter(el).getAttribute('aria-label')!;
      expect(name).to.contain('صافي نقاط الترويج 46');
      expect(name).to.contain('من 688 إجابة');
    });
  });

  describe('live region', () => {
    it('is empty on the first render and announces a change of the score once', async () => {
      const el = await mount({ attrs: A });
      const region = liveRegion(el);
      expect(region.getAttribute('role')).to.equal('status');
      expect(text(region)).to.equal('');

      // 70 / 10 / 20: (70 − 20)/100 · 100 = 50.
      el.setAttribute('promoters', '70');
      el.setAttribute('passives', '10');
      el.setAttribute('detractors', '20');
      await settle(el);
      expect(text(part(el, 'score'))).to.equal('50');
      expect(text(liveRegion(el))).to.equal('Net Promoter Score is now 50');

      // Other counts with the same rounded score (140 / 20 / 40 → 100/200 · 100 = 50): nothing new.
      const node = liveRegion(el).firstChild;
      el.setAttribute('promoters', '140');
      el.setAttribute('passives', '20');
      el.setAttribute('detractors', '40');
      await settle(el);
      expect(text(liveRegion(el))).to.equal('Net Promoter Score is now 50');
      expect(liveRegion(el).firstChild).to.equal(node);

      // A new value: (10 − 0)/10 · 100 = 100.
      el.setAttribute('scores', '10,10,9,9,9,9,9,9,9,10');
      await settle(el);
      expect(text(liveRegion(el))).to.equal('Net Promoter Score is now 100');
    });

    it('does not announce the first value loaded from src', async () => {
      const el = await mount({ attrs: { src: jsonRoute(A, { ms: 50 }) } });
      await loaded(el);
      expect(text(part(el, 'score'))).to.equal('46');
      expect(text(liveRegion(el))).to.equal('');
    });

    it('does not announce a change of language as a change of the score', async () => {
      const el = await mount({ attrs: A });
      el.setAttribute('lang', 'fa');
      await settle(el);
      expect(text(part(el, 'score'))).to.equal('۴۶');
      expect(text(liveRegion(el))).to.equal('');
    });

    it('announces in the element language', async () => {
      const el = await mount({ attrs: { ...A, lang: 'fa' } });
      el.setAttribute('promoters', '70');
      el.setAttribute('passives', '10');
      el.setAttribute('detractors', '20');
      await settle(el);
      expect(text(liveRegion(el))).to.equal('خالص امتیاز ترویج‌کنندگان اکنون ۵۰ است');
    });
  });

  describe('target', () => {
    /** Where the target's triangle is drawn against the hub: [right of it, above it], in px. */
    const markerAt = (el: Element) => {
      const m = part(el, 'target').querySelector('path')!.getBoundingClientRect();
      const hub = $(el, '.hub').getBoundingClientRect();
      return [
        (m.left + m.right - hub.left - hub.right) / 2,
        (hub.top + hub.bottom - m.top - m.bottom) / 2,
      ] as const;
    };

    it('marks a target attribute on the dial, labels it and names it', async () => {
      const el = await mount({ attrs: { ...A, target: 50 } });
      expect(text(part(el, 'target-label'))).to.equal('Target 50');
      expect(meter(el).getAttribute('aria-label')).to.equal(`${NAME_A}. Target 50`);
      // 50 → 45° right of the top: as far right of the hub as above it.
      const [right, up] = markerAt(el);
      expect(right).to.be.above(0);
      expect(right / up).to.be.closeTo(1, 0.05);
    });

    it('marks a target from the data', async () => {
      const el = await mount({ data: { ...A, target: -20 } });
      expect(text(part(el, 'target-label'))).to.equal('Target -20');
      expect(meter(el).getAttribute('aria-label')).to.equal(`${NAME_A}. Target -20`);
      // −20 → 18° left of the top.
      expect(markerAt(el)[0]).to.be.below(0);
    });

    it('the target attribute beats the data target', async () => {
      const el = await mount({ data: { ...A, target: -20 }, attrs: { target: 60 } });
      expect(text(part(el, 'target-label'))).to.equal('Target 60');
      expect(meter(el).getAttribute('aria-label')).to.equal(`${NAME_A}. Target 60`);
      el.removeAttribute('target');
      await settle(el);
      expect(meter(el).getAttribute('aria-label')).to.equal(`${NAME_A}. Target -20`);
      expect(text(part(el, 'target-label'))).to.equal('Target -20');
    });

    it('is absent without a target, and a target of 0 is still shown', async () => {
      const el = await mount({ attrs: A });
      expect(has(el, 'target')).to.equal(false);
      expect(has(el, 'target-label')).to.equal(false);
      expect(meter(el).getAttribute('aria-label')).to.equal(NAME_A);
      el.setAttribute('target', '0');
      await settle(el);
      expect(has(el, 'target')).to.equal(true);
      expect(text(part(el, 'target-label'))).to.equal('Target 0');
      expect(meter(el).getAttribute('aria-label')).to.equal(`${NAME_A}. Target 0`);
    });

    it('ignores a target attribute that is not a number in −100…100, falling back to the data', async () => {
      const el = await mount({ attrs: { ...A, target: 150 } });
      expect(has(el, 'target')).to.equal(false);
      expect(meter(el).getAttribute('aria-label')).to.equal(NAME_A);
      el.setAttribute('target', 'abc');
      await settle(el);
      expect(has(el, 'target')).to.equal(false);
      el.data = { ...A, target: -20 };
      el.setAttribute('target', '-101');
      await settle(el);
      expect(meter(el).getAttribute('aria-label')).to.equal(`${NAME_A}. Target -20`);
    });

    it('is named in Persian', async () => {
      const el = await mount({ attrs: { ...A, target: 50, lang: 'fa' } });
      expect(meter(el).getAttribute('aria-label')).to.match(/\. هدف ۵۰$/);
    });
  });

  describe('axe-core', () => {
    afterEach(async () => {
      await emulateMedia({ colorScheme: 'light' });
    });

    const FULL = { ...A, previous: PREVIOUS, target: 50 };

    it('no violations in light', async () => {
      const el = await mount({ data: FULL });
      await expect(el).to.be.accessible();
    });

    it('no violations with theme="dark"', async () => {
      const el = await mount({ data: FULL, attrs: { theme: 'dark' } });
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
      await expect(el).to.be.accessible();
    });

    it('no violations under prefers-color-scheme: dark', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const el = await mount({ data: FULL });
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
      await expect(el).to.be.accessible();
    });

    it('no violations in Persian', async () => {
      const el = await mount({ data: FULL, attrs: { lang: 'fa' } });
      await expect(el).to.be.accessible();
    });

    it('no violations in Arabic', async () => {
      const el = await mount({ data: FULL, attrs: { lang: 'ar', numbering: 'arab' } });
      await expect(el).to.be.accessible();
    });

    it('no violations in the small-sample state', async () => {
      const el = await mount({ attrs: { scores: '10,9,7,3' } });
      expect(has(el, 'note')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('no violations in the empty state', async () => {
      const el = await mount({ attrs: { scores: '' } });
      expect(el.state).to.equal('empty');
      await expect(el).to.be.accessible();
    });

    it('no violations in the error state', async () => {
      const el = await mount({ attrs: { src: '/__test__/missing-nps' } });
      await loaded(el);
      expect(el.state).to.equal('error');
      expect(text($(el, '[role="alert"]'))).to.contain('/__test__/missing-nps');
      await expect(el).to.be.accessible();
    });

    it('no violations in the loading state', async () => {
      const el = await mount({ attrs: { src: jsonRoute(A, { ms: 3000 }) } });
      expect(el.state).to.equal('loading');
      await expect(el).to.be.accessible();
    });
  });
});
