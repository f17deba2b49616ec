// A real HTTP test server inside @web/test-runner's dev server (Koa middleware), so the loader is
// tested against real requests, real status codes, real delays and real aborts: no fetch mocks.
// Every route lives under /__test__/; `id=<random>` isolates a test's state (counts, sequences).
//
//   /__test__/json?body=<text>        answers <text> as application/json (any text: invalid JSON too)
//   /__test__/fixture/<name>          answers a named fixture (funnel, empty-funnel, nps, churn, tickets, deals,
//                                     responses)
//   /__test__/seq?steps=<json array>  request n answers step n (the last step repeats); a step is
//                                     { body?: any JSON, raw?: text, status?, ms?, etag? }
//   /__test__/bytes?n=<N>&body=<json>&length=1  <json> padded with spaces to exactly N bytes (n may be
//                                     a JSON array: request i gets size i, the last repeating), written
//                                     in 64 KiB chunks only as fast as the client reads them: chunked,
//                                     or with a Content-Length when length=1; `stats` counts in
//                                     `written` the bytes the client let it write before it stopped
//   /__test__/stats?id=               what the server saw for that id (see `stats` below)
//   /__test__/collect?steps=<json array>  a survey collector: records each request's method,
//                                     content type and JSON body (see `stats`), then answers like
//                                     seq; a step may also be { drop: true } (the connection is cut
//                                     before any answer: a network error) or { retryAfter: <s> }
//   /__test__/store?id=&hold=1        an upserting survey server: keeps, per response id, the body
//                                     with the highest revision (`ON CONFLICT (id) DO UPDATE …
//                                     WHERE excluded.revision > responses.revision`), and beside
//                                     it what an upsert by id alone would hold; with hold=1 the
//                                     first request is held (the client times out) and committed
//                                     only after a later request has committed (at most 10 s);
//                                     with chaos=<seed> 30 % of requests fail (500, 503 with
//                                     Retry-After, a cut connection, or an answer `slow` ms late
//                                     that still commits), drawn per request from the seed
//   /__test__/stored?id=              what that store holds: { requests, commits: [{ id, revision,
//                                     comment }] in commit order, rows, byIdOnly, failures }
//   /__test__/survey.html?attrs=<json object>&tag=  a page with one <nps-survey> (or <tag>: csat-survey,
//                                     ces-survey) carrying those attributes
//                                     (the element's module transpiled by the runner), for tests that
//                                     load, leave and reload a page in an iframe
//   /__test__/tt.html?policy=<names>&id=  a page under issue 17's strict policy (STRICT below) closed by
//                                     `trusted-types <names>` that loads /test/components/trusted-types-fixture.ts:
//                                     every element, the charts fetching fixture routes (stats id
//                                     `<id>-<tag>`), the three surveys posting to collector routes
//                                     (ids `<id>`, `<id>-csat`, `<id>-ces`)
//   /__test__/ls?dir=<folder>         the names of the files in that folder of the repository (e.g.
//                                     stories): test/stories/catalogue.test.ts checks that every
//                                     stories file has its story tests
//   /__test__/csp.html?src=<url>&gauge=<url>&survey=<url>  a page under a strict Content-Security-Policy that
//                                     loads /test/data/csp-fixture.ts (transpiled by the runner)
//                                     with a fixture host and an <nps-gauge> fetching those URLs
// Options of json, fixture and seq: status=<code> (default 200), ms=<delay>, etag=1 (answer with an
// ETag of the body; a matching If-None-Match gets 304).

import { readdirSync } from 'node:fs';
import { mulberry32 } from './prng.js';

