import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { churnSeries, epochMs, isoTime, periodRange, periodStarts } from '../../src/metrics/index.js';

describe('isoTime', () => {
  it('reads ISO dates and date-times as UTC unless they carry an offset', () => {
    expect(isoTime('2024-02-29')).to.equal(Date.UTC(2024, 1, 29));
    expect(isoTime('0000-01-01')).to.equal(Date.parse('0000-01-01'));
    expect(isoTime('9999-12-31')).to.equal(Date.UTC(9999, 11, 31));
    expect(isoTime('2024-03-20T10:20')).to.equal(Date.UTC(2024, 2, 20, 10, 20));
    expect(isoTime('2024-03-20 10:20:30')).to.equal(Date.UTC(2024, 2, 20, 10, 20, 30));
    expect(isoTime('2024-03-20T10:20:30.5Z')).to.equal(Date.UTC(2024, 2, 20, 10, 20, 30, 500));
    expect(isoTime('2024-03-20t10:20:30.123456z')).to.equal(Date.UTC(2024, 2, 20, 10, 20, 30, 123));
    // Both offset forms: +03:30 and +0330.
    expect(isoTime('2024-03-20T10:20+03:30')).to.equal(Date.UTC(2024, 2, 20, 6, 50));
    expect(isoTime('2024-03-20T10:20-0330')).to.equal(Date.UTC(2024, 2, 20, 13, 50));
  });

  it('refuses impossible dates and anything that is not ISO 8601', () => {
    for (const s of [
      '2024-02-30',
      '2023-02-29',
      '1900-02-29',
      '2024-04-31',
      '2024-13-01',
      '2024-00-10',
      '2024-01-00',
      '2024-03-20T24:00',
      '2024-03-20T10:60',
      '2024-03-20T10:20:61',
      '2024-03-20T10:20+3:30',
      '2024-03-20T10:20+24:00',
      '2024-03-20T10:20:30.',
      '2024-03-20T',
      '2024-3-20',
      '20240320',
      'March 20, 2024',
      '2024-03-20x',
      '',
    ])
      expect(Number.isNaN(isoTime(s)), s).to.equal(true);
    expect(isoTime('2000-02-29')).to.equal(Date.UTC(2000, 1, 29));
  });

  it('agrees with Date.parse on every date-time toISOString writes (years 0–9999)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse('0000-01-01T00:00:00Z'), max: Date.parse('9999-12-31T23:59:59.999Z') }),
        (t) => {
          const iso = new Date(t).toISOString();
          expect(isoTime(iso)).to.equal(t);
          expect(isoTime(iso.slice(0, 10))).to.equal(Date.parse(iso.slice(0, 10)));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('epochMs', () => {
  it('takes epoch ms, Dates and ISO strings; NaN for anything else or beyond a Date', () => {
    expect(epochMs(0)).to.equal(0);
    expect(epochMs(new Date(Date.UTC(2024, 0, 1)))).to.equal(Date.UTC(2024, 0, 1));
    expect(epochMs('2024-01-01')).to.equal(Date.UTC(2024, 0, 1));
    expect(epochMs(8.64e15)).to.equal(8.64e15);
    for (const v of [8.64e15 + 1, Infinity, NaN, null, undefined, {}, [], true, new Date(NaN)])
      expect(Number.isNaN(epochMs(v)), String(v)).to.equal(true);
  });
});

describe('periodStarts', () => {
  it('are the starts of periodRange that fall within [from, to]', () => {
    const from = Date.UTC(2023, 4, 17);
    const to = Date.UTC(2026, 1, 3);
    for (const g of ['day', 'week', 'month', 'quarter', 'year'] as const)
      for (const cal of ['gregory', 'persian'] as const) {
        const expected = periodRange(from, to, g, cal)
          .map((p) => p.start.getTime())
          .filter((s) => s >= from && s <= to);
        expect(periodStarts(from, to, g, cal), `${g} ${cal}`).to.deep.equal(expected);
      }
    // Every k-th: the same as every k-th of the whole list, jumped k periods at a time.
    const long = [Date.UTC(1903, 6, 9), Date.UTC(2151, 2, 30)] as const;
    for (const g of ['week', 'month', 'quarter', 'year'] as const)
      for (const cal of ['gregory', 'persian'] as const) {
        const all = periodStarts(...long, g, cal);
        for (const k of [2, 3, 7, 25])
          expect(periodStarts(...long, g, cal, k), `${g} ${cal} every ${k}`).to.deep.equal(
            all.filter((_, i) => i % k === 0),
          );
      }
    // Farvardin 1403 and 1404 begin on 2024-03-20 and 2025-03-21.
    expect(periodStarts('2024-01-01', '2025-12-31', 'year', 'persian')).to.deep.equal([
      Date.UTC(2024, 2, 20),
      Date.UTC(2025, 2, 21),
    ]);
  });
});

describe('churnSeries over columns', () => {
  it('gives what it gives for the same records as objects', () => {
    const records = [
      { start: '2024-01-04', end: '2024-03-19' },
      { start: '2024-01-20' },
      { start: '2024-02-11', end: '2024-02-20' },
      { start: '2023-12-01', end: '2024-01-15T10:00:00+03:30' },
    ];
    const columns = {
      start: Float64Array.from(records, (r) => isoTime(r.start)),
      end: Float64Array.from(records, (r) => (r.end ? isoTime(r.end) : NaN)),
    };
    for (const granularity of ['month', 'quarter'] as const)
      for (const calendar of ['gregory', 'persian'] as const)
        expect(churnSeries(columns, { granularity, calendar })).to.deep.equal(
          churnSeries(records, { granularity, calendar }),
        );
    // Infinity is "still active" too.
    const open = { start: columns.start, end: columns.end.map((e) => (e === e ? e : Infinity)) };
    expect(churnSeries(open, { granularity: 'month' })).to.deep.equal(
      churnSeries(records, { granularity: 'month' }),
    );
  });

  it('names a bad column value by its index', () => {
    expect(() => churnSeries({ start: [0, NaN], end: [NaN, NaN] }, { granularity: 'month' })).to.throw(
      RangeError,
      'customers[1].start',
    );
    expect(() => churnSeries({ start: [5e5], end: [0] }, { granularity: 'month' })).to.throw(
      RangeError,
      'customers[0].end is before customers[0].start',
    );
  });
});
