import { define } from '../define.js';
import { BreakdownBars } from './breakdown-bars.js';

export { BreakdownBars };
export type { BreakdownSelectDetail, BreakdownBarsInput, BreakdownBarsDataDetail } from './breakdown-bars.js';

define('breakdown-bars', BreakdownBars);

declare global {
  interface HTMLElementTagNameMap {
    'breakdown-bars': BreakdownBars;
  }
}
