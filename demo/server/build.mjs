// Bundles the collector (demo/server/main.ts) and its tests (test/server/*.test.ts) with esbuild
// into demo/server/.build/ (git-ignored), so Node 20, which cannot run TypeScript, runs them
// without a compile step of tsc. Packages stay external: node_modules is resolved at run time.
import { readdirSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('../../', import.meta.url);
const tests = readdirSync(new URL('test/server/', root))
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => `test/server/${f}`);
const common = {
  absWorkingDir: root.pathname,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'warning',
};
await build({
  ...common,
  entryPoints: { collector: 'demo/server/main.ts' },
  outdir: 'demo/server/.build',
  outExtension: { '.js': '.mjs' },
});
await build({
  ...common,
  entryPoints: Object.fromEntries(tests.map((t) => [t.slice('test/server/'.length, -3), t])),
  outdir: 'demo/server/.build/tests',
  outExtension: { '.js': '.mjs' },
});
