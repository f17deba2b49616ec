import { fail, toTime } from './validate.js';

/**
 * A period length. `week`: Gregorian weeks are ISO 8601 (Monday to Sunday; a week belongs to the
 * year of its Thursday, so week 1 holds the year's first Thursday and 4 January). Persian weeks
 * run Saturday to Friday and are numbered the same way around their middle day: a week belongs
 * to the Persian year of its Tuesday, and week 1 holds the year's first Tuesday (so 1 Farvardin
 * falls in week 1 when it is a Saturday … Tuesday, else in the last week of the year before).
 */
export type Granularity = 'day' | 'week' | 'month' | 'quarter' | 'year';
export type Calendar = 'gregory' | 'persian';
/** A Date, epoch milliseconds, or a string (date-only `YYYY-MM-DD` and offset-less ISO datetimes are UTC). */
export type DateInput = string | number | Date;

/** One period: its key (`2024-03-05`, `2024-W10`, `2024-03`, `2024-Q1`, `2024`), first instant and exclusive end (UTC midnights). */
export interface Period {
  key: string;
  start: Date;
  end: Date;
}

const DAY = 864e5;
/**
 * Mean length of a period in days. From a period's first day, k + ½ of them on always lands in the
 * k-th period after it (1½ months is 45.7 days: past the longest month, short of any two).
 */
const MEAN: Record<Granularity, number> = {
  day: 1,
  week: 7,
  month: 30.436875,
  quarter: 91.310625,
  year: 365.2425,
};
const GRANULARITY = "'day', 'week', 'month', 'quarter' or 'year'";

let persianFormat: Intl.DateTimeFormat | undefined;

/** Days in the Persian year before month m: months 1–6 have 31 days, 7–11 have 30. */
const persianDaysBefore = (m: number): number => 30 * (m - 1) + Math.min(m - 1, 6);

// The last Persian year looked up: its number and first day (days since 1970-01-01). Its first 365
// days are arithmetic from there: one Intl call a year, not one a day (and one for a 30 Esfand).
let year = 0;
let yearFirst = NaN;

