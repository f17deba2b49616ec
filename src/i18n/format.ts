/** What a formatter is made for: a BCP 47 locale, and optional `numbering`/`calendar` overrides (Intl type names). */
export interface FormatterOptions {
  locale: string;
  numbering?: string | null;
  calendar?: string | null;
}

/** Locale-aware number and date formatting, backed by cached Intl objects. */
export interface Formatter {
  /** The locale as given. */
  readonly locale: string;
  /** Effective calendar: the `calendar` option, else `persian` for Persian, else `gregory`. */
  readonly calendar: string;
  /** Effective numbering system (`latn`, `arab`, `arabext`…): the option, else the locale's Intl default. */
  readonly numbering: string;
  /** A number; at most 1 fraction digit unless told otherwise. Never shows "−0". */
  number(value: number, options?: { minimumFractionDigits?: number; maximumFractionDigits?: number }): string;
  /** A whole number, rounded half away from zero (2.5 → 3, −2.5 → −3); −0.4 shows as "0". */
  integer(value: number): string;
  /**
   * A fraction as a percentage: 0.0648 → "6.5%" (en), "۶٫۵٪" (fa); at most 1 fraction digit by
   * default, at least `minimumFractionDigits` (0): give both the same for a column of one precision.
   */
  percent(fraction: number, maximumFractionDigits?: number, minimumFractionDigits?: number): string;
  /**
   * A signed change: "+9.5", "−3" (with the locale's own minus), "0" without a sign. With
   * `percent: true` the value is a fraction like in `percent()` (0.012 → "+1.2%").
   */
  delta(value: number, options?: { maximumFractionDigits?: number; percent?: boolean }): string;
  /** A short compact number: 48210 → "48K" (en), "۴۸ هزار" (fa). */
  compact(value: number): string;
  /**
   * An amount of money in an ISO 4217 `code` ("$304.88", "‎$۳۰۴٫۸۸"), compact when asked ("$125K");
   * a code that is not three letters gives the plain number instead of throwing.
   */
  currency(value: number, code: string, compact?: boolean): string;
  /**
   * A length of time in ms in its two largest units, the second rounded: "3 hr, 20 min" (en),
   * "۳ ساعت و ۲۰ دقیقه" (fa), "3 ساعات و20 دقيقة" (ar), with `Intl.DurationFormat` (long words in
   * Persian and Arabic, whose short forms are abbreviations). Months are 1/12 of a mean Gregorian
   * year (30.44 days), years 365.2425 days; the sign is dropped.
   */
  duration(ms: number): string;
  /** A date, in UTC, this formatter's calendar and digits; default style `medium` ("Mar 20, 2024"). */
  date(date: Date | number, options?: Intl.DateTimeFormatOptions): string;
  /** The plural category of a count in this locale (`one`, `few`, `other`…). */
  plural(count: number): Intl.LDMLPluralRule;
}

declare global {
  // Not yet in TypeScript's lib (Chromium 129, Firefox 136, Safari 16.4 have it): what the kit uses.
  // eslint-disable-next-line @typescript-eslint/no-namespace -- augments the global Intl namespace.
  namespace Intl {
    class DurationFormat {
      constructor(locale: string, options: { style: string });
      format(duration: Record<string, number>): string;
    }
  }
}

type Cached = Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules | Intl.DurationFormat;
const intl = new Map<string, Cached>();
/**
 * One Intl object per key, made on first use and shared by every formatter and element on the page
 * (building one is costly; the first of a page costs most). The key names the locale and options.
 */
const cached = <T extends Cached>(key: string, make: () => T): T => {
  let value = intl.get(key) as T | undefined;
  if (!value) intl.set(key, (value = make()));
  return value;
};

/** An Intl type name (`latn`, `islamic-umalqura`…), or undefined: a malformed attribute must not throw. */
const typeName = (v?: string | null): string | undefined =>
  v && /^[a-z\d]{3,8}(-[a-z\d]{3,8})*$/i.test(v) ? v.toLowerCase() : undefined;

