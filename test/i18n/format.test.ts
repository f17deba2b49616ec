import { expect } from '@open-wc/testing';
import { formatCurrency, formatDuration, formatList, getFormatter } from '../../src/i18n/index.js';

const en = getFormatter({ locale: 'en' });
const fa = getFormatter({ locale: 'fa' });
const ar = getFormatter({ locale: 'ar' });
const arSA = getFormatter({ locale: 'ar-SA' });
const arEG = getFormatter({ locale: 'ar-EG' });

const LRM = '\u200e';
const ALM = '\u061c';
const MINUS = '\u2212';
const NBSP = '\u00a0';
const NOWRUZ_1403 = Date.UTC(2024, 2, 20); // 1 Farvardin 1403

describe('getFormatter', () => {
  it('is memoized by locale, numbering and calendar', () => {
    expect(getFormatter({ locale: 'fa' })).to.equal(fa);
    expect(getFormatter({ locale: 'fa', numbering: null, calendar: undefined })).to.equal(fa);
    expect(getFormatter({ locale: 'fa', numbering: 'latn' })).to.not.equal(fa);
    expect(getFormatter({ locale: 'fa', calendar: 'gregory' })).to.not.equal(fa);
  });

  it('reports locale, effective numbering and calendar', () => {
    expect([en.locale, en.numbering, en.calendar]).to.deep.equal(['en', 'latn', 'gregory']);
    expect([fa.numbering, fa.calendar]).to.deep.equal(['arabext', 'persian']);
    expect(getFormatter({ locale: 'fa-IR' }).calendar).to.equal('persian');
    expect([ar.numbering, ar.calendar]).to.deep.equal(['latn', 'gregory']);
    expect([arSA.numbering, arSA.calendar]).to.deep.equal(['arab', 'gregory']);
    expect(arEG.numbering).to.equal('arab');
    expect(getFormatter({ locale: 'ar', numbering: 'arab', calendar: 'persian' })).to.include({
      numbering: 'arab',
      calendar: 'persian',
    });
  });

  it('ignores a malformed numbering or calendar instead of throwing', () => {
    const f = getFormatter({ locale: 'fa', numbering: 'x', calendar: 'no such calendar!' });
    expect(f.integer(46)).to.equal('۴۶');
    expect(f.calendar).to.equal('persian');
  });
});

describe('digits', () => {
  it("follow the locale's Intl default", () => {
    expect(en.integer(46)).to.equal('46');
    expect(fa.integer(46)).to.equal('۴۶');
    expect(arSA.integer(46)).to.equal('٤٦');
    expect(arEG.integer(46)).to.equal('٤٦');
    expect(ar.integer(46)).to.equal('46');
  });

  it('follow the numbering override both ways', () => {
    expect(getFormatter({ locale: 'fa', numbering: 'latn' }).integer(46)).to.equal('46');
    expect(getFormatter({ locale: 'ar-SA', numbering: 'latn' }).integer(46)).to.equal('46');
    expect(getFormatter({ locale: 'ar', numbering: 'arab' }).integer(46)).to.equal('٤٦');
    expect(getFormatter({ locale: 'en', numbering: 'arabext' }).integer(46)).to.equal('۴۶');
    expect(getFormatter({ locale: 'fa', numbering: 'arab' }).integer(46)).to.equal('٤٦');
  });
});

