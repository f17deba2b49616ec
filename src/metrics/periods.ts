import { fail, toTime } from './validate.js';

export type Granularity = 'month' | 'quarter' | 'year';
export type Calendar = 'gregory' | 'persian';
/** A Date, epoch milliseconds, or a string (date-only `YYYY-MM-DD` and offset-less ISO datetimes are UTC). */
export type DateInput = string | number | Date;

/** One period: its key (`2024-03`, `2024-Q1`, `2024`), first instant and exclusive end (UTC midnights). */
export interface Period {
  key: string;
  start: Date;
  end: Date;
}

const DAY = 864e5;
// Longest period length in days: jumping this far from a period's first day always lands in the next period.
const SPAN = { month: 31, quarter: 93, year: 366 };

let persianFormat: Intl.DateTimeFormat | undefined;

/** [year, month 1–12, day] of epoch ms `t` in the calendar (UTC). */
const ymd = (t: number, cal: Calendar): [number, number, number] => {
  if (cal == 'gregory') {
    const d = new Date(t);
    return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
  }
  if (cal != 'persian') fail('calendar', "'gregory' or 'persian'", cal);
  persianFormat ??= new Intl.DateTimeFormat('en-u-ca-persian', {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  });
  let y = 0;
  let m = 0;
  let d = 0;
  for (const { type, value } of persianFormat.formatToParts(t)) {
    if (type == 'year') y = parseInt(value, 10);
    else if (type == 'month') m = parseInt(value, 10);
    else if (type == 'day') d = parseInt(value, 10);
  }
  return [y, m, d];
};

/** First month (1–12) of the period of granularity `g` that holds month `m`. */
const firstMonth = (g: Granularity, m: number): number =>
  g == 'month'
    ? m
    : g == 'quarter'
      ? m - ((m - 1) % 3)
      : g == 'year'
        ? 1
        : fail('granularity', "'month', 'quarter' or 'year'", g);

/** Days in the Persian year before month m: months 1–6 have 31 days, 7–11 have 30. */
const persianDaysBefore = (m: number): number => 30 * (m - 1) + Math.min(m - 1, 6);

/** Epoch ms of the first day (UTC midnight) of the period holding `t`. */
const startOf = (t: number, g: Granularity, cal: Calendar): number => {
  const [y, m, d] = ymd(t, cal);
  const f = firstMonth(g, m);
  return cal == 'gregory'
    ? new Date(0).setUTCFullYear(y, f - 1, 1)
    : Math.floor(t / DAY - d + 1 - persianDaysBefore(m) + persianDaysBefore(f)) * DAY;
};

/** Epoch ms of the first day of the period after the one starting at period start `s`. */
const nextOf = (s: number, g: Granularity, cal: Calendar): number => startOf(s + SPAN[g] * DAY, g, cal);

/** Key of the period holding `t`: `YYYY-MM`, `YYYY-Qn` or `YYYY`, in the calendar's own numbers. */
const keyOf = (t: number, g: Granularity, cal: Calendar): string => {
  const [y, m] = ymd(t, cal);
  firstMonth(g, m); // only validates the granularity
  return g == 'year'
    ? `${y}`
    : g == 'quarter'
      ? `${y}-Q${Math.ceil(m / 3)}`
      : `${y}-${m < 10 ? '0' : ''}${m}`;
};

/** Period boundaries (epoch ms) from the period holding `from` to the end of the one holding `to`: p + 1 values for p periods. */
export const boundaries = (from: number, to: number, g: Granularity, cal: Calendar): number[] => {
  const b = [startOf(from, g, cal)];
  if (to < from) fail('to', 'on or after from', new Date(to).toISOString());
  for (let s = b[0]!; s <= to;) b.push((s = nextOf(s, g, cal)));
  return b;
};

/** Period key of a date: '2024-03' (month), '2024-Q1' (quarter), '2024' (year), in the calendar's year/month numbers. */
export const periodKey = (
  date: DateInput,
  granularity: Granularity,
  calendar: Calendar = 'gregory',
): string => keyOf(toTime('date', date), granularity, calendar);

/** Period start = UTC midnight of the first day of the month/quarter/year holding the date, in the calendar. */
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
const MEAN_DAYS = { month: 30.436875, quarter: 91.310625, year: 365.2425 };

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

/**
 * First day (UTC midnight) of the period a key names, in the calendar: `2024-03`, `2024-Q1`,
 * `2024`; Persian `1403-01` → 2024-03-20. Estimated from the mean year, then confirmed against
 * `periodKey` (RangeError naming `period` for a key that is not one).
 */
export function periodStartOfKey(
  key: string,
  granularity: Granularity,
  calendar: Calendar = 'gregory',
): Date {
  const m = /^(\d{4})(?:-(?:(\d\d)|Q([1-4])))?$/.exec(key);
  const month = m ? (m[3] ? 3 * +m[3] - 2 : m[2] ? +m[2] : 1) : 0;
  if (m && month >= 1 && month <= 12) {
    // Mid-month of the estimate: within a few days of the true month in either calendar.
    const guess =
      calendar == 'persian'
        ? Date.UTC(+m[1]! + 621, 2, 21) + ((month - 1) * 30.44 + 15) * DAY
        : Date.UTC(+m[1]!, month - 1, 15);
    const start = startOf(guess, granularity, calendar);
    if (keyOf(start, granularity, calendar) == key) return new Date(start);
  }
  return fail('period', `a ${granularity} key such as '2024-03', '2024-Q1' or '2024'`, key);
}

/** A date input (Date, epoch ms, ISO string; date-only and offset-less strings are UTC) as a Date. */
export const utcDate = (date: DateInput): Date => new Date(toTime('date', date));
