import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  nextPeriodStart,
  periodKey,
  periodRange,
  periodStart,
  periodStartOfKey,
} from '../../src/metrics/index.js';
import type { Calendar, Granularity } from '../../src/metrics/index.js';

const DAY = 86_400_000;
const iso = (d: Date): string => d.toISOString().slice(0, 10);
const days = (p: { start: Date; end: Date }): number => (p.end.getTime() - p.start.getTime()) / DAY;

describe('periods (Gregorian)', () => {
  it('keys months, quarters and years', () => {
    expect(periodKey('2024-03-15', 'month', 'gregory')).to.equal('2024-03');
    expect(periodKey('2024-03-15', 'quarter', 'gregory')).to.equal('2024-Q1');
    expect(periodKey('2024-03-15', 'year', 'gregory')).to.equal('2024');
    expect(periodKey('2024-04-01', 'quarter')).to.equal('2024-Q2');
    expect(periodKey('2024-12-31T23:59:59.999Z', 'month')).to.equal('2024-12');
    expect(periodKey('2024-12-31T23:59:59.999Z', 'quarter')).to.equal('2024-Q4');
  });

  it('accepts Date objects and epoch milliseconds', () => {
    expect(periodKey(new Date(Date.UTC(2024, 6, 4)), 'quarter')).to.equal('2024-Q3');
    expect(periodKey(Date.UTC(2023, 10, 30, 12), 'month')).to.equal('2023-11');
  });

  it('finds the first day of the period at UTC midnight', () => {
    expect(periodStart('2024-05-17T13:45:00Z', 'month').toISOString()).to.equal('2024-05-01T00:00:00.000Z');
    expect(periodStart('2024-05-17', 'quarter').toISOString()).to.equal('2024-04-01T00:00:00.000Z');
    expect(periodStart('2024-05-17', 'year').toISOString()).to.equal('2024-01-01T00:00:00.000Z');
  });

  it('finds the next period start', () => {
    expect(iso(nextPeriodStart('2024-12-15', 'month'))).to.equal('2025-01-01');
    expect(iso(nextPeriodStart('2024-12-15', 'quarter'))).to.equal('2025-01-01');
    expect(iso(nextPeriodStart('2024-02-10', 'month'))).to.equal('2024-03-01');
    expect(iso(nextPeriodStart('2024-07-01', 'quarter'))).to.equal('2024-10-01');
    expect(iso(nextPeriodStart('2024-07-01', 'year'))).to.equal('2025-01-01');
  });

  it('reads offset-less datetimes as UTC and honours offsets', () => {
    // 23:30 at −02:00 is 01:30 UTC on 1 February
    expect(periodKey('2024-01-31T23:30:00-02:00', 'month')).to.equal('2024-02');
    expect(periodKey('2024-01-31T23:30:00', 'month')).to.equal('2024-01');
    // 01:30 at +03:00 is 22:30 UTC on 31 January
    expect(periodKey('2024-02-01T01:30:00+03:00', 'month')).to.equal('2024-01');
    expect(periodKey('2024-03-31T23:30:00-02:00', 'quarter')).to.equal('2024-Q2');
  });

  it('lists a range of months with no gaps, end exclusive', () => {
    const r = periodRange('2024-01-15', '2024-04-01', 'month', 'gregory');
    expect(r.map((p) => p.key)).to.deep.equal(['2024-01', '2024-02', '2024-03', '2024-04']);
    expect(r.map((p) => iso(p.start))).to.deep.equal([
      '2024-01-01',
      '2024-02-01',
      '2024-03-01',
      '2024-04-01',
    ]);
    expect(iso(r[3]!.end)).to.equal('2024-05-01');
    // 2024 is a leap year: February has 29 days
    expect(days(r[1]!)).to.equal(29);
  });

  it('lists a single period when from and to share it', () => {
    const r = periodRange('2024-05-02', '2024-06-30', 'quarter');
    expect(r).to.have.length(1);
    expect(r[0]!.key).to.equal('2024-Q2');
    expect(iso(r[0]!.end)).to.equal('2024-07-01');
  });

  it('throws a RangeError naming the bad argument', () => {
    expect(() => periodKey('2024-02-30', 'month')).to.throw(RangeError, /^date must be a valid date/);
    expect(() => periodKey('not a date', 'month')).to.throw(RangeError, /date/);
    expect(() => periodStart(NaN, 'month')).to.throw(RangeError, /date/);
    expect(() => periodKey('2024-02-03', 'hour' as Granularity)).to.throw(RangeError, /^granularity/);
    expect(() => periodStart('2024-02-03', 'fortnight' as Granularity)).to.throw(RangeError, /^granularity/);
    expect(() => periodStartOfKey('2024', 'toString' as Granularity)).to.throw(RangeError, /^granularity/);
    expect(() => periodKey('2024-02-03', 'day', 'julian' as Calendar)).to.throw(RangeError, /^calendar/);
    expect(() => periodStart('2024-02-03', 'week', 'julian' as Calendar)).to.throw(RangeError, /^calendar/);
    expect(() => periodKey('2024-02-03', 'month', 'julian' as Calendar)).to.throw(RangeError, /^calendar/);
    expect(() => periodRange('2024-05-01', '2024-01-01', 'month')).to.throw(RangeError, /^to must be/);
    expect(() => periodRange('2024-05-01', 'x', 'month')).to.throw(RangeError, /^to must be a valid date/);
    expect(() => periodRange('?', '2024-01-01', 'month')).to.throw(RangeError, /^from must be a valid date/);
  });
});

