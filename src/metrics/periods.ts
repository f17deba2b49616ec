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
// Longest period length in days: jumping this far from a period's first day always lands in the next period.
const SPAN: Record<Granularity, number> = { day: 1, week: 7, month: 31, quarter: 93, year: 366 };
const GRANULARITY = "'day', 'week', 'month', 'quarter' or 'year'";

let persianFormat: Intl.DateTimeFormat | undefined;

/** Days in the Persian year before month m: months 1–6 have 31 days, 7–11 have 30. */
const persianDaysBefore = (m: number): number => 30 * (m - 1) + Math.min(m - 1, 6);

/** [year, month, day] of day number `n` (days since 1970-01-01) from Intl's Persian calendar. */
const persianParts = (n: number): [number, number, number] => {
  persianFormat ??= new Intl.DateTimeFormat('en-u-ca-persian', {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  });
  let y = 0;
  let m = 0;
  let d = 0;
  for (const { type, value } of persianFormat.formatToParts(n * DAY)) {
    if (type == 'year') y = parseInt(value, 10);
    else if (type == 'month') m = parseInt(value, 10);
    else if (type == 'day') d = parseInt(value, 10);
  }
  return [y, m, d];
};

// The last Persian year looked up: its number and its days [yearFirst, yearEnd) as day numbers.
// Every other day of that year is arithmetic (two Intl calls a year instead of one a day).
let year = 0;
let yearFirst = 0;
let yearEnd = 0;

/** [year, month 1–12, day] of epoch ms `t` in the calendar (UTC). */
const ymd = (t: number, cal: Calendar): [number, number, number] => {
  if (cal == 'gregory') {
    const d = new Date(t);
    return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
  }
  if (cal != 'persian') fail('calendar', "'gregory' or 'persian'", cal);
  const n = Math.floor(t / DAY);
  if (!(n >= yearFirst && n < yearEnd)) {
    const [y, m, d] = persianParts(n);
    year = y;
    yearFirst = n - persianDaysBefore(m) - d + 1;
    // The next 1 Farvardin, from a day 380 days on (in the next year's first two months).
    const a = yearFirst + 380;
    const [, am, ad] = a <= 1e8 ? persianParts(a) : [0, 1, a - n];
    yearEnd = a - persianDaysBefore(am) - ad + 1;
  }
  const i = n - yearFirst;
  const m = i < 186 ? Math.floor(i / 31) + 1 : Math.floor((i - 186) / 30) + 7;
  return [year, m, i - persianDaysBefore(m) + 1];
};

/** Days from the first day of its week to day number `n`: weeks start on Monday (ISO) or, Persian, on Saturday. */
const weekday = (n: number, cal: Calendar): number => {
  const k = cal == 'gregory' ? 3 : cal == 'persian' ? 5 : fail('calendar', "'gregory' or 'persian'", cal);
  return (((n + k) % 7) + 7) % 7;
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
    const w = weekday(n, cal); // validates the calendar for days too
    return (g == 'week' ? n - w : n) * DAY;
  }
  const [y, m, d] = ymd(t, cal);
  const f = firstMonth(g, m);
  return cal == 'gregory'
    ? new Date(0).setUTCFullYear(y, f - 1, 1)
    : (n - d + 1 - persianDaysBefore(m) + persianDaysBefore(f)) * DAY;
};

/** Epoch ms of the first day of the period after the one starting at period start `s`. */
const nextOf = (s: number, g: Granularity, cal: Calendar): number => startOf(s + SPAN[g] * DAY, g, cal);

const pad = (n: number): string => (n < 10 ? '0' : '') + n;

/** Key of the period holding `t`: `YYYY-MM-DD`, `YYYY-Www`, `YYYY-MM`, `YYYY-Qn` or `YYYY`, in the calendar's own numbers. */
const keyOf = (t: number, g: Granularity, cal: Calendar): string => {
  if (g == 'week') {
    // The week's middle day (Thursday, Persian Tuesday) names its year; weeks count from the one holding the year's first.
    const mid = Math.floor(t / DAY) - weekday(Math.floor(t / DAY), cal) + 3;
    const [y, m, d] = ymd(mid * DAY, cal);
    const first =
      cal == 'gregory' ? new Date(0).setUTCFullYear(y, 0, 1) / DAY : mid - persianDaysBefore(m) - d + 1;
    return `${y}-W${pad(Math.floor((mid - first) / 7) + 1)}`;
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

/** Mean length of a period in days, for jumping several periods at once. */
const MEAN_DAYS = { day: 1, week: 7, month: 30.436875, quarter: 91.310625, year: 365.2425 };

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
  for (
    ;
    s <= t;
    s =
      k == 1
        ? nextOf(s, granularity, calendar)
        : startOf(s + (k + 0.5) * MEAN_DAYS[granularity] * DAY, granularity, calendar)
  )
    out.push(s);
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
  if (!(SPAN[granularity] > 0)) fail('granularity', GRANULARITY, granularity);
  const m = /^(\d{4})(?:-(?:(\d\d)(?:-(\d\d))?|Q([1-4])|W(\d\d)))?$/.exec(key);
  const month = m ? (m[4] ? 3 * +m[4] - 2 : m[2] ? +m[2] : 1) : 0;
  if (m && month >= 1 && month <= 12) {
    const y = +m[1]!;
    let start: number;
    if (m[5]) {
      // Week 1 is the week of the year's 4th day (ISO: 4 January), the first to hold its middle day.
      start = startOf(startOf(guess(y, 7, calendar), 'year', calendar) + 3 * DAY, 'week', calendar);
      start += (+m[5] - 1) * 7 * DAY;
    } else {
      start = startOf(guess(y, month, calendar), m[3] ? 'month' : granularity, calendar);
      if (m[3]) start += (+m[3] - 1) * DAY;
    }
    if (keyOf(start, granularity, calendar) == key) return new Date(start);
  }
  // The key of 2024-03-05 as the example: '2024-W10', Persian '1402-12-15', …
  return fail('period', `a ${granularity} key such as '${keyOf(17095968e5, granularity, calendar)}'`, key);
}

/** A date input (Date, epoch ms, ISO string; date-only and offset-less strings are UTC) as a Date. */
export const utcDate = (date: DateInput): Date => new Date(toTime('date', date));
