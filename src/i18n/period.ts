import { periodKey, type Granularity } from '../metrics/index.js';
import type { Formatter } from './format.js';
import { defineMessages, translate } from './messages.js';

/**
 * Label of the period starting at `start`, in the formatter's calendar, digits and language:
 * "Mar 5, 2024" (day), "Week 10, 2024" (week), "Mar 2024", "Q1 2024", "2024"; in Persian
 * "۱۵ اسفند ۱۴۰۲", "هفتهٔ ۱۰، ۱۴۰۳", "فروردین ۱۴۰۳", "فصل اول ۱۴۰۳", "۱۴۰۳"; in Arabic
 * "الربع الأول 2024". `short` leaves the year out of a day, week, month or quarter ("Mar 5" for a
 * day and for the first day of a week, "Mar", "Q1", "فصل اول") and the era out of a year
 * ("1403", not "1403 AP"), for an axis that shows the year apart. A week is numbered as
 * `periodKey` numbers it (ISO 8601; Persian weeks from Saturday) and named by the message
 * `period.week` with the year of its middle day (its week-year). A quarter is named by the
 * message `period.q` (the four names, `|`-separated, or one with a `{quarter}` number) and put
 * before its year by `period.quarter`. Apart from the formatter, so that only what names periods
 * carries it.
 */
export function periodLabel(
  format: Formatter,
  start: Date | number,
  granularity: Granularity,
  short?: boolean,
): string {
  const year = (t = start) => format.date(t, { year: 'numeric' });
  // The year's number alone: its first run of digits, whatever their script.
  if (granularity == 'year') return short ? year().match(/\p{Nd}+/u)![0] : year();
  if (granularity == 'month')
    return format.date(start, short ? { month: 'short' } : { year: 'numeric', month: 'short' });
  if (granularity == 'day' || (short && granularity == 'week'))
    return format.date(start, { year: short ? undefined : 'numeric', month: 'short', day: 'numeric' });
  if (granularity == 'week')
    return translate(format, 'period.week', {
      week: +periodKey(start, 'week', format.calendar == 'persian' ? 'persian' : 'gregory').slice(-2),
      year: year(+start + 2592e5),
    });
  // The quarter from the month number in this calendar, read in Latin digits.
  const quarter = Math.ceil(+format.date(start, { month: 'numeric', numberingSystem: 'latn' }) / 3);
  const names = translate(format, 'period.q', { quarter }).split('|');
  const name = names[quarter - 1] ?? names[0]!;
  return short ? name : translate(format, 'period.quarter', { quarter: name, year: year() });
}

// Quarters are named by ordinal words in Persian and Arabic, as their business and statistics
// texts write them ("فصل چهارم ۱۴۰۴", "الربع الرابع 2025"): a quarter number beside the year's
// digits ("فصل ۴ ۱۴۰۴") reads as one number. `period.quarter` puts the name before the year; a
// comma keeps a week's number apart from its year.
defineMessages({
  en: {
    'period.q': 'Q{quarter}',
    'period.quarter': '{quarter} {year}',
    'period.week': 'Week {week}, {year}',
  },
  fa: { 'period.q': 'فصل اول|فصل دوم|فصل سوم|فصل چهارم', 'period.week': 'هفتهٔ {week}، {year}' },
  ar: {
    'period.q': 'الربع الأول|الربع الثاني|الربع الثالث|الربع الرابع',
    'period.week': 'الأسبوع {week}، {year}',
  },
});
