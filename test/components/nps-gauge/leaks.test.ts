// 1 000 create/remove cycles of <nps-gauge> leave nothing behind (test/components/leaks.ts).
import { leakTest } from '../leaks.js';
import '../../../src/components/nps-gauge/index.js';

leakTest('nps-gauge', { src: '/__test__/fixture/nps' });
