// Internal validators shared by every metric (not re-exported from index.ts).

/** Throws `RangeError: <name> must be <must> (got <value>)`. */
export const fail = (name: string, must: string, value: unknown): never => {
  throw new RangeError(`${name} must be ${must} (got ${String(value)})`);
};

/** True when `v` is an integer with min ≤ v ≤ max. */
export const isInt = (v: unknown, min: number, max: number): v is number =>
  Number.isInteger(v) && (v as number) >= min && (v as number) <= max;

/** A count: non-negative integer, else RangeError naming the field. */
export const count = (name: string, v: unknown): number =>
  isInt(v, 0, Infinity) ? v : fail(name, 'a non-negative integer', v);

/** An amount: non-negative finite number, else RangeError naming the field. */
export const amount = (name: string, v: unknown): number =>
  typeof v == 'number' && v >= 0 && v < Infinity ? v : fail(name, 'a non-negative finite number', v);

/** A fraction: finite number 0…1, else RangeError naming the field. */
export const fraction = (name: string, v: unknown): number =>
  typeof v == 'number' && v >= 0 && v <= 1 ? v : fail(name, 'a fraction between 0 and 1', v);

/** a ÷ b, or null when b is 0. */
export const ratio = (a: number, b: number): number | null => (b ? a / b : null);

/** A date (Date, epoch ms, or ISO string; date-only and offset-less strings are UTC) → epoch ms, or NaN when invalid. */
export const time = (v: unknown): number => {
  let t = NaN;
  if (v instanceof Date || typeof v == 'number') t = +v;
  else if (typeof v == 'string') {
    // Only ISO 8601 (engines parse other strings in local time, differently): YYYY-MM-DD[(T| )hh:mm[:ss[.s…]][Z|±hh:mm]].
    const m = /^(\d{4}-\d\d-(\d\d))(?:[T ](\d\d:\d\d(?::\d\d(?:\.\d+)?)?)(Z|[+-]\d\d:\d\d)?)?$/i.exec(v);
    if (m) {
      t = Date.parse(`${m[1]}T${m[3] ?? '00:00'}${m[4] ?? 'Z'}`);
      // Engines roll impossible days (2024-02-30) over to the next month: reject them.
      if (+m[2]! > 28 && new Date(Date.parse(m[1]!)).getUTCDate() != +m[2]!) t = NaN;
    }
  }
  return Math.abs(t) < Infinity ? t : NaN;
};

/** A date as epoch ms (see `time`), else RangeError naming the field. */
export const toTime = (name: string, v: unknown): number => {
  const t = time(v);
  return t === t ? t : fail(name, 'a valid date', v);
};
