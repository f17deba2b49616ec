// Money and lengths of time: free functions over a formatter (not methods of it), so only the
// elements that show them carry them.
import { cached, type Formatter } from './format.js';

/**
 * An amount of money in an ISO 4217 `code` ("$304.88", "‎$۳۰۴٫۸۸"), compact when asked ("$125K"),
 * in `f`'s locale and digits; a code that is not three letters gives the plain number instead of
 * throwing.
 */
export const formatCurrency = (f: Formatter, value: number, code: string, compact?: boolean): string =>
  /^[a-z]{3}$/i.test(code)
    ? cached(
        `$ ${f.locale} ${f.numbering} ${code} ${compact}`,
        () =>
          new Intl.NumberFormat(f.locale, {
            numberingSystem: f.numbering,
            signDisplay: 'negative',
            style: 'currency',
            currency: code,
            notation: compact ? 'compact' : 'standard',
          }),
      ).format(value)
    : compact
      ? f.compact(value)
      : f.number(value, { maximumFractionDigits: 2 });

/** Units of `formatDuration`, largest first, and their length in ms. */
const UNITS: [string, number][] = [
  ['years', 31556952e3],
  ['months', 2629746e3],
  ['days', 864e5],
  ['hours', 36e5],
  ['minutes', 6e4],
  ['seconds', 1e3],
];

/**
 * A length of time in ms in its two largest units, the second rounded: "3 hr, 20 min" (en),
 * "۳ ساعت و ۲۰ دقیقه" (fa), "3 ساعات و20 دقيقة" (ar), in `f`'s locale and digits, with
 * `Intl.DurationFormat` (long words in Persian and Arabic, whose short forms are abbreviations).
 * Months are 1/12 of a mean Gregorian year (30.44 days), years 365.2425 days; the sign is dropped.
 */
export function formatDuration(f: Formatter, ms: number): string {
  const a = Math.abs(ms);
  let i = 0;
  while (i < 5 && a < UNITS[i]![1]) i++;
  const [unit, size] = UNITS[i]!;
  const parts: Record<string, number> = {};
  if (i == 5) parts[unit] = Math.round(a / size);
  else {
    const [next, small] = UNITS[i + 1]!;
    let first = Math.floor(a / size);
    let second = Math.round((a - first * size) / small);
    // 59.6 min rounds up to the next hour.
    if (second >= Math.round(size / small)) {
      first++;
      second = 0;
    }
    parts[unit] = first;
    parts[next] = second;
  }
  const { locale, numbering } = f;
  const long = /^(fa|ar)(-|$)/i.test(locale);
  // DurationFormat (Temporal) throws a RangeError from 2^32 years on: those are a number of years.
  if (parts.years! >= 2 ** 32)
    return cached(
      `y ${locale} ${numbering}`,
      () =>
        new Intl.NumberFormat(locale, {
          numberingSystem: numbering,
          style: 'unit',
          unit: 'year',
          unitDisplay: long ? 'long' : 'short',
        }),
    ).format(parts.years!);
  return cached(
    `t ${locale} ${numbering}`,
    () =>
      // Chromium's DurationFormat ignores the numberingSystem option: the locale carries it.
      new Intl.DurationFormat(new Intl.Locale(locale, { numberingSystem: numbering }).toString(), {
        style: long ? 'long' : 'short',
      }),
  ).format(parts);
}
