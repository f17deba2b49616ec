// Period labels (periodLabel): days, weeks, months, quarters and years in the formatter's calendar,
// digits and language, with and without the year; quarters as a Persian or Arabic reader names them.
import { expect } from '@open-wc/testing';
import { getFormatter, translate } from '../../src/i18n/index.js';
import { periodLabel } from '../../src/i18n/period.js';

const en = getFormatter({ locale: 'en' });
const fa = getFormatter({ locale: 'fa' });
const ar = getFormatter({ locale: 'ar' });
const arEG = getFormatter({ locale: 'ar-EG' });
const NOWRUZ_1403 = Date.UTC(2024, 2, 20); // 1 Farvardin 1403

describe('period labels', () => {
  it('names Gregorian months, quarters and years', () => {
    expect(periodLabel(en, Date.UTC(2024, 2, 1), 'month')).to.equal('Mar 2024');
    expect(periodLabel(en, Date.UTC(2024, 0, 1), 'quarter')).to.equal('Q1 2024');
    expect(periodLabel(en, new Date(Date.UTC(2024, 9, 1)), 'quarter')).to.equal('Q4 2024');
    expect(periodLabel(en, Date.UTC(2024, 0, 1), 'year')).to.equal('2024');
    // Arabic quarters by their ordinal names ("the second quarter"): no quarter number beside the year's digits.
    expect(periodLabel(arEG, Date.UTC(2024, 3, 1), 'quarter')).to.equal('الربع الثاني ٢٠٢٤');
    expect(periodLabel(ar, Date.UTC(2024, 3, 1), 'quarter')).to.equal('الربع الثاني 2024');
    expect(periodLabel(ar, Date.UTC(2024, 9, 1), 'quarter')).to.equal('الربع الرابع 2024');
    expect([0, 3, 6, 9].map((m) => periodLabel(ar, Date.UTC(2025, m, 1), 'quarter', true))).to.deep.equal([
      'الربع الأول',
      'الربع الثاني',
      'الربع الثالث',
      'الربع الرابع',
    ]);
  });

  it('reads as a name and a year in Persian and Arabic: the quarter is never a number beside the year’s digits', () => {
    for (const f of [fa, ar, arEG, getFormatter({ locale: 'fa', calendar: 'gregory' })])
      for (const m of [0, 3, 6, 9]) {
        const label = periodLabel(f, Date.UTC(2025, m, 1), 'quarter');
        // Two runs of digits side by side ("۴ ۱۴۰۴", "4 2025") read as one number.
        expect(label, label).not.to.match(/[\d\u0660-\u0669\u06f0-\u06f9]\s+[\d\u0660-\u0669\u06f0-\u06f9]/);
      }
  });

  it('without the year (short), for an axis that shows the year apart', () => {
    expect(periodLabel(en, Date.UTC(2024, 2, 1), 'month', true)).to.equal('Mar');
    expect(periodLabel(en, Date.UTC(2024, 9, 1), 'quarter', true)).to.equal('Q4');
    expect(periodLabel(en, Date.UTC(2024, 0, 1), 'year', true)).to.equal('2024');
    // The year alone, without an era: the months beside it say which calendar it is.
    const enPersian = getFormatter({ locale: 'en', calendar: 'persian' });
    expect(periodLabel(enPersian, NOWRUZ_1403, 'year')).to.equal('1403 AP');
    expect(periodLabel(enPersian, NOWRUZ_1403, 'year', true)).to.equal('1403');
    expect(periodLabel(fa, NOWRUZ_1403, 'year', true)).to.equal('۱۴۰۳');
    expect(periodLabel(fa, NOWRUZ_1403, 'month', true)).to.equal('فروردین');
    expect(periodLabel(fa, NOWRUZ_1403, 'quarter', true)).to.equal('فصل اول');
    expect(periodLabel(ar, Date.UTC(2024, 2, 1), 'month', true)).to.equal('مارس');
  });

  it('names Persian months, quarters and years in Persian', () => {
    expect(periodLabel(fa, NOWRUZ_1403, 'month')).to.equal('فروردین ۱۴۰۳');
    // Quarters by their ordinal names, as Persian statistics write them ("فصل سوم ۱۴۰۲").
    expect(periodLabel(fa, NOWRUZ_1403, 'quarter')).to.equal('فصل اول ۱۴۰۳');
    // 1 Tir 1403 = 21 June 2024 starts the second quarter, 1 Dey (21 December) the fourth
    expect(periodLabel(fa, Date.UTC(2024, 5, 21), 'quarter')).to.equal('فصل دوم ۱۴۰۳');
    expect(periodLabel(fa, Date.UTC(2024, 8, 22), 'quarter')).to.equal('فصل سوم ۱۴۰۳');
    expect(periodLabel(fa, Date.UTC(2024, 11, 21), 'quarter')).to.equal('فصل چهارم ۱۴۰۳');
    expect(periodLabel(fa, NOWRUZ_1403, 'year')).to.equal('۱۴۰۳');
  });

  it('follows the calendar and numbering overrides', () => {
    expect(
      periodLabel(getFormatter({ locale: 'fa', calendar: 'gregory' }), Date.UTC(2024, 0, 1), 'year'),
    ).to.equal('۲۰۲۴');
    expect(periodLabel(getFormatter({ locale: 'fa', numbering: 'latn' }), NOWRUZ_1403, 'quarter')).to.equal(
      'فصل اول 1403',
    );
    const enPersian = getFormatter({ locale: 'en', calendar: 'persian' });
    expect(periodLabel(enPersian, NOWRUZ_1403, 'month')).to.equal('Farvardin 1403 AP');
    expect(periodLabel(enPersian, NOWRUZ_1403, 'quarter')).to.equal('Q1 1403 AP');
  });
});