describe('periods (Persian)', () => {
  it('matches the checked facts: 1403 starts on 2024-03-20, 1404 on 2025-03-21', () => {
    expect(periodKey('2024-03-20', 'month', 'persian')).to.equal('1403-01');
    expect(periodKey('2024-03-19', 'month', 'persian')).to.equal('1402-12');
    expect(periodKey('2025-03-21', 'month', 'persian')).to.equal('1404-01');
    // 1403 is a leap year: 2025-03-20 is 30 Esfand 1403
    expect(periodKey('2025-03-20', 'month', 'persian')).to.equal('1403-12');
    expect(iso(periodStart('2024-09-01', 'year', 'persian'))).to.equal('2024-03-20');
    expect(iso(nextPeriodStart('2024-09-01', 'year', 'persian'))).to.equal('2025-03-21');
    expect(periodKey('2024-03-20', 'year', 'persian')).to.equal('1403');
  });

  it('keys Persian quarters (months 1–3 = Q1, …)', () => {
    // Farvardin, Ordibehesht and Khordad 1403 have 31 days each: Tir 1 = 2024-03-20 + 93 days = 2024-06-21
    expect(periodKey('2024-06-20', 'quarter', 'persian')).to.equal('1403-Q1');
    expect(periodKey('2024-06-21', 'quarter', 'persian')).to.equal('1403-Q2');
    expect(periodKey('2024-12-21', 'quarter', 'persian')).to.equal('1403-Q4');
    expect(periodKey('2024-03-19', 'quarter', 'persian')).to.equal('1402-Q4');
    expect(iso(periodStart('2024-08-01', 'quarter', 'persian'))).to.equal('2024-06-21');
    // Q3 starts on Mehr 1 = Tir 1 + 3 · 31 days = 2024-09-22
    expect(iso(nextPeriodStart('2024-08-01', 'quarter', 'persian'))).to.equal('2024-09-22');
    // Q4 starts on Dey 1 = Mehr 1 + 3 · 30 days = 2024-12-21
    expect(iso(periodStart('2025-03-20', 'quarter', 'persian'))).to.equal('2024-12-21');
  });

  it('finds month starts by stepping back day − 1 days', () => {
    // 2024-05-01 is 12 Ordibehesht 1403; Ordibehesht 1 = 2024-04-20
    expect(periodKey('2024-05-01', 'month', 'persian')).to.equal('1403-02');
    expect(periodStart('2024-05-01T18:00:00Z', 'month', 'persian').toISOString()).to.equal(
      '2024-04-20T00:00:00.000Z',
    );
    expect(iso(nextPeriodStart('2024-05-01', 'month', 'persian'))).to.equal('2024-05-21');
  });

  it('crosses 1402-12 → 1403-01 on 2024-03-20 with no gap', () => {
    const r = periodRange('2024-01-25', '2024-04-25', 'month', 'persian');
    expect(r.map((p) => p.key)).to.deep.equal(['1402-11', '1402-12', '1403-01', '1403-02']);
    expect(iso(r[1]!.start)).to.equal('2024-02-20');
    expect(iso(r[1]!.end)).to.equal('2024-03-20');
    expect(iso(r[2]!.start)).to.equal('2024-03-20');
    // 1402 is not a leap year: Esfand 1402 has 29 days; Farvardin has 31
    expect(days(r[1]!)).to.equal(29);
    expect(days(r[2]!)).to.equal(31);
  });

  it('gives the month lengths of 1403 (6 × 31, 5 × 30, leap Esfand 30)', () => {
    const r = periodRange('2024-03-20', '2025-03-20', 'month', 'persian');
    expect(r.map((p) => p.key)[0]).to.equal('1403-01');
    expect(r.map(days)).to.deep.equal([31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 30]);
    expect(iso(r[11]!.end)).to.equal('2025-03-21');
  });

  it('lists Persian years', () => {
    const r = periodRange('2023-06-01', '2025-06-01', 'year', 'persian');
    expect(r.map((p) => [p.key, iso(p.start), iso(p.end)])).to.deep.equal([
      ['1402', '2023-03-21', '2024-03-20'],
      ['1403', '2024-03-20', '2025-03-21'],
      ['1404', '2025-03-21', '2026-03-21'],
    ]);
  });
});