/** Units of `duration`, largest first, and their length in ms. */
const UNITS: [string, number][] = [
  ['years', 31556952e3],
  ['months', 2629746e3],
  ['days', 864e5],
  ['hours', 36e5],
  ['minutes', 6e4],
  ['seconds', 1e3],
];

const formatters = new Map<string, Formatter>();

/**
 * The formatter for a locale with optional `numbering` and `calendar` overrides; memoized. It
 * builds no Intl object until it formats something, and then only the one that is needed.
 */
export function getFormatter({ locale, numbering, calendar }: FormatterOptions): Formatter {
  const nu = typeName(numbering);
  const ca = typeName(calendar) ?? (/^fa(-|$)/i.test(locale) ? 'persian' : 'gregory');
  const key = [locale, nu, ca].join();
  let f = formatters.get(key);
  if (f) return f;

  /** A NumberFormat of this locale and numbering; `id` names the `options` it is made with. */
  const nf = (id: string, o: Intl.NumberFormatOptions): Intl.NumberFormat =>
    cached(
      `n ${locale} ${nu} ${id}`,
      () => new Intl.NumberFormat(locale, { numberingSystem: nu, signDisplay: 'negative', ...o }),
    );
  /** A DateTimeFormat in UTC, this calendar and numbering; `id` names the `options`. */
  const dtf = (id: string, o: Intl.DateTimeFormatOptions, l = locale): Intl.DateTimeFormat =>
    cached(
      `d ${l} ${nu} ${ca} ${id}`,
      () => new Intl.DateTimeFormat(l, { timeZone: 'UTC', calendar: ca, numberingSystem: nu, ...o }),
    );
  const digits = (max = 1, min = 0) => ({
    minimumFractionDigits: min,
    maximumFractionDigits: Math.max(max, min),
  });
  const decimal = (max?: number, min?: number) => nf(`${min}-${max}`, digits(max, min));

  // What Intl resolves the calendar and the numbering to, read once, when first asked.
  let resolvedCalendar: string | undefined;
  let resolvedNumbering: string | undefined;
  f = {
    locale,
    get calendar() {
      return (resolvedCalendar ??= dtf('', {}).resolvedOptions().calendar);
    },
    get numbering() {
      return (resolvedNumbering ??= decimal().resolvedOptions().numberingSystem);
    },
    number: (v, o = {}) => decimal(o.maximumFractionDigits, o.minimumFractionDigits).format(v),
    integer: (v) => decimal(0).format(v),
    percent: (v, max, min) => nf(`% ${max} ${min}`, { style: 'percent', ...digits(max, min) }).format(v),
    delta: (v, o = {}) =>
      nf(`± ${o.percent} ${o.maximumFractionDigits}`, {
        style: o.percent ? 'percent' : 'decimal',
        signDisplay: 'exceptZero',
        ...digits(o.maximumFractionDigits),
      }).format(v),
    compact: (v) => nf('compact', { notation: 'compact' }).format(v),
    currency: (v, c, k) =>
      /^[a-z]{3}$/i.test(c)
        ? nf(`$ ${c} ${k}`, { style: 'currency', currency: c, notation: k ? 'compact' : 'standard' }).format(
            v,
          )
        : k
          ? f!.compact(v)
          : f!.number(v, digits(2)),
    duration: (ms) => {
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
      return cached(
        `t ${locale} ${nu}`,
        () =>
          // Chromium's DurationFormat ignores the numberingSystem option: the locale carries it.
          new Intl.DurationFormat(nu ? new Intl.Locale(locale, { numberingSystem: nu }).toString() : locale, {
            style: /^(fa|ar)(-|$)/i.test(locale) ? 'long' : 'short',
          }),
      ).format(parts);
    },
    date: (d, o) => (o ? dtf(JSON.stringify(o), o) : dtf('medium', { dateStyle: 'medium' })).format(d),
    plural: (n) => cached(`p ${locale}`, () => new Intl.PluralRules(locale)).select(n),
  };
  formatters.set(key, f);
  return f;
}
