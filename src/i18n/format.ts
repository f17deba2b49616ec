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

type Cached =
  Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules | Intl.ListFormat | Intl.DurationFormat;
const intl = new Map<string, Cached>();
/**
 * One Intl object per key, made on first use and shared by every formatter and element on the page
 * (building one is costly; the first of a page costs most). The key names the locale and options.
 */
export const cached = <T extends Cached>(key: string, make: () => T): T => {
  let value = intl.get(key) as T | undefined;
  if (!value) intl.set(key, (value = make()));
  return value;
};

/** An Intl type name (`latn`, `islamic-umalqura`…), or undefined: a malformed attribute must not throw. */
const typeName = (v?: string | null): string | undefined =>
  v && /^[a-z\d]{3,8}(-[a-z\d]{3,8})*$/i.test(v) ? v.toLowerCase() : undefined;

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
    date: (d, o) => (o ? dtf(JSON.stringify(o), o) : dtf('medium', { dateStyle: 'medium' })).format(d),
    plural: (n) => cached(`p ${locale}`, () => new Intl.PluralRules(locale)).select(n),
  };
  formatters.set(key, f);
  return f;
}

/**
 * A list of names in the formatter's language, joined as it joins them: "Ads, Events and Email",
 * "Ads، Events و Email". A free function rather than a formatter method, so that only what lists
 * names carries it; its Intl.ListFormat is made once per locale and shared like the others.
 */
export const formatList = (format: Formatter, items: readonly string[]): string =>
  cached(`l ${format.locale}`, () => new Intl.ListFormat(format.locale)).format(items);
