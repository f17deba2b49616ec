// 1 000 create/remove cycles of <ces-survey> leave nothing behind (test/components/leaks.ts).
import { SURVEY, leakTest } from '../leaks.js';
import '../../../src/components/ces-survey/index.js';

leakTest('ces-survey', SURVEY);