describe('numbers', () => {
  it('formats with at most one fraction digit by default', () => {
    expect(en.number(1234.56)).to.equal('1,234.6');
    expect(en.number(3)).to.equal('3');
    expect(fa.number(1234.56)).to.equal('۱٬۲۳۴٫۶');
    expect(arEG.number(1234.56)).to.equal('١٬٢٣٤٫٦');
    expect(en.number(1234.567, { maximumFractionDigits: 2 })).to.equal('1,234.57');
    expect(en.number(1, { minimumFractionDigits: 2 })).to.equal('1.00');
    expect(en.number(-0.04)).to.equal('0');
  });

  it('rounds integers half away from zero, with no negative zero', () => {
    expect(en.integer(2.5)).to.equal('3');
    expect(en.integer(-2.5)).to.equal('-3');
    expect(en.integer(2.4)).to.equal('2');
    expect(en.integer(-0.4)).to.equal('0');
    expect(en.integer(-0)).to.equal('0');
    expect(en.integer(12345)).to.equal('12,345');
    expect(fa.integer(-2.5)).to.equal(`${LRM}${MINUS}۳`);
    expect(fa.integer(-0.4)).to.equal('۰');
    expect(arSA.integer(-0.4)).to.equal('٠');
  });

  it('formats percentages of fractions', () => {
    expect(en.percent(0.0648)).to.equal('6.5%');
    expect(en.percent(0.0648, 0)).to.equal('6%');
    expect(en.percent(1)).to.equal('100%');
    expect(fa.percent(0.0648)).to.equal('۶٫۵٪');
    expect(arSA.percent(0.0648)).to.equal(`٦٫٥٪${ALM}`);
    expect(en.percent(-0.0001)).to.equal('0%');
    // A column of one precision: as many fraction digits at least as at most.
    expect([0.03, 0.027, 0.1].map((v) => en.percent(v, 1, 1))).to.deep.equal(['3.0%', '2.7%', '10.0%']);
    expect([0.03, 0.027].map((v) => fa.percent(v, 1, 1))).to.deep.equal(['۳٫۰٪', '۲٫۷٪']);
    expect(arSA.percent(0.03, 1, 1)).to.equal(`٣٫٠٪${ALM}`);
  });

  it('signs deltas, with the locale minus and an unsigned zero', () => {
    expect(en.delta(9.5)).to.equal('+9.5');
    expect(en.delta(-3)).to.equal('-3');
    expect(en.delta(0)).to.equal('0');
    expect(en.delta(-0)).to.equal('0');
    expect(en.delta(0.04)).to.equal('0');
    expect(en.delta(-0.04)).to.equal('0');
    expect(en.delta(9.46, { maximumFractionDigits: 0 })).to.equal('+9');
    expect(en.delta(0.012, { percent: true })).to.equal('+1.2%');
    expect(en.delta(-0.05, { percent: true, maximumFractionDigits: 0 })).to.equal('-5%');
    expect(fa.delta(9.5)).to.equal(`${LRM}+۹٫۵`);
    expect(fa.delta(-3)).to.equal(`${LRM}${MINUS}۳`);
    expect(fa.delta(0)).to.equal('۰');
    expect(arSA.delta(-3)).to.equal(`${ALM}-٣`);
    expect(ar.delta(-3)).to.equal(`${LRM}-3`);
  });

  it('formats compact numbers', () => {
    expect(en.compact(48210)).to.equal('48K');
    expect(en.compact(1234)).to.equal('1.2K');
    expect(en.compact(2_500_000)).to.equal('2.5M');
    expect(en.compact(950)).to.equal('950');
    expect(fa.compact(48210)).to.equal(`۴۸${NBSP}هزار`);
    expect(arEG.compact(48210)).to.equal(`٤٨${NBSP}ألف`);
    expect(ar.compact(48210)).to.equal(`48${NBSP}ألف`);
  });
});

describe('dates', () => {
  it('uses the Persian calendar for Persian by default', () => {
    expect(fa.date(NOWRUZ_1403)).to.equal('۱ فروردین ۱۴۰۳');
    expect(fa.date(new Date('2024-03-19T23:59:59Z'))).to.equal('۲۹ اسفند ۱۴۰۲');
    expect(fa.date(NOWRUZ_1403, { month: 'long' })).to.equal('فروردین');
    expect(fa.date(Date.UTC(2024, 5, 21), { month: 'long', day: 'numeric' })).to.equal('۱ تیر');
  });

  it('lets the calendar attribute override it', () => {
    const faGregory = getFormatter({ locale: 'fa', calendar: 'gregory' });
    expect(faGregory.date(NOWRUZ_1403)).to.equal('۲۰ مارس ۲۰۲۴');
    const enPersian = getFormatter({ locale: 'en', calendar: 'persian' });
    expect(enPersian.date(NOWRUZ_1403)).to.equal('Farvardin 1, 1403 AP');
  });

  it('formats in UTC', () => {
    expect(en.date(new Date('2024-03-20T23:30:00-05:00'))).to.equal('Mar 21, 2024');
    expect(en.date(Date.UTC(2024, 0, 1), { year: 'numeric', month: 'long', day: 'numeric' })).to.equal(
      'January 1, 2024',
    );
  });

  it('uses the Gregorian calendar for Arabic, even for ar-SA', () => {
    const long = { year: 'numeric', month: 'long', day: 'numeric' } as const;
    expect(arSA.date(NOWRUZ_1403, long)).to.equal('٢٠ مارس ٢٠٢٤');
    expect(ar.date(NOWRUZ_1403, long)).to.equal('20 مارس 2024');
    const hijri = getFormatter({ locale: 'ar-SA', calendar: 'islamic-umalqura' });
    expect(hijri.calendar).to.equal('islamic-umalqura');
    // 20 March 2024 is 10 Ramadan 1445
    expect(hijri.date(NOWRUZ_1403, long)).to.match(/^١٠ رمضان ١٤٤٥/);
  });
});

