// Public API of the pure metrics layer: no DOM, no imports from outside src/metrics.
export { npsCategory, computeNps, compareNps } from './nps.js';
export type { NpsCategory, NpsCounts, NpsInput, NpsResult, NpsComparison } from './nps.js';
export { computeCes } from './ces.js';
export type { CesScale, CesOptions, CesResult } from './ces.js';
export { computeCsat } from './csat.js';
export type { CsatCounts, CsatInput, CsatResult } from './csat.js';
export { churnRate, retentionRate } from './churn.js';
export type { ChurnInput } from './churn.js';
export {
  periodKey,
  periodStart,
  nextPeriodStart,
  periodRange,
  periodStarts,
  periodStartOfKey,
  utcDate,
} from './periods.js';
export { movingAverage } from './series.js';
export type { Granularity, Calendar, DateInput, Period } from './periods.js';
export { churnSeries } from './churn-series.js';
export type { Customer, CustomerColumns, ChurnSeriesOptions, ChurnPeriod } from './churn-series.js';
export { epochMs, isoTime } from './validate.js';
export { computeFunnel, funnelConversion } from './funnel.js';
export type { FunnelStageInput, FunnelStage } from './funnel.js';
export {
  renewalRate,
  closeRate,
  conversionRate,
  customerAcquisitionCost,
  retentionCost,
  customerLifetimeValue,
  roi,
  marketingRoi,
  netNewRevenue,
  leadsBySource,
  outreachActivity,
} from './revenue.js';
export type { LeadSourceRow, ActivityRow, OutreachActivity } from './revenue.js';
export { firstResponseTime, resolutionTime, casesPerDay, relationshipLength } from './service.js';
export type { Ticket, DurationStats } from './service.js';
export {
  customerGrowth,
  revenuePerLead,
  costPerLead,
  averageDealSize,
  dealStats,
  salesCycleLength,
} from './sales.js';
export type { Deal, DealStats } from './sales.js';
export type { DurationSummary } from './stats.js';
export { breakdown, stackedBreakdown } from './breakdown.js';
export type { Breakdown, BreakdownOptions, BreakdownRow, StackedBreakdown, StackedRow } from './breakdown.js';
export {
  csatCategory,
  cesCategory,
  type SurveyKind,
  type CsatCategory,
  type CesCategory,
} from './categories.js';
