// 1 000 create/remove cycles of <breakdown-bars> leave nothing behind (test/components/leaks.ts).
import { json, leakTest } from '../leaks.js';
import '../../../src/components/breakdown-bars/index.js';

leakTest('breakdown-bars', {
  src: json({
    items: [
      { label: 'Web', value: 12 },
      { label: 'Email', value: 7 },
    ],
  }),
});
