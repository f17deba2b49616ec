import { define } from '../define.js';
import { ChurnTrend } from './churn-trend.js';

export { ChurnTrend };
export type { ChurnTrendDataDetail } from './churn-trend.js';

define('churn-trend', ChurnTrend);

declare global {
  interface HTMLElementTagNameMap {
    'churn-trend': ChurnTrend;
  }
}
