// The collector as a Node process: configuration from the environment, the database opened and
// migrated (and seeded once), the Hono app served by @hono/node-server.
//
//   PORT (8080; 0 = any free port)  HOST (127.0.0.1)
//   DATABASE_URL         PostgreSQL (postgres://user:pass@host:5432/db); unset: SQLite
//   COLLECTOR_DB         the SQLite file (demo/data/collector.sqlite)
//   COLLECTOR_TOKEN      bearer token of /api/responses.csv; unset: that route refuses
//   CORS_ORIGINS         comma-separated origins allowed from browsers (`*`: any)
//   PUBLIC_AGGREGATES    0: the aggregate routes need the token too (default 1)
//   RATE_LIMIT, RATE_BURST  POSTs per minute per client (120; 0 = off) and the burst (30)
//   TRUST_PROXY          1: the client is the first X-Forwarded-For address
//   SEED                 0: do not seed an empty database
//   SEED_END             the day the seeded 24 months end (default: today, at the first start)
//   NOW                  pin the clock of the default ranges (ISO date-time; tests)
//   QUIET                1: no request log
//   STATIC_DIR           serve this folder's files outside /api/ (your own pages)
//
// `--demo` (what `npm start` passes): serves the demo's pages (demo/*.html, .css, .js, .png, and
// nothing under demo/server/ or demo/data/) and the built kit (dist/ as /kit/), and takes a free
// port when PORT is taken instead of failing.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import type { MiddlewareHandler } from 'hono';
import { createApp } from './app.js';
import { openStore } from './db.js';
import { seed } from './seed.js';

const env = process.env;
const flag = (v: string | undefined, fallback: boolean) =>
  v === undefined || v === '' ? fallback : !/^(0|false|no)$/i.test(v);
const int = (name: string, fallback: number) => {
  const v = env[name];
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`${name} must be a whole number ≥ 0`);
  return n;
};
const pinned = env.NOW ? Date.parse(env.NOW) : NaN;
if (env.NOW && pinned !== pinned) throw new Error('NOW must be an ISO date-time');
const now = pinned === pinned ? () => pinned : () => Date.now();
const quiet = flag(env.QUIET, false);
const demo = process.argv.includes('--demo');
// This file runs as demo/server/.build/collector.mjs: the repository is three folders up.
const root = fileURLToPath(new URL('../../../', import.meta.url));
if (demo && !existsSync(`${root}dist/crm-widgets.js`)) {
  console.error('dist/crm-widgets.js is missing: `npm start` builds it (vite build --mode bundle)');
  process.exit(1);
}

/** The demo's files: the pages at the top of demo/ and the built kit under /kit/; nothing else. */
function demoFiles(): MiddlewareHandler {
  const pages = serveStatic({ root: `${root}demo` });
  const kit = serveStatic({ root: `${root}dist`, rewriteRequestPath: (p) => p.slice('/kit'.length) });
  return (c, next) => {
    const path = c.req.path;
    if (/^\/kit\/[\w.-]+\.(js|map)$/.test(path)) return kit(c, next);
    if (/^\/([\w-]+\.(html|css|js|png|svg))?$/.test(path)) return pages(c, next);
    return next();
  };
}

const store = await openStore({
  databaseUrl: env.DATABASE_URL || undefined,
  sqlitePath: env.COLLECTOR_DB || fileURLToPath(new URL('../../data/collector.sqlite', import.meta.url)),
});
if (flag(env.SEED, true)) {
  const anchor = env.SEED_END ? Date.parse(env.SEED_END) : now();
  if (anchor !== anchor) throw new Error('SEED_END must be an ISO date');
  const t = performance.now();
  const counts = await seed(store.db, anchor);
  if (counts)
    console.log(
      `seeded ${Object.entries(counts)
        .map(([k, n]) => `${n} ${k}`)
        .join(', ')} in ${Math.round(performance.now() - t)} ms`,
    );
}

const app = createApp(store, {
  token: env.COLLECTOR_TOKEN || undefined,
  corsOrigins: (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
  publicAggregates: flag(env.PUBLIC_AGGREGATES, true),
  rateLimit: int('RATE_LIMIT', 120),
  rateBurst: int('RATE_BURST', 30),
  trustProxy: flag(env.TRUST_PROXY, false),
  maxBody: 16 * 1024,
  now,
  log: quiet ? () => {} : (line) => console.log(line),
  staticFiles: demo
    ? demoFiles()
    : env.STATIC_DIR
      ? serveStatic({ root: resolve(env.STATIC_DIR) })
      : undefined,
});

const port = int('PORT', 8080);
const hostname = env.HOST || '127.0.0.1';
const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
  const host = info.family == 'IPv6' ? `[${info.address}]` : info.address;
  const url = `http://${host}:${info.port}`;
  // Where the data is, never a password or the token.
  console.log(
    `collector listening on ${url} (${store.dialect}: ${store.where}; token ${env.COLLECTOR_TOKEN ? 'set' : 'not set'})`,
  );
  if (demo)
    console.log(
      [
        '',
        `  dashboard   ${url}/`,
        `  فارسی       ${url}/fa.html`,
        `  العربية     ${url}/ar.html`,
        `  survey page ${url}/marketing.html`,
        `  API         ${url}/api/nps  (see README, "The collector")`,
        '',
      ].join('\n'),
    );
});
let retried = false;
server.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code == 'EADDRINUSE' && demo && !retried) {
    // The demo takes any free port rather than failing; a deployed collector never moves.
    retried = true;
    console.log(`port ${port} is taken: using a free port instead`);
    server.listen(0, hostname);
    return;
  }
  console.error(e.code == 'EADDRINUSE' ? `port ${port} is taken: set PORT (0 = any free port)` : e.message);
  process.exit(1);
});
const stop = () => {
  server.close();
  void store.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
