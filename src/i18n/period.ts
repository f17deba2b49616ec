import type { Formatter } from './format.js';
import { defineMessages, translate } from './messages.js';

/**
 * Label of the period starting at `start`, in the formatter's calendar, digits and language:
 * "Mar 2024", "Q1 2024", "2024"; in Persian "فروردین ۱۴۰۳", "فصل اول ۱۴۰۳", "۱۴۰۳"; in Arabic
 * "الربع الأول 2024". `short` leaves the year out of a month or quarter ("Mar", "Q1",
 * "فصل اول") and the era out of a year ("1403", not "1403 AP"), for an axis that shows the year
 * apart. A quarter is named by the message `period.q` (the four names, `|`-separated, or one
 * with a `{quarter}` number) and put before its year by `period.quarter`. Apart from the
 * formatter, so that only what names periods carries it.
 */
export function periodLabel(
  format: Formatter,
  start: Date | number,
  granularity: 'month' | 'quarter' | 'year',
  short?: boolean,
): string {
  const year = () => format.date(start, { year: 'numeric' });
  // The year's number alone: its first run of digits, whatever their script.
  if (granularity == 'year') return short ? year().match(/\p{Nd}+/u)![0] : year();
  if (granularity == 'month')
    return format.date(start, short ? { month: 'short' } : { year: 'numeric', month: 'short' });
  // The quarter from the month number in this calendar, read in Latin digits.
  const quarter = Math.ceil(+format.date(start, { month: 'numeric', numberingSystem: 'latn' }) / 3);
  const names = translate(format, 'period.q', { quarter }).split('|');
  const name = names[quarter - 1] ?? names[0]!;
  return short ? name : translate(format, 'period.quarter', { quarter: name, year: year() });
}

// Quarters are named by ordinal words in Persian and Arabic, as their business and statistics
// texts write them ("فصل چهارم ۱۴۰۴", "الربع الرابع 2025"): a quarter number beside the year's
// digits ("فصل ۴ ۱۴۰۴") reads as one number. `period.quarter` puts the name before the year.
defineMessages({
  en: { 'period.q': 'Q{quarter}', 'period.quarter': '{quarter} {year}' },
  fa: { 'period.q': 'فصل اول|فصل دوم|فصل سوم|فصل چهارم' },
  ar: { 'period.q': 'الربع الأول|الربع الثاني|الربع الثالث|الربع الرابع' },
});
