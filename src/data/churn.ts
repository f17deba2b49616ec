// Any <churn-trend> input as one time series: per-period counts, ready rates, or customer records
// bucketed with churnSeries. Composition only: every number comes from src/metrics.
import { churnRate, churnSeries, periodStartOfKey, utcDate } from '../metrics/index.js';
import type { Calendar, Granularity } from '../metrics/index.js';
import type { ChurnData } from './schemas.js';

/** One point of a churn series: its time (epoch ms, UTC), churn rate and, when known, the counts. */
export interface TrendPoint {
  t: number;
  churn: number | null;
  /** Period key (`2024-03`, `1403-01`…) when the input was per period or raw customers. */
  period?: string;
  counts?: { atStart: number; lost: number; new?: number; atEnd?: number };
}

/** The series, sorted by time, with the granularity and calendar its periods use. */
export interface Trend {
  granularity: Granularity;
  calendar: Calendar;
  points: TrendPoint[];
}

/**
 * `ChurnData` as a time series. Per-period points are placed at their period's first day (keys
 * in the data's calendar); rates at their date; customer records are bucketed by `churnSeries`
 * into the data's granularity and calendar, else the element's (`fallback`).
 */
export function churnTrend(
  data: ChurnData,
  fallback: { granularity: Granularity; calendar: Calendar },
): Trend {
  const granularity = data.granularity ?? fallback.granularity;
  // Period keys without a calendar are Gregorian; records and dates take the element's calendar.
  const keyed = 'points' in data && !!data.points[0] && 'period' in data.points[0];
  const calendar = data.calendar ?? (keyed ? 'gregory' : fallback.calendar);
  let points: TrendPoint[];
  if ('customers' in data) {
    points = churnSeries(data.customers, { granularity, calendar }).map((p) => ({
      t: Date.parse(p.start),
      churn: p.churnRate,
      period: p.period,
      counts: {
        atStart: p.customersAtStart,
        lost: p.customersLost,
        new: p.newCustomers,
        atEnd: p.customersAtEnd,
      },
    }));
  } else if (data.points.length && 'period' in data.points[0]!) {
    points = (data.points as { period: string; customersAtStart: number; customersLost: number }[]).map(
      (p) => ({
        t: periodStartOfKey(p.period, granularity, calendar).getTime(),
        churn: churnRate(p),
        period: p.period,
        counts: { atStart: p.customersAtStart, lost: p.customersLost },
      }),
    );
  } else {
    points = (data.points as { date: string; rate: number }[]).map((p) => ({
      t: utcDate(p.date).getTime(),
      churn: p.rate,
    }));
  }
  return { granularity, calendar, points: points.sort((a, b) => a.t - b.t) };
}