describe('day and week labels', () => {
  it('names a day by its localized date, in the calendar and digits', () => {
    expect(periodLabel(en, Date.UTC(2024, 2, 5), 'day')).to.equal('Mar 5, 2024');
    expect(periodLabel(en, Date.UTC(2024, 2, 5), 'day', true)).to.equal('Mar 5');
    // 2024-03-05 is 15 Esfand 1402
    expect(periodLabel(fa, Date.UTC(2024, 2, 5), 'day')).to.equal('۱۵ اسفند ۱۴۰۲');
    expect(periodLabel(fa, Date.UTC(2024, 2, 5), 'day', true)).to.equal('۱۵ اسفند');
    expect(periodLabel(fa, NOWRUZ_1403, 'day')).to.equal('۱ فروردین ۱۴۰۳');
    expect(periodLabel(ar, Date.UTC(2024, 2, 5), 'day')).to.equal('5 مارس 2024');
    expect(periodLabel(arEG, Date.UTC(2024, 2, 5), 'day')).to.equal('٥ مارس ٢٠٢٤');
    expect(
      periodLabel(getFormatter({ locale: 'fa', calendar: 'gregory' }), Date.UTC(2024, 2, 5), 'day'),
    ).to.equal('۵ مارس ۲۰۲۴');
  });

  it('names an ISO week by its number and week-year, a Persian week from Saturday by its Tuesday’s year', () => {
    expect(periodLabel(en, Date.UTC(2024, 2, 4), 'week')).to.equal('Week 10, 2024');
    // Monday 2024-12-30 starts 2025-W01; Monday 2020-12-28 starts 2020-W53
    expect(periodLabel(en, Date.UTC(2024, 11, 30), 'week')).to.equal('Week 1, 2025');
    expect(periodLabel(en, Date.UTC(2020, 11, 28), 'week')).to.equal('Week 53, 2020');
    // On an axis: the week's first day
    expect(periodLabel(en, Date.UTC(2024, 11, 30), 'week', true)).to.equal('Dec 30');
    // Saturday 2024-03-16 starts the week of Nowruz 1403 (a Wednesday): the 53rd of 1402
    expect(periodLabel(fa, Date.UTC(2024, 2, 16), 'week')).to.equal('هفتهٔ ۵۳، ۱۴۰۲');
    expect(periodLabel(fa, Date.UTC(2024, 2, 23), 'week')).to.equal('هفتهٔ ۱، ۱۴۰۳');
    expect(periodLabel(fa, Date.UTC(2024, 2, 23), 'week', true)).to.equal('۴ فروردین');
    expect(
      periodLabel(getFormatter({ locale: 'fa', calendar: 'gregory' }), Date.UTC(2024, 11, 30), 'week'),
    ).to.equal('هفتهٔ ۱، ۲۰۲۵');
    expect(periodLabel(ar, Date.UTC(2024, 2, 4), 'week')).to.equal('الأسبوع 10، 2024');
    expect(periodLabel(arEG, Date.UTC(2024, 11, 30), 'week')).to.equal('الأسبوع ١، ٢٠٢٥');
    const enPersian = getFormatter({ locale: 'en', calendar: 'persian' });
    expect(periodLabel(enPersian, Date.UTC(2024, 2, 16), 'week')).to.equal('Week 53, 1402 AP');
    // A number and a year never stand side by side as one number
    for (const f of [fa, ar, arEG])
      expect(periodLabel(f, Date.UTC(2024, 2, 23), 'week')).not.to.match(
        /[\d\u0660-\u0669\u06f0-\u06f9]\s+[\d\u0660-\u0669\u06f0-\u06f9]/,
      );
  });
});

describe('period messages', () => {
  it('ships the quarter names in en, fa and ar, registered by the module that uses them', () => {
    for (const f of [en, fa, ar])
      expect(translate(f, 'period.q', { quarter: 1 }), f.locale).not.to.equal('period.q');
    expect(translate(fa, 'period.q').split('|')).to.have.length(4);
    for (const f of [en, fa, ar])
      expect(translate(f, 'period.week', { week: 1, year: '' }), f.locale).not.to.equal('period.week');
    expect(translate(ar, 'period.q').split('|')).to.have.length(4);
  });
});

describe('period labels in a language a page adds', () => {
  it('takes the quarter names from registerMessages: one name with its number, or four names', async () => {
    const { registerMessages } = await import('../../src/i18n/index.js');
    registerMessages('de', { 'period.q': '{quarter}. Quartal' });
    const de = getFormatter({ locale: 'de' });
    expect(periodLabel(de, Date.UTC(2024, 3, 1), 'quarter')).to.equal('2. Quartal 2024');
    registerMessages('sv', {
      'period.q': 'första kvartalet|andra kvartalet|tredje kvartalet|fjärde kvartalet',
    });
    const sv = getFormatter({ locale: 'sv' });
    expect(periodLabel(sv, Date.UTC(2024, 9, 1), 'quarter', true)).to.equal('fjärde kvartalet');
  });
});
