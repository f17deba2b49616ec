// <breakdown-bars> with values near 1e308 (issue 17, found by the fuzz suite): their total
// overflowed and the bars showed "∞" and "NaN%". Values whose total is finite are shown with finite
// shares; values whose total overflows are refused, naming the item; nothing non-finite is shown.
import { expect } from '@open-wc/testing';
import '../../../src/components/breakdown-bars/index.js';
import type { BreakdownBars } from '../../../src/components/breakdown-bars/index.js';
import { bars, part, text, tooltip } from './helpers.js';
import { expectFinite, watch } from '../overflow.js';

const MAX = Number.MAX_VALUE;

describe('<breakdown-bars> values near 1e308', () => {
  const shown: [string, unknown, number][] = [
    [
      '1e308 beside 1',
      {
        items: [
          { label: 'a', value: 1e308 },
          { label: 'b', value: 1 },
        ],
      },
      2,
    ],
    ['the largest double alone', { items: [{ label: 'a', value: MAX }] }, 1],
    [
      'halves of the largest double',
      {
        items: [
          { label: 'a', value: MAX / 2 },
          { label: 'b', value: MAX / 2 },
        ],
      },
      2,
    ],
    ['a change that overflows (1e308 against 1e-300)', [{ label: 'a', value: 1e308, previous: 1e-300 }], 1],
    [
      'stacked, 1e308 in one series',
      { series: ['x', 'y'], items: [{ label: 'a', values: [1e308, 5e-324] }] },
      1,
    ],
  ];
  const refused: [string, unknown, string][] = [
    [
      'two of 1e308',
      {
        items: [
          { label: 'a', value: 1e308 },
          { label: 'b', value: 1e308 },
        ],
      },
      'items[1].value',
    ],
    [
      'one label twice',
      [
        { label: 'a', value: MAX },
        { label: 'a', value: MAX },
      ],
      'items[1].value',
    ],
    [
      'previous values',
      {
        items: [
          { label: 'a', value: 1, previous: 1e308 },
          { label: 'b', value: 1, previous: 1e308 },
        ],
      },
      'items[1].previous',
    ],
    [
      'stacked',
      { series: ['x', 'y'], items: [{ label: 'a', values: [1e308, 1e308] }] },
      'items[0].values[1]',
    ],
    [
      'many, beyond max-bars (their Other)',
      { items: Array.from({ length: 20 }, (_, i) => ({ label: `l${i}`, value: 1e307 })) },
      'items[17].value',
    ],
  ];
  const messages = {
    en: (f: string) => `The data is not valid at ${f}.`,
    fa: (f: string) => `داده‌ها در ${f} معتبر نیستند.`,
    ar: (f: string) => `البيانات غير صالحة في الحقل ${f}.`,
  };
  for (const [lang, message] of Object.entries(messages)) {
    for (const [what, data, n] of shown)
      it(`${what}: ready, finite shares, nothing non-finite (${lang})`, async () => {
        const { el, thrown, errors, done } = await watch<BreakdownBars>('breakdown-bars', data, lang);
        try {
          expect(thrown).to.deep.equal([]);
          expect(errors).to.deep.equal([]);
          expect(el.state).to.equal('ready');
          expect(bars(el)).to.have.length(n);
          for (let i = 0; i < n; i++) expect(text(tooltip(el, i))).to.match(/%|٪/);
          expectFinite(el);
        } finally {
          done();
        }
      });
    for (const [what, data, field] of refused)
      it(`${what} whose total overflows: an error naming ${field} (${lang})`, async () => {
        const { el, thrown, errors, done } = await watch<BreakdownBars>('breakdown-bars', data, lang);
        try {
          expect(thrown).to.deep.equal([]);
          expect(el.state).to.equal('error');
          expect(errors).to.have.length(1);
          expect(errors[0]).to.deep.include({ kind: 'schema', field });
          expect(errors[0]!.message).to.contain('a finite total');
          expect(text(part(el, 'message'))).to.equal(message(field));
          expect(bars(el)).to.have.length(0);
          expectFinite(el);
        } finally {
          done();
        }
      });
  }
});
