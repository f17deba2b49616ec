// Internal validators shared by every metric (not re-exported from index.ts).

/** Throws `RangeError: <name> must be <must> (got <value>)`. */
export const fail = (name: string, must: string, value: unknown): never => {
  throw new RangeError(`${name} must be ${must} (got ${String(value)})`);
};

/** True when `v` is an integer with min ≤ v ≤ max. */
export const isInt = (v: unknown, min: number, max: number): v is number =>
  Number.isInteger(v) && (v as number) >= min && (v as number) <= max;

/**
 * A count: a non-negative safe integer (≤ 2⁵³ − 1, so counted exactly, and sums of a few stay
 * finite), else RangeError naming the field.
 */
export const count = (name: string, v: unknown): number =>
  Number.isSafeInteger(v) && (v as number) >= 0
    ? (v as number)
    : fail(name, 'a non-negative safe integer', v);

/** An amount: non-negative finite number, else RangeError naming the field. */
export const amount = (name: string, v: unknown): number =>
  Number.isFinite(v) && (v as number) >= 0 ? (v as number) : fail(name, 'a non-negative finite number', v);

/** An array or array-like (typed array, not a string): its length, else RangeError naming the field. */
export const list = (name: string, v: unknown): number => {
  const n: unknown = v && typeof v == 'object' && (v as ArrayLike<unknown>).length;
  return isInt(n, 0, Infinity) ? n : fail(name, 'an array', v);
};

/**
 * `v` when it is finite or null, else `RangeError: <name> must be finite (got …)`: the check on a
 * computed result whose inputs were valid (only an overflow makes it NaN or ±Infinity).
 */
export const finite = <T extends number | null>(name: string, v: T): T =>
  // null − null is 0, so null passes; NaN and ±Infinity give NaN.
  (v as number) - (v as number) === 0 ? v : fail(name, 'finite', v);

/** A fraction: finite number 0…1, else RangeError naming the field. */
export const fraction = (name: string, v: unknown): number =>
  typeof v == 'number' && v >= 0 && v <= 1 ? v : fail(name, 'a fraction between 0 and 1', v);

/** a ÷ b, or null when b is 0. */
export const ratio = (a: number, b: number): number | null => (b ? a / b : null);

/** a ÷ b; null when b is 0 or the quotient is too large to represent (a tiny b: 1 ÷ 5e-324). */
export const shownRatio = (a: number, b: number): number | null => {
  const r = ratio(a, b);
  // null − null is 0, so null passes; ±Infinity gives NaN.
  return (r as number) - (r as number) === 0 ? r : null;
};

const DAY = 864e5;

/** Days in month m (1–12) of Gregorian year y. */
const monthDays = (y: number, m: number): number =>
  m == 2 ? (y % 4 || (!(y % 100) && y % 400) ? 28 : 29) : 30 + ((m + (m >> 3)) & 1);

/** Days from 1970-01-01 to the proleptic Gregorian date y-m-d (Hinnant's days_from_civil). */
const civilDays = (y: number, m: number, d: number): number => {
  y -= +(m <= 2);
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
};

/** The digit at `s[i]`, else NaN (which fails every range check it reaches). */
const digit = (s: string, i: number): number => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : NaN;
};
/** The two-digit number at `s[i]`, else NaN. */
const digits = (s: string, i: number): number => digit(s, i) * 10 + digit(s, i + 1);

/**
 * Epoch ms of an ISO 8601 string, or NaN: `YYYY-MM-DD`, optionally `(T| )hh:mm[:ss[.s…]]` and
 * `Z` or an offset `±hh:mm` / `±hhmm`; date-only and offset-less strings are UTC. Impossible dates
 * (`2024-02-30`, `25:00`) are NaN. Read character by character: no regex, no substring, no
 * `Date.parse` (engines parse other strings in local time, differently), so a million dates cost
 * one pass.
 */
export const isoTime = (s: string): number => {
  const n = s.length;
  if (s.charCodeAt(4) != 45 || s.charCodeAt(7) != 45) return NaN; // '-'
  const y = digits(s, 0) * 100 + digits(s, 2);
  const mo = digits(s, 5);
  const day = digits(s, 8);
  if (!(mo >= 1 && mo <= 12 && day >= 1 && day <= monthDays(y, mo))) return NaN;
  const t = civilDays(y, mo, day) * DAY;
  if (n == 10) return t;
  const c = s[10];
  const h = digits(s, 11);
  const mi = digits(s, 14);
  if ((c != 'T' && c != 't' && c != ' ') || s[13] != ':' || !(h <= 23 && mi <= 59)) return NaN;
  let ms = h * 36e5 + mi * 6e4;
  let i = 16;
  if (s[i] == ':') {
    const sec = digits(s, 17);
    if (!(sec <= 59)) return NaN;
    ms += sec * 1e3;
    i = 19;
    if (s[i] == '.') {
      // Milliseconds from the first three digits of the fraction; at least one digit.
      let j = i + 1;
      for (let scale = 100; digit(s, j) >= 0; j++, scale /= 10) if (scale >= 1) ms += digit(s, j) * scale;
      if (j == i + 1) return NaN;
      i = j;
    }
  }
  if (i == n) return t + ms;
  const z = s[i];
  if ((z == 'Z' || z == 'z') && i + 1 == n) return t + ms;
  if (z != '+' && z != '-') return NaN;
  const colon = +(s[i + 3] == ':');
  const oh = digits(s, i + 1);
  const om = digits(s, i + 3 + colon);
  if (i + 5 + colon != n || !(oh <= 23 && om <= 59)) return NaN;
  return t + ms - (z == '+' ? 1 : -1) * (oh * 60 + om) * 6e4;
};

/** A date (Date, epoch ms, or ISO string; see `isoTime`) → epoch ms, or NaN when invalid or beyond a Date's range. */
export const epochMs = (v: unknown): number => {
  const t = typeof v == 'number' ? v : typeof v == 'string' ? isoTime(v) : v instanceof Date ? +v : NaN;
  return Math.abs(t) <= 864e13 ? t : NaN;
};

/** A date as epoch ms (see `epochMs`), else RangeError naming the field. */
export const toTime = (name: string, v: unknown): number => {
  const t = epochMs(v);
  return t === t ? t : fail(name, 'a valid date', v);
};

/** `<list>[i].<field>` = `v` as epoch ms (see `epochMs`), else RangeError naming it (the name is built only then). */
export const dateAt = (list: string, i: number, field: string, v: unknown): number => {
  const t = epochMs(v);
  return t === t ? t : fail(`${list}[${i}].${field}`, 'a valid date', v);
};

/**
 * Elapsed = `record[field]` − `t0` (ms), `t0` being the record's `from` date; a date before it is
 * a RangeError `<list>[i].<field> must be on or after <list>[i].<from>`.
 */
export const elapsed = (
  list: string,
  i: number,
  record: object,
  field: string,
  from: string,
  t0: number,
): number => {
  const v: unknown = (record as Record<string, unknown>)[field];
  const d = dateAt(list, i, field, v) - t0;
  return d >= 0 ? d : fail(`${list}[${i}].${field}`, `on or after ${list}[${i}].${from}`, v);
};
