import { translate } from './messages.js';

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
  /** A fraction as a percentage: 0.0648 → "6.5%" (en), "۶٫۵٪" (fa); 1 fraction digit by default. */
  percent(fraction: number, maximumFractionDigits?: number): string;
  /**
   * A signed change: "+9.5", "−3" (with the locale's own minus), "0" without a sign. With
   * `percent: true` the value is a fraction like in `percent()` (0.012 → "+1.2%").
   */
  delta(value: number, options?: { maximumFractionDigits?: number; percent?: boolean }): string;
  /** A short compact number: 48210 → "48K" (en), "۴۸ هزار" (fa). */
  compact(value: number): string;
  /** A date, in UTC, this formatter's calendar and digits; default style `medium` ("Mar 20, 2024"). */
  date(date: Date | number, options?: Intl.DateTimeFormatOptions): string;
  /**
   * Label of the period starting at `start`, in this calendar: "Mar 2024", "Q1 2024" (message
   * `period.quarter`), "2024"; in Persian "فروردین ۱۴۰۳", "فصل ۱ ۱۴۰۳", "۱۴۰۳".
   */
  period(start: Date | number, granularity: 'month' | 'quarter' | 'year'): string;
  /** The plural category of a count in this locale (`one`, `few`, `other`…). */
  plural(count: number): Intl.LDMLPluralRule;
}

type Ctor<T> = new (locale: string, options: object) => T;

const intl = new Map<string, unknown>();
/** One Intl object per (kind, locale, options): they are costly to build and reused everywhere. */
const cached = <T>(C: Ctor<T>, locale: string, options: object): T => {
  const key = C.name + locale + JSON.stringify(options);
  let value = intl.get(key) as T | undefined;
  if (!value) intl.set(key, (value = new C(locale, options)));
  return value;
};

/** An Intl type name (`latn`, `islamic-umalqura`…), or undefined: a malformed attribute must not throw. */
const typeName = (v?: string | null): string | undefined =>
  v && /^[a-z\d]{3,8}(-[a-z\d]{3,8})*$/i.test(v) ? v.toLowerCase() : undefined;

const formatters = new Map<string, Formatter>();

/** The formatter for a locale with optional `numbering` and `calendar` overrides; memoized. */
export function getFormatter({ locale, numbering, calendar }: FormatterOptions): Formatter {
  const nu = typeName(numbering);
  const ca = typeName(calendar) ?? (/^fa(-|$)/i.test(locale) ? 'persian' : 'gregory');
  const key = [locale, nu, ca].join();
  let f = formatters.get(key);
  if (f) return f;

  const nf = (o: Intl.NumberFormatOptions = {}): Intl.NumberFormat =>
    cached(Intl.NumberFormat, locale, { numberingSystem: nu, signDisplay: 'negative', ...o });
  const dtf = (o: Intl.DateTimeFormatOptions, l = locale): Intl.DateTimeFormat =>
    cached(Intl.DateTimeFormat, l, { timeZone: 'UTC', calendar: ca, numberingSystem: nu, ...o });
  const digits = (max = 1, min = 0) => ({
    minimumFractionDigits: min,
    maximumFractionDigits: Math.max(max, min),
  });

  f = {
    locale,
    calendar: dtf({}).resolvedOptions().calendar,
    numbering: nf().resolvedOptions().numberingSystem,
    number: (v, o = {}) => nf(digits(o.maximumFractionDigits, o.minimumFractionDigits)).format(v),
    integer: (v) => nf(digits(0)).format(v),
    percent: (v, max) => nf({ style: 'percent', ...digits(max) }).format(v),
    delta: (v, o = {}) =>
      nf({
        style: o.percent ? 'percent' : 'decimal',
        signDisplay: 'exceptZero',
        ...digits(o.maximumFractionDigits),
      }).format(v),
    compact: (v) => nf({ notation: 'compact' }).format(v),
    date: (d, o) => dtf(o ?? { dateStyle: 'medium' }).format(d),
    period(start, g) {
      if (g == 'month') return dtf({ year: 'numeric', month: 'short' }).format(start);
      const year = dtf({ year: 'numeric' }).format(start);
      if (g == 'year') return year;
      // The month number in this calendar, read in Latin digits.
      const month = +dtf({ month: 'numeric', numberingSystem: 'latn' }, 'en').format(start);
      return translate(this, 'period.quarter', { quarter: Math.ceil(month / 3), year });
    },
    plural: (n) => cached(Intl.PluralRules, locale, {}).select(n),
  };
  formatters.set(key, f);
  return f;
}
