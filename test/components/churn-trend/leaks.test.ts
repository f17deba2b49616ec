// 1 000 create/remove cycles of <churn-trend> leave nothing behind (test/components/leaks.ts).
import { leakTest } from '../leaks.js';
import '../../../src/components/churn-trend/index.js';

leakTest('churn-trend', { src: '/__test__/fixture/churn' });