describe('periods (properties)', () => {
  const calendars: Calendar[] = ['gregory', 'persian'];
  const granularities: Granularity[] = ['day', 'week', 'month', 'quarter', 'year'];
  // 1990-01-01 … 2060-01-01
  const time = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) });

  it('puts every date in [periodStart, nextPeriodStart) of one key', () => {
    fc.assert(
      fc.property(time, fc.constantFrom(...granularities), fc.constantFrom(...calendars), (t, g, cal) => {
        const s = periodStart(t, g, cal).getTime();
        const e = nextPeriodStart(t, g, cal).getTime();
        expect(s).to.be.at.most(t);
        expect(e).to.be.above(t);
        expect(s % DAY).to.equal(0);
        expect(e % DAY).to.equal(0);
        expect(periodKey(s, g, cal)).to.equal(periodKey(t, g, cal));
        expect(periodKey(e - 1, g, cal)).to.equal(periodKey(t, g, cal));
        expect(periodKey(e, g, cal)).not.to.equal(periodKey(t, g, cal));
        expect(periodKey(s - 1, g, cal)).not.to.equal(periodKey(t, g, cal));
        expect(periodStart(s, g, cal).getTime()).to.equal(s);
      }),
      { numRuns: 200 },
    );
  });

  it('lists ranges with no gaps and distinct keys', () => {
    fc.assert(
      fc.property(
        time,
        fc.nat(3 * 366 * DAY),
        fc.constantFrom(...granularities),
        fc.constantFrom(...calendars),
        (t, span, g, cal) => {
          const r = periodRange(t, t + span, g, cal);
          expect(r.length).to.be.at.least(1);
          expect(r[0]!.key).to.equal(periodKey(t, g, cal));
          expect(r[r.length - 1]!.key).to.equal(periodKey(t + span, g, cal));
          for (let i = 1; i < r.length; i++) expect(r[i]!.start.getTime()).to.equal(r[i - 1]!.end.getTime());
          expect(new Set(r.map((p) => p.key)).size).to.equal(r.length);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('periodStartOfKey', () => {
  it('finds the first day of Gregorian keys', () => {
    expect(periodStartOfKey('2024-03', 'month').toISOString()).to.equal('2024-03-01T00:00:00.000Z');
    expect(periodStartOfKey('2024-Q4', 'quarter').toISOString()).to.equal('2024-10-01T00:00:00.000Z');
    expect(periodStartOfKey('2025', 'year').toISOString()).to.equal('2025-01-01T00:00:00.000Z');
  });

  it('finds the first day of Persian keys', () => {
    // Farvardin 1403 begins on 2024-03-20; Mehr 1403 (month 7, Q3) on 2024-09-22; 1404 on 2025-03-21.
    expect(periodStartOfKey('1403-01', 'month', 'persian').toISOString()).to.equal(
      '2024-03-20T00:00:00.000Z',
    );
    expect(periodStartOfKey('1403-Q3', 'quarter', 'persian').toISOString()).to.equal(
      '2024-09-22T00:00:00.000Z',
    );
    expect(periodStartOfKey('1404', 'year', 'persian').toISOString()).to.equal('2025-03-21T00:00:00.000Z');
    // Esfand 1402 (the last month, 29 days) begins on 2024-02-20.
    expect(periodStartOfKey('1402-12', 'month', 'persian').toISOString()).to.equal(
      '2024-02-20T00:00:00.000Z',
    );
  });

  it('round-trips periodKey for every month of 1395–1410 and 2016–2031', () => {
    for (const calendar of ['gregory', 'persian'] as const) {
      for (const p of periodRange('2016-04-01', '2031-02-01', 'month', calendar)) {
        expect(periodStartOfKey(p.key, 'month', calendar).getTime(), `${calendar} ${p.key}`).to.equal(
          p.start.getTime(),
        );
      }
    }
  });

  it('rejects what is not a key, naming period', () => {
    expect(() => periodStartOfKey('2024-13', 'month')).to.throw(RangeError, /period/);
    expect(() => periodStartOfKey('March 2024', 'month')).to.throw(RangeError, /period/);
    expect(() => periodStartOfKey('2024-03', 'quarter')).to.throw(RangeError, /period/);
  });
});

const weekday = (d: Date): number => d.getUTCDay(); // 0 Sunday … 6 Saturday

describe('day periods', () => {
  it('keys, starts and ends days (UTC) in both calendars', () => {
    expect(periodKey('2024-03-05T23:59:59Z', 'day')).to.equal('2024-03-05');
    // 01:30 at +03:30 is 22:00 UTC the day before
    expect(periodKey('2024-03-06T01:30:00+03:30', 'day')).to.equal('2024-03-05');
    expect(periodStart('2024-03-05T13:00:00Z', 'day').toISOString()).to.equal('2024-03-05T00:00:00.000Z');
    expect(iso(nextPeriodStart('2024-02-28', 'day'))).to.equal('2024-02-29');
    expect(iso(nextPeriodStart('2024-12-31', 'day', 'persian'))).to.equal('2025-01-01');
    // Esfand 1 1402 = 2024-02-20, so 2024-03-05 is 15 Esfand; 30 Esfand 1403 (leap) = 2025-03-20
    expect(periodKey('2024-03-05', 'day', 'persian')).to.equal('1402-12-15');
    expect(periodKey('2024-03-19', 'day', 'persian')).to.equal('1402-12-29');
    expect(periodKey('2024-03-20', 'day', 'persian')).to.equal('1403-01-01');
    expect(periodKey('2025-03-20', 'day', 'persian')).to.equal('1403-12-30');
    expect(periodKey('2025-03-21', 'day', 'persian')).to.equal('1404-01-01');
    // Mehr 1 (month 7, after six 31-day months) 1403 = 2024-03-20 + 186 days = 2024-09-22
    expect(periodKey('2024-09-21', 'day', 'persian')).to.equal('1403-06-31');
    expect(periodKey('2024-09-22', 'day', 'persian')).to.equal('1403-07-01');
  });

  it("gives Intl's Persian year, month and day for every day of 1393–1411", () => {
    const f = new Intl.DateTimeFormat('en-u-ca-persian', {
      timeZone: 'UTC',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    // Out of order first (a jump back and forth between years), then every day in a row.
    for (const t of [
      Date.UTC(2030, 0, 1),
      Date.UTC(2014, 5, 1),
      Date.UTC(2030, 0, 2),
      Date.UTC(2014, 5, 2),
      // Around day 0 (1348–1350): no year is taken as known before one is looked up
      Date.UTC(1970, 0, 2),
      Date.UTC(1970, 5, 1),
      0,
      -DAY,
      Date.UTC(1971, 2, 21),
      Date.UTC(1900, 2, 21),
      Date.UTC(2200, 2, 20),
    ]) {
      const p = Object.fromEntries(f.formatToParts(t).map((x) => [x.type, x.value]));
      expect(periodKey(t, 'day', 'persian')).to.equal(`${parseInt(p.year!, 10)}-${p.month}-${p.day}`);
    }
    for (const p of periodRange('2014-03-21', '2032-03-20', 'day', 'persian')) {
      const q = Object.fromEntries(f.formatToParts(p.start).map((x) => [x.type, x.value]));
      if (p.key != `${parseInt(q.year!, 10)}-${q.month}-${q.day}`) expect(p.key).to.equal(q);
    }
  });

  it('round-trips day keys in both calendars over 2014–2032', () => {
    for (const calendar of ['gregory', 'persian'] as const) {
      const r = periodRange('2014-01-01', '2032-12-31', 'day', calendar);
      expect(r).to.have.length(6940);
      for (const p of r) {
        expect(days(p)).to.equal(1);
        if (periodStartOfKey(p.key, 'day', calendar).getTime() != p.start.getTime())
          expect.fail(`${calendar} ${p.key}`);
      }
    }
    expect(periodStartOfKey('2024-02-29', 'day').toISOString()).to.equal('2024-02-29T00:00:00.000Z');
    expect(iso(periodStartOfKey('1402-12-15', 'day', 'persian'))).to.equal('2024-03-05');
    expect(iso(periodStartOfKey('1403-12-30', 'day', 'persian'))).to.equal('2025-03-20');
  });

  it('rejects what is not a day key, naming period', () => {
    for (const [key, calendar] of [
      ['2023-02-29', 'gregory'],
      ['2024-04-31', 'gregory'],
      ['2024-03', 'gregory'],
      ['2024-3-05', 'gregory'],
      ['2024-W10', 'gregory'],
      ['1402-12-30', 'persian'], // 1402 is not a leap year
      ['1403-07-31', 'persian'], // Mehr has 30 days
      ['1403-00-10', 'persian'],
    ] as const)
      expect(() => periodStartOfKey(key, 'day', calendar), key).to.throw(
        RangeError,
        `period must be a day key such as '${calendar == 'gregory' ? '2024-03-05' : '1402-12-15'}' (got ${key})`,
      );
  });
});

describe('week periods', () => {
  it('keys Gregorian weeks as ISO 8601 weeks (Monday start, the year of its Thursday)', () => {
    expect(periodKey('2024-03-05', 'week')).to.equal('2024-W10');
    // 2020 has 53 ISO weeks: Thursday 2020-12-31 … Sunday 2021-01-03 are in 2020-W53
    expect(periodKey('2020-12-31', 'week')).to.equal('2020-W53');
    expect(periodKey('2021-01-03T23:59:59Z', 'week')).to.equal('2020-W53');
    expect(periodKey('2021-01-04', 'week')).to.equal('2021-W01');
    // Monday 2024-12-30 starts 2025-W01 (its Thursday is 2025-01-02)
    expect(periodKey('2024-12-29', 'week')).to.equal('2024-W52');
    expect(periodKey('2024-12-30', 'week')).to.equal('2025-W01');
    expect(periodKey('2025-01-01', 'week')).to.equal('2025-W01');
    expect(iso(periodStart('2021-01-01', 'week'))).to.equal('2020-12-28');
    expect(weekday(periodStart('2024-03-07', 'week'))).to.equal(1);
    expect(iso(nextPeriodStart('2024-12-31', 'week'))).to.equal('2025-01-06');
    expect(iso(periodStartOfKey('2020-W53', 'week'))).to.equal('2020-12-28');
    expect(iso(periodStartOfKey('2025-W01', 'week'))).to.equal('2024-12-30');
    expect(iso(periodStartOfKey('2026-W53', 'week'))).to.equal('2026-12-28');
  });

  it('keys Persian weeks from Saturday, numbered by the Persian year of their Tuesday', () => {
    // 1 Farvardin 1402 = Tuesday 2023-03-21: week 1 of 1402 runs Saturday 2023-03-18 … Friday 03-24.
    expect(periodKey('2023-03-18', 'week', 'persian')).to.equal('1402-W01');
    expect(periodKey('2023-03-17', 'week', 'persian')).to.equal('1401-W52');
    const w1 = periodStart('2023-03-21', 'week', 'persian');
    expect(iso(w1)).to.equal('2023-03-18');
    expect(weekday(w1)).to.equal(6);
    // 1 Farvardin 1403 = Wednesday 2024-03-20: its week (Sat 03-16 … Fri 03-22) has Tuesday
    // 29 Esfand 1402, so it is the 53rd week of 1402 (2023-03-18 + 52 × 7 days); week 1 of 1403
    // starts on Saturday 2024-03-23.
    expect(periodKey('2024-03-20', 'week', 'persian')).to.equal('1402-W53');
    expect(iso(periodStart('2024-03-20', 'week', 'persian'))).to.equal('2024-03-16');
    expect(periodKey('2024-03-23', 'week', 'persian')).to.equal('1403-W01');
    // 1 Farvardin 1404 = Friday 2025-03-21: it ends the last week of 1403 (52 weeks after 2024-03-23).
    expect(periodKey('2025-03-21', 'week', 'persian')).to.equal('1403-W52');
    expect(periodKey('2025-03-22', 'week', 'persian')).to.equal('1404-W01');
    expect(iso(periodStartOfKey('1404-W01', 'week', 'persian'))).to.equal('2025-03-22');
    expect(iso(periodStartOfKey('1402-W53', 'week', 'persian'))).to.equal('2024-03-16');
    const r = periodRange('2024-03-10', '2024-04-01', 'week', 'persian');
    expect(r.map((p) => p.key)).to.deep.equal(['1402-W52', '1402-W53', '1403-W01', '1403-W02']);
    expect(r.map((p) => weekday(p.start))).to.deep.equal([6, 6, 6, 6]);
  });

  it('numbers weeks 1, 2, … 52 or 53 in every year, 7 days each, and round-trips their keys', () => {
    for (const calendar of ['gregory', 'persian'] as const) {
      const r = periodRange('2009-06-01', '2041-06-01', 'week', calendar);
      const first = calendar == 'gregory' ? 1 : 6;
      let last = 0;
      for (const [i, p] of r.entries()) {
        const [y, w] = p.key.split('-W').map(Number) as [number, number];
        const at = `${calendar} ${p.key}`;
        expect(days(p), at).to.equal(7);
        expect(weekday(p.start), at).to.equal(first);
        if (i) expect(w == last + 1 || (w == 1 && (last == 52 || last == 53)), at).to.equal(true);
        expect(y, at).to.equal(+periodKey(p.start.getTime() + 3 * DAY, 'year', calendar));
        last = w;
        expect(periodStartOfKey(p.key, 'week', calendar).getTime(), at).to.equal(p.start.getTime());
      }
    }
  });

  it('rejects what is not a week key, naming period', () => {
    for (const [key, calendar] of [
      ['2021-W53', 'gregory'], // 2021 has 52 ISO weeks
      ['2020-W54', 'gregory'],
      ['2024-W00', 'gregory'],
      ['2024-W1', 'gregory'],
      ['2024-03', 'gregory'],
      ['1403-W53', 'persian'],
      ['1403-W00', 'persian'],
    ] as const)
      expect(() => periodStartOfKey(key, 'week', calendar), key).to.throw(
        RangeError,
        `period must be a week key such as '${calendar == 'gregory' ? '2024-W10' : '1402-W51'}' (got ${key})`,
      );
    expect(() => periodStartOfKey('2024-W10', 'month')).to.throw(RangeError, /^period must be a month key/);
  });
});
