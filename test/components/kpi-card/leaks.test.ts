// 1 000 create/remove cycles of <kpi-card> leave nothing behind (test/components/leaks.ts).
import { leakTest } from '../leaks.js';
import '../../../src/components/kpi-card/index.js';

leakTest('kpi-card', { metric: 'close-rate', src: '/__test__/fixture/deals' });