/** @type {Record<string, unknown>} */
const fixtures = {
  funnel: {
    stages: [
      { label: 'Visits', value: 1200 },
      { label: 'Leads', value: 300 },
      { label: 'Customers', value: 42 },
    ],
  },
  'empty-funnel': { stages: [] },
  breakdown: {
    items: [
      { label: 'Web', value: 500 },
      { label: 'Ads', value: 300 },
    ],
  },
  // <kpi-card metric="cac">: 125 000 spent on 410 new customers.
  cac: { spend: 125000, newCustomers: 410 },
  nps: { promoters: 60, passives: 25, detractors: 15 },
  churn: { granularity: 'month', points: [{ period: '2024-01', customersAtStart: 100, customersLost: 4 }] },
  // <kpi-card>: first responses after 1, 2 and 6 hours (median 2 h; 2 of 3 within 4 h), one ticket
  // resolved after 1 day; deals: 1 won of 4 decided (close rate 25%), won after 14 days.
  tickets: {
    tickets: [
      {
        opened: '2025-03-01T08:00:00Z',
        firstResponse: '2025-03-01T09:00:00Z',
        resolved: '2025-03-02T08:00:00Z',
      },
      { opened: '2025-03-01T08:00:00Z', firstResponse: '2025-03-01T10:00:00Z' },
      { opened: '2025-03-02T08:00:00Z', firstResponse: '2025-03-02T14:00:00Z' },
    ],
  },
  deals: {
    deals: [
      { created: '2025-07-01', closed: '2025-07-15', won: true, amount: 5000 },
      { created: '2025-07-01', closed: '2025-07-20', won: false },
      { created: '2025-07-02', closed: '2025-08-01', won: false },
      { created: '2025-07-03', closed: '2025-09-01', won: false },
    ],
  },
  // <kpi-card>: what the three surveys collected, mixed. NPS (two bodies of before issue 14 have
  // no kind): 10, 9, 7, 3 → NPS 25; CSAT 5, 4, 4, 3, 2 → 3 of 5 satisfied, 60%; CES on 1–7:
  // 7, 7, 6, 4 → mean 6, 3 of 4 easy.
  responses: {
    responses: [
      { id: 'r1', score: 10, category: 'promoter' },
      { id: 'r2', kind: 'csat', scale: '1-5', score: 5, comment: 'Quick and kind' },
      { id: 'r3', kind: 'ces', scale: '1-7', score: 7 },
      { id: 'r4', score: 3, category: 'detractor' },
      { id: 'r5', kind: 'csat', scale: '1-5', score: 4 },
      { id: 'r6', kind: 'nps', scale: '0-10', score: 9 },
      { id: 'r7', kind: 'ces', scale: '1-7', score: 7 },
      { id: 'r8', kind: 'csat', scale: '1-5', score: 4 },
      { id: 'r9', kind: 'ces', scale: '1-7', score: 6 },
      { id: 'r10', kind: 'csat', scale: '1-5', score: 3 },
      { id: 'r11', kind: 'nps', scale: '0-10', score: 7 },
      { id: 'r12', kind: 'csat', scale: '1-5', score: 2 },
      { id: 'r13', kind: 'ces', scale: '1-7', score: 4 },
    ],
  },
};

/** The policy of /__test__/csp.html: what a strict host page would send. */
export const CSP = "default-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/**
 * The policy of /__test__/tt.html (issue 17's strict page, word for word), closed by
 * `trusted-types <names>`: every fetch, script and style from the page's own origin only.
 */
export const STRICT =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; require-trusted-types-for 'script'";

/**
 * @typedef {{ requests: number, finished: number, notModified: number, aborted: number,
 *   ifNoneMatch: (string | null)[], accept: (string | null)[], cookie: (string | null)[],
 *   methods: string[], types: (string | null)[], bodies: unknown[], statuses: number[], written: number }} Stats
 */
/** @type {Map<string, Stats>} */
const stats = new Map();
const statsOf = (/** @type {string} */ id) => {
  let s = stats.get(id);
  if (!s)
    stats.set(
      id,
      (s = {
        requests: 0,
        finished: 0,
        notModified: 0,
        aborted: 0,
        ifNoneMatch: [],
        accept: [],
        cookie: [],
        methods: [],
        types: [],
        bodies: [],
        statuses: [],
        written: 0,
      }),
    );
  return s;
};

const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));