describe('plural', () => {
  it('gives English one/other', () => {
    expect([0, 1, 2, 1.5].map((n) => en.plural(n))).to.deep.equal(['other', 'one', 'other', 'other']);
  });

  it('gives Arabic zero/one/two/few/many/other', () => {
    expect([0, 1, 2, 3, 10, 11, 99, 100].map((n) => ar.plural(n))).to.deep.equal([
      'zero',
      'one',
      'two',
      'few',
      'few',
      'many',
      'many',
      'other',
    ]);
  });

  it('gives Persian one/other', () => {
    expect([1, 2, 5].map((n) => fa.plural(n))).to.deep.equal(['one', 'other', 'other']);
  });
});

describe('currency', () => {
  it('formats money in the locale and its digits', () => {
    expect(formatCurrency(en, 304.878, 'USD')).to.equal('$304.88');
    expect(formatCurrency(fa, 304.878, 'USD')).to.equal(`${LRM}$۳۰۴٫۸۸`);
    expect(formatCurrency(arEG, 304.878, 'USD')).to.match(/^\u200f?٣٠٤٫٨٨\sUS\$$/);
    expect(formatCurrency(ar, 304.878, 'USD')).to.match(/304\.88/);
  });

  it('is compact when asked', () => {
    expect(formatCurrency(en, 125000, 'USD', true)).to.equal('$125K');
    expect(formatCurrency(fa, 125e6, 'IRR', true)).to.match(/۱۲۵\sمیلیون/);
  });

  it('is a plain number for a code that is not three letters, instead of throwing', () => {
    expect(formatCurrency(en, 304.878, '')).to.equal('304.88');
    expect(formatCurrency(en, 304.878, 'dollars')).to.equal('304.88');
  });
});

describe('duration', () => {
  const H = 36e5;
  it('gives the two largest units, the second rounded', () => {
    expect(formatDuration(en, (10 / 3) * H)).to.equal('3 hr, 20 min');
    expect(formatDuration(en, 3 * H + 20 * 6e4 + 40e3)).to.equal('3 hr, 21 min');
    expect(formatDuration(en, 36 * H)).to.equal('1 day, 12 hr');
    expect(formatDuration(en, 45e3)).to.equal('45 sec');
    expect(formatDuration(en, 4 * H)).to.equal('4 hr');
  });

  it('carries a second unit that rounds up to a whole first one', () => {
    // 1 h 59 min 40 s: 59.67 min rounds to 60, so 2 h.
    expect(formatDuration(en, 2 * H - 20e3)).to.equal('2 hr');
  });

  it('in Persian and Arabic words and digits', () => {
    expect(formatDuration(fa, (10 / 3) * H)).to.equal('۳ ساعت و ۲۰ دقیقه');
    expect(formatDuration(arEG, (10 / 3) * H)).to.equal('٣ ساعات و٢٠ دقيقة');
    expect(formatDuration(ar, (10 / 3) * H)).to.equal('3 ساعات و20 دقيقة');
    expect(formatDuration(getFormatter({ locale: 'fa', numbering: 'latn' }), 2 * H)).to.equal('2 ساعت');
  });
});

describe('compact', () => {
  it('shortens large numbers in every language', () => {
    expect(en.compact(48210)).to.equal('48K');
    expect(fa.compact(48210)).to.equal(`۴۸${NBSP}هزار`);
    expect(arEG.compact(48210)).to.match(/^٤٨/);
  });
});

describe('formatList', () => {
  it("joins names with the formatter's language's own conjunction, in order", () => {
    const names = ['Ads', 'Events', 'Email'];
    const en = formatList(getFormatter({ locale: 'en' }), names);
    expect(en).to.match(/^Ads, Events,? and Email$/);
    for (const locale of ['fa', 'ar']) {
      const joined = formatList(getFormatter({ locale }), names);
      expect(joined, locale).to.match(/^Ads.*Events.*\u0648\s?Email$/u);
      expect(joined, locale).to.not.include(' and ');
    }
    expect(formatList(getFormatter({ locale: 'fa' }), ['Web'])).to.equal('Web');
  });
});
