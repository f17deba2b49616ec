// 1 000 create/remove cycles of <csat-survey> leave nothing behind (test/components/leaks.ts).
import { SURVEY, leakTest } from '../leaks.js';
import '../../../src/components/csat-survey/index.js';

leakTest('csat-survey', SURVEY);
