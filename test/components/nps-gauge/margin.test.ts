// <nps-gauge>: the "±" under the score never reads 0 on a small sample, even when every answer
// falls in one category (where the Wald margin collapses and the adjusted-Wald half-width shows).
import { expect } from '@open-wc/testing';
import { meter, mount, part, text } from './helpers.js';

/*
 * [10, 10, 9] (3 promoters, 0 passives, 0 detractors): NPS 100.
 *   Wald: pP = 1, pD = 0: 1.96 · √((1 + 0 − 1²)/3) · 100 = 0 — the "±0" this guards against.
 *   Adjusted Wald: n' = 6, pP' = 3.75/6 = 0.625, pD' = 0.75/6 = 0.125:
 *     var' = 0.75 − 0.5² = 0.5; 1.96 · √(0.5/6) · 100 = 56.58 → "±57".
 * 2 passives: NPS 0; n' = 5, pP' = pD' = 0.15: var' = 0.3; 1.96 · √(0.3/5) · 100 = 48.01 → "±48".
 * 4 detractors: NPS −100; n' = 7, pP' = 0.75/7, pD' = 4.75/7: s = −4/7,
 *     var' = 5.5/7 − 16/49 = 0.459184; 1.96 · √(0.459184/7) · 100 = 50.20 → "±50".
 */
const CASES: [string, Record<string, string | number>, string, Record<string, string>][] = [
  ['scores 10, 10, 9', { scores: '10,10,9' }, '100', { en: '±57', fa: '±۵۷', 'ar-EG': '±٥٧' }],
  [
    'counts 3 / 0 / 0',
    { promoters: 3, passives: 0, detractors: 0 },
    '100',
    { en: '±57', fa: '±۵۷', 'ar-EG': '±٥٧' },
  ],
  [
    'counts 0 / 2 / 0',
    { promoters: 0, passives: 2, detractors: 0 },
    '0',
    { en: '±48', fa: '±۴۸', 'ar-EG': '±٤٨' },
  ],
  [
    'counts 0 / 0 / 4',
    { promoters: 0, passives: 0, detractors: 4 },
    '-100',
    { en: '±50', fa: '±۵۰', 'ar-EG': '±٥٠' },
  ],
];

describe('<nps-gauge> margin on one-category samples', () => {
  for (const [name, attrs, score, margins] of CASES)
    for (const lang of ['en', 'fa', 'ar-EG'])
      it(`${name} (${lang}) shows ${margins[lang]}, not ±0`, async () => {
        const el = await mount({ attrs: { ...attrs, lang } });
        const margin = text(part(el, 'margin'));
        expect(margin).to.equal(margins[lang]);
        expect(margin).not.to.match(/^±[0۰٠]$/);
        // The accessible name reads the same margin.
        expect(meter(el).getAttribute('aria-label')).to.contain(`(${margins[lang]})`);
        if (lang == 'en') expect(text(part(el, 'score'))).to.equal(score);
      });

  it('is accessible with the margin shown', async () => {
    const el = await mount({ attrs: { scores: '10,10,9', lang: 'fa' } });
    await expect(el).to.be.accessible();
  });
});