// A small stable hash of the body, as the ETag.
const etagOf = (/** @type {string} */ text) => {
  let h = 5381;
  for (let i = 0; i < text.length; i++) h = (h * 33) ^ text.charCodeAt(i);
  return `"${(h >>> 0).toString(36)}-${text.length}"`;
};

const attr = (/** @type {string} */ v) => v.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);

// The fixture host and a real <nps-gauge> (tokens, i18n, loader, needle set through CSSOM), both
// loading their data from `src` URLs, in Persian so the locale layer is exercised too, and a real
// <nps-survey> in popover mode posting to `survey` (a collector route).
const page = (
  /** @type {string} */ src,
  /** @type {string} */ gauge,
  /** @type {string} */ survey,
) => `<!doctype html>
<html lang="fa" dir="rtl">
  <head>
    <meta charset="utf-8" />
    <title>CSP fixture</title>
    <script type="module" src="/test/data/csp-fixture.ts"></script>
  </head>
  <body>
    <csp-fixture-host src="${attr(src)}"></csp-fixture-host>
    <nps-gauge src="${attr(gauge)}"></nps-gauge>
    <nps-survey mode="popover" throttle-days="0" min-answer-time="0" action="${attr(survey)}"></nps-survey>
  </body>
</html>
`;

// Every element under Trusted Types and the strict policy (test/components/trusted-types.test.ts):
// the fixture imports the kit (src/bundle.ts, what dist/crm-widgets.js is built from) and reports to
// its parent. Every chart fetches its data from a same-origin fixture route (`id`-<tag> in stats),
// every survey posts to a same-origin collector (`id`, `id`-csat, `id`-ces) answering 201.
const ttPage = (/** @type {string} */ id) => {
  const src = (/** @type {string} */ name, /** @type {string} */ tag) =>
    `/__test__/fixture/${name}?id=${attr(encodeURIComponent(`${id}-${tag}`))}`;
  const action = (/** @type {string} */ key) =>
    `/__test__/collect?id=${attr(encodeURIComponent(key))}&amp;steps=%5B%7B%22status%22%3A201%7D%5D`;
  return `<!doctype html>
<html lang="fa" dir="rtl">
  <head>
    <meta charset="utf-8" />
    <title>Trusted Types fixture</title>
    <script type="module" src="/test/components/trusted-types-fixture.ts"></script>
  </head>
  <body>
    <nps-gauge src="${src('nps', 'nps-gauge')}"></nps-gauge>
    <funnel-view src="${src('funnel', 'funnel-view')}"></funnel-view>
    <churn-trend src="${src('churn', 'churn-trend')}"></churn-trend>
    <breakdown-bars src="${src('breakdown', 'breakdown-bars')}"></breakdown-bars>
    <kpi-card metric="cac" src="${src('cac', 'kpi-card')}"></kpi-card>
    <nps-survey mode="popover" throttle-days="0" min-answer-time="0" action="${action(id)}"></nps-survey>
    <csat-survey throttle-days="0" min-answer-time="0" action="${action(`${id}-csat`)}"></csat-survey>
    <ces-survey throttle-days="0" min-answer-time="0" action="${action(`${id}-ces`)}"></ces-survey>
  </body>
</html>
`;
};

// One survey (<nps-survey>, or `tag`: csat-survey, ces-survey) with the given attributes, for iframe
// tests of leaving and reloading a page.
const surveyPage = (/** @type {Record<string, string>} */ attrs, tag = 'nps-survey') => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Survey fixture</title>
    <script type="module" src="/src/components/${tag}/index.ts"></script>
  </head>
  <body>
    <${tag} ${Object.entries(attrs)
      .map(([k, v]) => `${k}="${attr(String(v))}"`)
      .join(' ')}></${tag}>
  </body>