/** [year, month 1–12, day] of epoch ms `t` in the calendar (UTC). */
const ymd = (t: number, cal: Calendar): [number, number, number] => {
  if (cal == 'gregory') {
    const d = new Date(t);
    return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
  }
  if (cal != 'persian') fail('calendar', "'gregory' or 'persian'", cal);
  const n = Math.floor(t / DAY);
  let i = n - yearFirst;
  if (!(i >= 0 && i < 365)) {
    persianFormat ??= new Intl.DateTimeFormat('en-u-ca-persian', {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    let m = 0;
    let d = 0;
    for (const { type, value } of persianFormat.formatToParts(t)) {
      const v = parseInt(value, 10);
      if (type == 'year') year = v;
      else if (type == 'month') m = v;
      else if (type == 'day') d = v;
    }
    i = persianDaysBefore(m) + d - 1;
    yearFirst = n - i;
  }
  const m = i < 186 ? Math.floor(i / 31) + 1 : Math.floor((i - 186) / 30) + 7;
  return [year, m, i - persianDaysBefore(m) + 1];
};

/** First month (1–12) of the period of granularity `g` (month, quarter or year) that holds month `m`. */
const firstMonth = (g: Granularity, m: number): number =>
  g == 'month'
    ? m
    : g == 'quarter'
      ? m - ((m - 1) % 3)
      : g == 'year'
        ? 1
        : fail('granularity', GRANULARITY, g);

/** Epoch ms of the first day (UTC midnight) of the period holding `t`. */
const startOf = (t: number, g: Granularity, cal: Calendar): number => {
  const n = Math.floor(t / DAY);
  if (g == 'day' || g == 'week') {
    // Weeks start on Monday (ISO; 1970-01-01 was a Thursday) or, Persian, on Saturday.
    const k = cal == 'gregory' ? 3 : cal == 'persian' ? 5 : fail('calendar', "'gregory' or 'persian'", cal);
    return (g == 'day' ? n : n - ((((n + k) % 7) + 7) % 7)) * DAY;
  }
  const [y, m, d] = ymd(t, cal);
  const f = firstMonth(g, m);
  return cal == 'gregory'
    ? new Date(0).setUTCFullYear(y, f - 1, 1)
    : (n - d + 1 - persianDaysBefore(m) + persianDaysBefore(f)) * DAY;
};

/** Epoch ms of the first day of the k-th period (default 1) after the one starting at period start `s`. */
const nextOf = (s: number, g: Granularity, cal: Calendar, k = 1): number =>
  startOf(s + (k + 0.5) * MEAN[g] * DAY, g, cal);

const pad = (n: number): string => (n < 10 ? '0' : '') + n;

/** Key of the period holding `t`: `YYYY-MM-DD`, `YYYY-Www`, `YYYY-MM`, `YYYY-Qn` or `YYYY`, in the calendar's own numbers. */
const keyOf = (t: number, g: Granularity, cal: Calendar): string => {
  if (g == 'week') {
    // The week's middle day (Thursday, Persian Tuesday) names its year; weeks count from the one holding the year's first.
    const mid = startOf(t, g, cal) + 3 * DAY;
    return `${ymd(mid, cal)[0]}-W${pad(Math.floor((mid - startOf(mid, 'year', cal)) / 6048e5) + 1)}`;
  }
  const [y, m, d] = ymd(t, cal);
  if (g == 'day') return `${y}-${pad(m)}-${pad(d)}`;
  firstMonth(g, m); // only validates the granularity
  return g == 'year' ? `${y}` : g == 'quarter' ? `${y}-Q${Math.ceil(m / 3)}` : `${y}-${pad(m)}`;
};

/** Period boundaries (epoch ms) from the period holding `from` to the end of the one holding `to`: p + 1 values for p periods. */
export const boundaries = (from: number, to: number, g: Granularity, cal: Calendar): number[] => {
  const b = [startOf(from, g, cal)];
  if (to < from) fail('to', 'on or after from', new Date(to).toISOString());
  for (let s = b[0]!; s <= to;) b.push((s = nextOf(s, g, cal)));
  return b;
};

/**
 * Period key of a date: '2024-03-05' (day), '2024-W10' (ISO week; Persian weeks from Saturday,
 * see `Granularity`), '2024-03' (month), '2024-Q1' (quarter), '2024' (year), in the calendar's
 * own numbers (Persian '1402-12-15', '1402-W51', '1402-12', …).
 */
export const periodKey = (
  date: DateInput,
  granularity: Granularity,
  calendar: Calendar = 'gregory',
): string => keyOf(toTime('date', date), granularity, calendar);

/** Period start = UTC midnight of the first day of the day/week/month/quarter/year holding the date, in the calendar. */
export const periodStart = (
  date: DateInput,
  granularity: Granularity,
  calendar: Calendar = 'gregory',
): Date => new Date(startOf(toTime('date', date), granularity, calendar));

/** Next period start = UTC midnight of the first day of the period after the one holding the date. */
export const nextPeriodStart = (
  date: DateInput,
  granularity: Granularity,
  calendar: Calendar = 'gregory',
): Date => new Date(nextOf(startOf(toTime('date', date), granularity, calendar), granularity, calendar));

/** Periods [start, end) from the one holding `from` to the one holding `to`, consecutive with no gaps. */
export function periodRange(
  from: DateInput,
  to: DateInput,
  granularity: Granularity,
  calendar: Calendar = 'gregory',
): Period[] {
  const b = boundaries(toTime('from', from), toTime('to', to), granularity, calendar);
  const out: Period[] = [];
  for (let i = 1; i < b.length; i++) {
    out.push({
      key: keyOf(b[i - 1]!, granularity, calendar),
      start: new Date(b[i - 1]!),
      end: new Date(b[i]!),
    });
  }
  return out;
}

/**
 * Period starts = epoch ms of the first day of each period (of the granularity, in the calendar)
 * that begins within [from, to]; with `every` = k, of every k-th of them from the first (k
 * periods are jumped at once, so a long range costs as many steps as starts returned).
 */
export function periodStarts(
  from: DateInput,
  to: DateInput,
  granularity: Granularity,
  calendar: Calendar = 'gregory',
  every = 1,
): number[] {
  const f = toTime('from', from);
  const t = toTime('to', to);
  if (t < f) fail('to', 'on or after from', new Date(t).toISOString());
  const k = Math.max(1, Math.floor(every));
  const out: number[] = [];
  let s = startOf(f, granularity, calendar);
  if (s < f) s = nextOf(s, granularity, calendar);
  for (; s <= t; s = nextOf(s, granularity, calendar, k)) out.push(s);
  return out;
}

/** Mid-month `m` of year `y` in the calendar, within a few days of the true one. */
const guess = (y: number, m: number, cal: Calendar): number =>
  cal == 'persian' ? Date.UTC(y + 621, 2, 21) + ((m - 1) * 30.44 + 15) * DAY : Date.UTC(y, m - 1, 15);

/**
 * First day (UTC midnight) of the period a key names, in the calendar: `2024-03-05`, `2024-W10`,
 * `2024-03`, `2024-Q1`, `2024`; Persian `1403-01` → 2024-03-20. Estimated from the mean year,
 * then confirmed against `periodKey` (RangeError naming `period` for a key that is not one).
 */
export function periodStartOfKey(
  key: string,
  granularity: Granularity,
  calendar: Calendar = 'gregory',
): Date {
  if (!(MEAN[granularity] > 0)) fail('granularity', GRANULARITY, granularity);
  const m = /^(\d{4})(?:-(?:(\d\d)(?:-(\d\d))?|Q([1-4])|W(\d\d)))?$/.exec(key);
  const month = m ? (m[4] ? 3 * +m[4] - 2 : m[2] ? +m[2] : 1) : 0;
  if (m && month >= 1 && month <= 12) {
    const y = +m[1]!;
    // Week w: the one holding day 7w − 3 of the year (week 1: the 4th day, ISO's 4 January, the
    // first week to hold the year's middle weekday); a day: its month's first day + day − 1.
    const start = startOf(
      m[5]
        ? startOf(guess(y, 7, calendar), 'year', calendar) + (7 * +m[5] - 4) * DAY
        : m[3]
          ? startOf(guess(y, month, calendar), 'month', calendar) + (+m[3] - 1) * DAY
          : guess(y, month, calendar),
      granularity,
      calendar,
    );
    if (keyOf(start, granularity, calendar) == key) return new Date(start);
  }
  // The key of 2024-03-05 as the example: '2024-W10', Persian '1402-12-15', …
  return fail('period', `a ${granularity} key such as '${keyOf(17095968e5, granularity, calendar)}'`, key);
}

/** A date input (Date, epoch ms, ISO string; date-only and offset-less strings are UTC) as a Date. */
export const utcDate = (date: DateInput): Date => new Date(toTime('date', date));
