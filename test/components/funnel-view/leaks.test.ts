// 1 000 create/remove cycles of <funnel-view> leave nothing behind (test/components/leaks.ts).
import { leakTest } from '../leaks.js';
import '../../../src/components/funnel-view/index.js';

leakTest('funnel-view', { src: '/__test__/fixture/funnel' });
