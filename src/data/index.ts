// Public API of the data layer: input schemas, the survey payload schema, the loader.
export {
  npsInputSchema,
  funnelStageSchema,
  funnelInputSchema,
  funnelObjectSchema,
  wrapStages,
  churnInputSchema,
  churnPeriodsSchema,
  churnRatesSchema,
  churnCustomersSchema,
  churnColumnsSchema,
  churnInput,
  npsResponseSchema,
  surveyResponseSchema,
  surveyFieldsSchema,
  surveyCategory,
  SURVEY_SCALES,
  npsInput,
  funnelStages,
} from './schemas.js';
export type { NpsData, NpsShape, FunnelData, FunnelStageData, ChurnData, NpsResponse } from './schemas.js';
export type { SurveyResponse, SurveyScale } from './schemas.js';
export { formatIssues, formatPath, listIssues } from './issues.js';
export type { DataIssue } from './issues.js';
export { DataController } from './loader.js';
export type {
  LoadState,
  CrmErrorKind,
  CrmErrorDetail,
  CrmDataDetail,
  DataSource,
  DataHost,
  DataControllerOptions,
  Validator,
} from './loader.js';
export { churnTrend, MAX_PERIODS } from './churn.js';
export type { ChurnColumns, ColumnIssue, PeriodColumns, RateColumns, Trend } from './churn.js';
export {
  enqueue,
  flushOutbox,
  onOutboxReport,
  outboxEntries,
  startOutbox,
  OUTBOX_KEY,
  OUTBOX_LIMIT,
} from './outbox.js';
export type { OutboxItem, OutboxEntry, OutboxReport } from './outbox.js';
export { kpiMetrics, kpiSchemas, kpiValueSchema, kpiInput, inputKind, targetValue } from './kpi.js';
export type { KpiKind, KpiMetric, KpiResult, KpiInput, KpiView } from './kpi.js';
export { isoDuration } from './duration.js';
export {
  breakdownItemsSchema,
  breakdownStackedSchema,
  breakdownRecordsSchema,
  breakdownInputSchema,
  breakdownInput,
} from './breakdown.js';
export type { BreakdownData, BreakdownItem, BreakdownRecord, StackedItem } from './breakdown.js';
