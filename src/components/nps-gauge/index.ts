import { define } from '../define.js';
import { NpsGauge } from './nps-gauge.js';

export { NpsGauge };

define('nps-gauge', NpsGauge);

declare global {
  interface HTMLElementTagNameMap {
    'nps-gauge': NpsGauge;
  }
}
