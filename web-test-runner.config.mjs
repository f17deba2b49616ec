// Every test runs in real headless Chromium (an installed one; see test/tools/chrome.mjs).
//   npm run test:browser  the source tests: test/**/*.test.ts, TypeScript through esbuild
//   npm run test:dist     (WTR_DIST=1) the smoke test of what ships: dist/crm-widgets.js loaded as
//                         a browser would load it, with no bare-import resolution to hide a broken build
//   FONTCONFIG_FILE=test/fixtures/fonts-noto.conf  either of them under other fonts (npm run test:fonts)
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';
import { chromeArgs, findChrome } from './test/tools/chrome.mjs';
import { testServer } from './test/tools/test-server.mjs';
import { axTreePlugin } from './test/tools/ax-tree.mjs';
import { heapPlugin } from './test/tools/heap.mjs';
import { fontconfigFile, platformFontsPlugin } from './test/tools/fonts.mjs';

const executablePath = findChrome();
const dist = process.env.WTR_DIST === '1';
const fonts = fontconfigFile();

export default {
  // test/server/ holds the collector's Node tests (npm run test:server), not browser tests.
  files: dist ? ['test/dist/**/*.test.js'] : ['test/**/*.test.ts', '!test/server/**'],
  nodeResolve: !dist,
  rootDir: '.',
  concurrency: 2,
  middleware: [testServer],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: chromeArgs },
      // Each test file gets its own browser context, so its page is visible and focused: pages
      // sharing one window leave the background one without animation frames, ResizeObserver
      // reports or hit-testing, and its tests hang or misbehave.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
  plugins: dist
    ? []
    : [
        // The browser's accessibility tree, for tests of what a screen reader meets.
        axTreePlugin(),
        // The page's heap after a garbage collection, and its DOM counters (the leak tests).
        heapPlugin(),
        // The fonts Chromium really drew a node with (test/tools/fonts.test.ts).
        platformFontsPlugin(fonts),
        esbuildPlugin({
          ts: true,
          target: 'es2022',
          tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
        }),
      ],
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
};