</html>
`;

/**
 * @typedef {{ requests: number, commits: { id: unknown, revision: unknown, comment: unknown }[],
 *   rows: Record<string, any>, byIdOnly: Record<string, unknown>, waiting: (() => void)[],
 *   failures: number[], random?: () => number }} Store
 */
/** @type {Map<string, Store>} */
const stores = new Map();
const storeOf = (/** @type {string} */ id) => {
  let s = stores.get(id);
  if (!s)
    stores.set(id, (s = { requests: 0, commits: [], rows: {}, byIdOnly: {}, waiting: [], failures: [] }));
  return s;
};

/** Commits one body: the revision rule, and (for comparison) the upsert by id alone. */
const commit = (/** @type {Store} */ s, /** @type {any} */ body) => {
  const key = String(body?.id);
  s.commits.push({ id: body?.id, revision: body?.revision, comment: body?.comment ?? null });
  s.byIdOnly[key] = body;
  const old = s.rows[key];
  if (!old || body?.revision > old.revision) s.rows[key] = body;
  for (const release of s.waiting.splice(0)) release();
};

/** The raw body of a request. */
const bodyOf = (/** @type {import('koa').Context} */ ctx) =>
  new Promise((resolve) => {
    let text = '';
    ctx.req.setEncoding('utf8');
    ctx.req.on('data', (chunk) => (text += chunk));
    ctx.req.on('end', () => resolve(text));
  });

/**
 * Koa middleware for @web/test-runner's `middleware` option: answers /__test__/ routes, passes the rest on.
 * @param {import('koa').Context} ctx
 * @param {() => Promise<unknown>} next
 */
export async function testServer(ctx, next) {
  if (!ctx.path.startsWith('/__test__/')) return next();
  const route = ctx.path.slice('/__test__/'.length);
  const q = /** @type {Record<string, string | undefined>} */ (ctx.query);
  const id = q.id ?? '';
  ctx.set('cache-control', 'no-store');

  if (route === 'stats') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(statsOf(id));
    return;
  }
  if (route === 'ls') {
    const dir = q.dir ?? '';
    if (!/^[\w-]+(\/[\w-]+)*$/.test(dir)) {
      ctx.status = 400;
      return;
    }
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(readdirSync(new URL(`../../${dir}/`, import.meta.url)).sort());
    return;
  }
  if (route === 'csp.html') {
    ctx.set('content-security-policy', CSP);
    ctx.type = 'text/html';
    ctx.body = page(
      q.src ?? '/__test__/fixture/funnel',
      q.gauge ?? '/__test__/fixture/nps',
      q.survey ?? '/__test__/collect?id=csp&steps=%5B%7B%22status%22%3A201%7D%5D',
    );
    return;
  }

  if (route === 'tt.html') {
    ctx.set('content-security-policy', `${STRICT}; trusted-types ${q.policy ?? 'lit-html'}`);
    ctx.type = 'text/html';
    ctx.body = ttPage(id);
    return;
  }

  if (route === 'store') {
    const s = storeOf(id);
    const n = s.requests++;
    let body;
    try {
      body = JSON.parse(String(await bodyOf(ctx)));
    } catch {
      body = null;
    }
    // The slow first request: its transaction finishes only after a later one has committed.
    if (q.hold && n === 0) await Promise.race([new Promise((r) => s.waiting.push(() => r(0))), sleep(10000)]);
    // chaos=<seed>: 30 % of requests fail, drawn per request from a seeded generator: a 500 and a
    // 503 with Retry-After (nothing stored), a connection cut before any answer (nothing stored),
    // and an answer slower than the client waits (`slow` ms), stored when it finally completes:
    // the late commit of a body the client has already given up on.
    if (q.chaos) {
      s.random ??= mulberry32(Number(q.chaos));
      const r = s.random();
      if (r < 0.3) s.failures.push(r < 0.075 ? 500 : r < 0.15 ? 503 : r < 0.225 ? 0 : -1);
      if (r < 0.15) {
        if (r >= 0.075) ctx.set('retry-after', '1');
        ctx.status = r < 0.075 ? 500 : 503;
        ctx.body = '{}';
        return;
      }
      if (r < 0.225) {
        ctx.req.socket.destroy();
        ctx.respond = false;
        return;
      }
      if (r < 0.3) await sleep(Number(q.slow ?? 1500));
    }
    commit(s, body);
    ctx.type = 'application/json';
    ctx.status = 201;
    ctx.body = '{}';
    return;
  }
  if (route === 'stored') {
    const { waiting, ...rest } = storeOf(id);
    ctx.type = 'application/json';
    // JSON leaves out the chaos generator (a function) by itself.
    ctx.body = JSON.stringify({ ...rest, waiting: waiting.length });
    return;
  }

  if (route === 'survey.html') {
    ctx.type = 'text/html';
    const tag = /^(nps|csat|ces)-survey$/.test(q.tag ?? '') ? q.tag : undefined;
    ctx.body = surveyPage(JSON.parse(q.attrs ?? '{}'), tag);
    return;
  }

  const s = statsOf(id);
  const n = s.requests++;
  s.ifNoneMatch.push(ctx.get('if-none-match') || null);
  s.accept.push(ctx.get('accept') || null);
  s.cookie.push(ctx.get('cookie') || null);
  // The client gave up (AbortController, timeout, page gone) before the answer was sent.
  ctx.res.on('close', () => (ctx.res.writableFinished ? s.finished++ : s.aborted++));

  if (route === 'bytes') {
    const body = Buffer.from(q.body ?? '{}');
    const sizes = [JSON.parse(q.n ?? String(body.length))].flat();
    const size = Number(sizes[Math.min(n, sizes.length - 1)]);
    const res = ctx.res;
    ctx.respond = false;
    res.writeHead(200, {
      'content-type': 'application/json',
      ...(q.length ? { 'content-length': String(size) } : {}),
    });
    let closed = false;
    let wake = () => {};
    res.on('drain', () => wake());
    res.on('close', () => {
      closed = true;
      wake();
    });
    /** Writes one chunk and waits until the client has taken it (or gone). */
    const write = async (/** @type {Buffer} */ buf) => {
      s.written += buf.length;
      if (!res.write(buf) && !closed) await new Promise((resolve) => (wake = () => resolve(undefined)));
    };
    const pad = Buffer.alloc(65536, 0x20);
    await write(body.subarray(0, size));
    for (let left = size - body.length; left > 0 && !closed; left -= pad.length)
      await write(left < pad.length ? pad.subarray(0, left) : pad);
    if (!closed) res.end();
    return;
  }

  /** @type {{ body?: unknown, raw?: string, status?: number | string, ms?: number | string, etag?: unknown, drop?: boolean, retryAfter?: number }} */
  let step;
  if (route === 'json') step = { raw: q.body ?? 'null' };
  else if (route.startsWith('fixture/') && route.slice(8) in fixtures)
    step = { body: fixtures[route.slice(8)] };
  else if (route === 'seq' || route === 'collect') {
    const steps = JSON.parse(q.steps ?? '[]');
    step = steps[Math.min(n, steps.length - 1)] ?? {};
  } else step = { status: 404, body: { error: `no test route ${route}` } };
  const status = Number(step.status ?? q.status ?? 200);
  const ms = Number(step.ms ?? q.ms ?? 0);
  const text = step.raw ?? JSON.stringify(step.body ?? { error: `status ${status}` });

  if (route === 'collect') {
    const raw = await bodyOf(ctx);
    s.methods.push(ctx.method);
    s.types.push(ctx.get('content-type') || null);
    let body;
    try {
      body = JSON.parse(String(raw));
    } catch {
      body = raw;
    }
    s.bodies.push(body);
    s.statuses.push(step.drop ? 0 : status);
  }
  if (ms > 0) await sleep(ms);
  if (step.drop) {
    ctx.req.socket.destroy();
    ctx.respond = false;
    return;
  }
  if (step.retryAfter) ctx.set('retry-after', String(step.retryAfter));
  ctx.type = 'application/json';
  if (step.etag ?? q.etag) {
    const etag = etagOf(text);
    ctx.set('etag', etag);
    if (ctx.get('if-none-match') === etag) {
      s.notModified++;
      ctx.status = 304;
      return;
    }
  }
  ctx.status = status;
  ctx.body = text;
}
