// 1 000 create/remove cycles of <nps-survey> leave nothing behind (test/components/leaks.ts).
import { SURVEY, leakTest } from '../leaks.js';
import '../../../src/components/nps-survey/index.js';

leakTest('nps-survey', SURVEY);
