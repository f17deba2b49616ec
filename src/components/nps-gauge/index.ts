import { define } from '../define.js';
import { NpsGauge } from './nps-gauge.js';

export { NpsGauge };
export type { NpsGaugeDataDetail } from './nps-gauge.js';

define('nps-gauge', NpsGauge);

declare global {
  interface HTMLElementTagNameMap {
    'nps-gauge': NpsGauge;
  }
}
