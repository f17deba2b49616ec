// The collector's API against the real server and a real database (SQLite, or PostgreSQL when
// DATABASE_URL is set): status codes, one row per id, revisions, the CSV export, ETags, CORS, the
// rate limit, and every aggregate route's body checked with its element's own schema.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { breakdownInputSchema } from '../../src/data/breakdown.js';
import { kpiInput, kpiMetrics, kpiSchemas } from '../../src/data/kpi.js';
import { churnInputSchema, funnelInputSchema, npsInputSchema } from '../../src/data/schemas.js';
import { parseCsv } from '../../demo/server/csv.js';
import {
  COLLECTOR,
  freshDatabase,
  npsBody,
  post,
  startCollector,
  usingPostgres,
  uuid,
  type Collector,
  type FreshDatabase,
} from './harness.js';

const TOKEN = 'test-token-5d1c';
const ORIGIN = 'https://shop.example';
const auth = { authorization: `Bearer ${TOKEN}` };

let db: FreshDatabase;
let api: Collector;
/** A second collector on the same database: no token, a small rate limit, aggregates not public. */
let limited: Collector;

const site = mkdtempSync(join(tmpdir(), 'collector-site-'));
writeFileSync(join(site, 'index.html'), '<!doctype html><title>demo</title>');
writeFileSync(join(site, 'app.js'), 'export {};');

before(async () => {
  db = await freshDatabase();
  api = await startCollector({
    ...db.env,
    COLLECTOR_TOKEN: TOKEN,
    CORS_ORIGINS: `${ORIGIN}, https://intranet.example`,
    SEED_END: '2025-01-31',
    NOW: '2025-01-31T12:00:00Z',
    RATE_LIMIT: '0',
    // The request log on, to check what it holds.
    QUIET: '0',
    STATIC_DIR: site,
  });
  limited = await startCollector({
    ...db.env,
    RATE_LIMIT: '6',
    RATE_BURST: '3',
    PUBLIC_AGGREGATES: '0',
    NOW: '2025-01-31T12:00:00Z',
  });
});
after(async () => {
  await api?.stop();
  await limited?.stop();
  await db?.drop();
  rmSync(site, { recursive: true, force: true });
});

/** The CSV export's rows (header first). */
async function exportRows(): Promise<string[][]> {
  const res = await fetch(`${api.url}/api/responses.csv`, { headers: auth });
  assert.equal(res.status, 200);
  return parseCsv(await res.text());
}
const rowsOf = (rows: string[][], id: string) => {
  const k = rows[0]!.indexOf('id');
  return rows.filter((r) => r[k] == id);
};
const column = (rows: string[][], row: string[], name: string) => row[rows[0]!.indexOf(name)];

describe(`collector API on ${usingPostgres ? 'PostgreSQL' : 'SQLite'}`, () => {
  it('seeds the database once: 5 000 responses, and the Telco churn of January 2025 (1 869 of 7 032)', async () => {
    const rows = await exportRows();
    // Only seeded rows are received at the anchor; posted ones carry the pinned NOW.
    const seeded = rows.slice(1).filter((r) => column(rows, r, 'received_at') == '2025-01-31T00:00:00.000Z');
    assert.equal(seeded.length, 5000);
    const kinds = new Set(seeded.map((r) => column(rows, r, 'kind')));
    assert.deepEqual([...kinds].sort(), ['ces', 'csat', 'nps']);
    const locales = new Set(seeded.map((r) => column(rows, r, 'locale')));
    assert.deepEqual([...locales].sort(), ['ar', 'en', 'fa']);
    const churn = await (await fetch(`${api.url}/api/churn?granularity=month&from=2025-01-01`)).json();
    assert.deepEqual(churn.points.at(-1), { period: '2025-01', customersAtStart: 7032, customersLost: 1869 });
  });

  it(
    'keeps its data in one SQLite file in WAL mode, migrated by versioned migrations',
    { skip: usingPostgres },
    () => {
      const file = new Database(db.env.COLLECTOR_DB!, { readonly: true });
      try {
        assert.equal(file.pragma('journal_mode', { simple: true }), 'wal');
        const applied = file.prepare('select name from kysely_migration order by name').all();
        assert.deepEqual(applied, [{ name: '0001-init' }, { name: '0002-spend-revenue-renewals' }]);
        const seeded = file.prepare("select value from meta where key = 'seeded'").get();
        assert.deepEqual(seeded, { value: '2025-01-31T00:00:00.000Z' });
      } finally {
        file.close();
      }
    },
  );

  it('stores a new response (201), ignores a replay (200, unchanged) and keeps exactly one row', async () => {
    const body = npsBody();
    const first = await post(api.url, body);
    assert.equal(first.status, 201);
    assert.deepEqual(await first.json(), { id: body.id, status: 'created', revision: 1 });
    const again = await post(api.url, body);
    assert.equal(again.status, 200);
    assert.equal((await again.json()).status, 'unchanged');
    assert.equal(rowsOf(await exportRows(), body.id).length, 1);
  });

  it('replaces a row only with a higher revision: an older body arriving late is a no-op', async () => {
    const body = npsBody({ score: 4, category: 'detractor' });
    assert.equal((await post(api.url, body)).status, 201);
    const newer = await post(api.url, { ...body, comment: 'slow delivery', revision: 3 });
    assert.equal(newer.status, 200);
    assert.deepEqual(await newer.json(), { id: body.id, status: 'replaced', revision: 3 });
    const late = await post(api.url, { ...body, comment: 'an older draft', revision: 2 });
    assert.equal(late.status, 200);
    assert.deepEqual(await late.json(), { id: body.id, status: 'unchanged', revision: 3 });
    const rows = await exportRows();
    const [row, ...more] = rowsOf(rows, body.id);
    assert.equal(more.length, 0);
    assert.equal(column(rows, row!, 'comment'), 'slow delivery');
    assert.equal(column(rows, row!, 'revision'), '3');
  });

  it('keeps one row with the highest revision when 20 revisions of one id arrive at once, in any order', async () => {
    const body = npsBody();
    const revisions = Array.from({ length: 20 }, (_, i) => i + 1).sort(() => Math.random() - 0.5);
    const res = await Promise.all(
      revisions.map((revision) => post(api.url, { ...body, revision, comment: `rev ${revision}` })),
    );
    assert.deepEqual(
      res.map((r) => r.status).filter((s) => s == 201),
      [201],
    );
    assert.ok(res.every((r) => r.status == 200 || r.status == 201));
    const rows = await exportRows();
    const [row, ...more] = rowsOf(rows, body.id);
    assert.equal(more.length, 0);
    assert.equal(column(rows, row!, 'revision'), '20');
    assert.equal(column(rows, row!, 'comment'), 'rev 20');
  });

  it('accepts every kind the kit has: CSAT and CES (both scales) bodies', async () => {
    for (const body of [
      npsBody({ kind: 'csat', scale: '1-5', score: 4, category: 'satisfied' }),
      npsBody({ kind: 'ces', score: 7, category: 'easy' }),
      npsBody({ kind: 'ces', scale: '1-5', score: 1, category: 'hard' }),
      npsBody({ kind: 'nps', scale: '0-10', score: 7, category: 'passive', revision: undefined }),
    ])
      assert.equal((await post(api.url, body)).status, 201, JSON.stringify(body));
  });

  it('answers 400 with the schema issues for malformed and wrongly typed bodies, storing nothing', async () => {
    const id = uuid();
    const cases: [string | object, string | undefined][] = [
      ['{"id":', undefined],
      ['', undefined],
      ['[1,2]', undefined],
      [npsBody({ id, score: '9' }), 'score'],
      [npsBody({ id, score: 9, category: 'detractor' }), 'category'],
      [npsBody({ id, score: 11, category: 'promoter' }), 'category'],
      [npsBody({ id, kind: 'csat', scale: '0-10', score: 4, category: 'satisfied' }), 'scale'],
      [npsBody({ id, submittedAt: 'yesterday' }), 'submittedAt'],
      [npsBody({ id, page: 'javascript:alert(1)' }), 'page'],
      [npsBody({ id: 'not-a-uuid' }), 'id'],
      [npsBody({ id, revision: 0 }), 'revision'],
      [npsBody({ id, comment: 'x'.repeat(5001) }), 'comment'],
    ];
    for (const [body, path] of cases) {
      const res = await post(api.url, body);
      assert.equal(res.status, 400, JSON.stringify(body).slice(0, 80));
      const answer = await res.json();
      assert.equal(typeof answer.error, 'string');
      if (path)
        assert.ok(
          answer.issues.some((i: { path: string }) => i.path == path),
          `${path}: ${answer.error}`,
        );
    }
    assert.equal(rowsOf(await exportRows(), id).length, 0);
  });

  it('answers 415 for a body that is not declared JSON', async () => {
    const body = JSON.stringify(npsBody());
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]) {
      const res = await fetch(`${api.url}/api/responses`, {
        method: 'POST',
        headers: { 'content-type': type },
        body,
      });
      assert.equal(res.status, 415, type);
    }
    const ok = await post(api.url, body, { 'content-type': 'application/json; charset=utf-8' });
    assert.equal(ok.status, 201);
  });

  it('answers 413 over 16 KiB, from the Content-Length and from the bytes of a chunked body', async () => {
    const big = JSON.stringify(npsBody({ properties: { pad: 'x'.repeat(17 * 1024) } }));
    assert.equal((await post(api.url, big)).status, 413);
    // No Content-Length: the collector counts what it reads.
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        `${api.url}/api/responses`,
        { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } },
        (res) => {
          res.resume();
          resolve(res.statusCode!);
        },
      );
      req.on('error', reject);
      for (let i = 0; i < big.length; i += 1024) req.write(big.slice(i, i + 1024));
      req.end();
    });
    assert.equal(status, 413);
    // Just under the limit is fine (bytes, not characters: a Persian comment counts twice).
    const fits = npsBody({ properties: { pad: 'x'.repeat(15 * 1024) } });
    assert.equal((await post(api.url, fits)).status, 201);
  });

  it('refuses the CSV export without the token, and without a configured token at all', async () => {
    const none = await fetch(`${api.url}/api/responses.csv`);
    assert.equal(none.status, 401);
    assert.equal(none.headers.get('www-authenticate'), 'Bearer');
    const wrong = await fetch(`${api.url}/api/responses.csv`, { headers: { authorization: 'Bearer nope' } });
    assert.equal(wrong.status, 401);
    assert.doesNotMatch(await wrong.text(), /[0-9a-f]{8}-[0-9a-f]{4}/);
    const disabled = await fetch(`${limited.url}/api/responses.csv`, { headers: auth });
    assert.equal(disabled.status, 403);
  });

  it('exports RFC 4180 CSV in UTF-8 with a BOM, quoting, and formula cells neutralised', async () => {
    const tricky = npsBody({
      comment: '=HYPERLINK("http://evil.example","win"), then\r\na new line',
      respondentId: '@SUM(A1:A9)',
      locale: 'fa',
      properties: { segment: '+smb' },
    });
    const minus = npsBody({ comment: '-2+3', question: 'چقدر احتمال دارد؟ "خیلی"' });
    assert.equal((await post(api.url, tricky)).status, 201);
    assert.equal((await post(api.url, minus)).status, 201);
    const res = await fetch(`${api.url}/api/responses.csv`, { headers: auth });
    assert.match(res.headers.get('content-type')!, /^text\/csv; charset=utf-8/);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    const bytes = new Uint8Array(await res.arrayBuffer());
    assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    assert.ok(text.includes('"\'=HYPERLINK(""http://evil.example"",""win""), then\r\na new line"'));
    assert.ok(text.endsWith('\r\n'));
    const rows = parseCsv(text);
    const width = rows[0]!.length;
    assert.ok(rows.every((r) => r.length == width));
    const [t] = rowsOf(rows, tricky.id);
    assert.equal(column(rows, t!, 'comment'), `'${tricky.comment}`);
    assert.equal(column(rows, t!, 'respondent_id'), "'@SUM(A1:A9)");
    assert.equal(column(rows, t!, 'segment'), "'+smb");
    const [m] = rowsOf(rows, minus.id);
    assert.equal(column(rows, m!, 'comment'), "'-2+3");
    assert.equal(column(rows, m!, 'question'), minus.question);
    // One row per id, whatever was posted twice above.
    const ids = rows.slice(1).map((r) => r[0]);
    assert.equal(new Set(ids).size, ids.length);
  });

  it('answers aggregates with an ETag and Cache-Control, 304 for a matching If-None-Match, a new ETag after a new answer', async () => {
    const url = `${api.url}/api/nps?from=2025-01-01&to=2025-02-01`;
    const a = await fetch(url);
    assert.equal(a.status, 200);
    const etag = a.headers.get('etag')!;
    assert.match(etag, /^"[\w-]+"$/);
    assert.match(a.headers.get('cache-control')!, /no-cache/);
    // Answers differ per origin (CORS headers): caches must keep them apart.
    assert.match(a.headers.get('vary')!, /Origin/);
    const before = await a.json();
    const b = await fetch(url, { headers: { 'if-none-match': etag } });
    assert.equal(b.status, 304);
    assert.equal(await b.text(), '');
    assert.equal((await post(api.url, npsBody({ score: 2, category: 'detractor' }))).status, 201);
    const c = await fetch(url, { headers: { 'if-none-match': etag } });
    assert.equal(c.status, 200);
    assert.notEqual(c.headers.get('etag'), etag);
    assert.equal((await c.json()).detractors, before.detractors + 1);
  });

  it('answers CORS preflights for configured origins only', async () => {
    const preflight = (origin: string, headers = 'content-type') =>
      fetch(`${api.url}/api/responses`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': headers,
        },
      });
    const ok = await preflight(ORIGIN);
    assert.equal(ok.status, 204);
    assert.equal(ok.headers.get('access-control-allow-origin'), ORIGIN);
    assert.match(ok.headers.get('access-control-allow-headers')!, /content-type/i);
    assert.match(ok.headers.get('access-control-allow-methods')!, /POST/);
    const other = await preflight('https://evil.example');
    assert.equal(other.status, 403);
    assert.equal(other.headers.get('access-control-allow-origin'), null);
    const extra = await preflight(ORIGIN, 'content-type, x-custom');
    assert.equal(extra.status, 403);
    const fromShop = await post(api.url, npsBody(), { origin: ORIGIN });
    assert.equal(fromShop.status, 201);
    assert.equal(fromShop.headers.get('access-control-allow-origin'), ORIGIN);
    assert.equal(fromShop.headers.get('access-control-allow-credentials'), 'true');
    const fromEvil = await post(api.url, npsBody(), { origin: 'https://evil.example' });
    assert.equal(fromEvil.headers.get('access-control-allow-origin'), null);
  });

  it('answers 429 with Retry-After beyond the per-client rate', async () => {
    const statuses = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 5; i++) {
      const res = await post(limited.url, npsBody());
      statuses.push(res.status);
      if (res.status == 429) retryAfter = res.headers.get('retry-after');
    }
    assert.deepEqual(statuses, [201, 201, 201, 429, 429]);
    assert.ok(Number(retryAfter) >= 1, `Retry-After: ${retryAfter}`);
  });

  it('answers /api/nps as <nps-gauge> input, with previous for the range before and a segment filter', async () => {
    const all = await (await fetch(`${api.url}/api/nps?from=2024-07-01&to=2025-01-01`)).json();
    assert.ok(npsInputSchema.safeParse(all).success, JSON.stringify(all));
    const total = all.promoters + all.passives + all.detractors;
    assert.ok(total > 500, `${total} answers`);
    assert.ok(all.previous.promoters + all.previous.passives + all.previous.detractors > 300);
    const smb = await (await fetch(`${api.url}/api/nps?from=2024-07-01&to=2025-01-01&segment=smb`)).json();
    assert.ok(npsInputSchema.safeParse(smb).success);
    const part = smb.promoters + smb.passives + smb.detractors;
    assert.ok(part > 0 && part < total);
    // The default range: the 90 days to the end of NOW's day.
    assert.ok(npsInputSchema.safeParse(await (await fetch(`${api.url}/api/nps`)).json()).success);
    const bad = await fetch(`${api.url}/api/nps?from=last-week`);
    assert.equal(bad.status, 400);
    assert.equal((await bad.json()).issues[0].path, 'from');
  });

  it('answers /api/funnel as <funnel-view> input', async () => {
    const f = await (await fetch(`${api.url}/api/funnel?from=2024-10-01&to=2025-01-01`)).json();
    assert.ok(funnelInputSchema.safeParse(f).success, JSON.stringify(f));
    assert.deepEqual(
      f.stages.map((s: { label: string }) => s.label),
      ['Visitors', 'Leads', 'Qualified', 'Opportunities', 'Won'],
    );
    assert.ok(f.stages.every((s: { previous?: number }) => typeof s.previous == 'number'));
  });

  it('answers /api/churn as <churn-trend> input, by month, quarter and year, Gregorian and Persian', async () => {
    for (const q of [
      'granularity=month',
      'granularity=quarter',
      'granularity=year&calendar=persian',
      'granularity=month&calendar=persian&from=2024-03-20',
    ]) {
      const c = await (await fetch(`${api.url}/api/churn?${q}`)).json();
      assert.ok(churnInputSchema.safeParse(c).success, q);
      assert.ok(c.points.length > 0, q);
    }
    const persian = await (
      await fetch(`${api.url}/api/churn?granularity=month&calendar=persian&from=2024-03-20`)
    ).json();
    assert.equal(persian.points[0].period, '1403-01');
    assert.equal((await fetch(`${api.url}/api/churn?granularity=hour`)).status, 400);
  });

  it('answers /api/kpi/<metric> as <kpi-card> input for every metric it lists, and 404 for others', async () => {
    const { metrics } = await (await fetch(`${api.url}/api/kpi`)).json();
    assert.ok(metrics.length >= 10);
    for (const metric of metrics as string[]) {
      // Up to the Telco snapshot's month, the only month with churn in that sample.
      const res = await fetch(`${api.url}/api/kpi/${metric}?from=2024-12-01&to=2025-02-01`);
      assert.equal(res.status, 200, metric);
      assert.ok(res.headers.get('etag'));
      const body = await res.json();
      assert.ok(kpiSchemas[metric]!.safeParse(body).success, metric);
      const view = kpiInput(metric).safeParse(body);
      assert.ok(view.success, metric);
      assert.equal(typeof view.data.value, 'number', `${metric} value`);
      assert.ok(kpiMetrics[metric]);
    }
    assert.equal((await fetch(`${api.url}/api/kpi/no-such-metric`)).status, 404);
    assert.equal((await fetch(`${api.url}/api/kpi/constructor`)).status, 404);
  });

  it('answers /api/breakdown/<name> as <breakdown-bars> input for every name it lists', async () => {
    const { names } = await (await fetch(`${api.url}/api/breakdown`)).json();
    assert.ok(names.includes('leads-by-source') && names.includes('churn-by-contract'));
    for (const name of names as string[]) {
      const b = await (await fetch(`${api.url}/api/breakdown/${name}?from=2024-10-01&to=2025-01-01`)).json();
      assert.ok(breakdownInputSchema.safeParse(b).success, name);
      assert.ok(b.items.length > 1, name);
      assert.ok(
        b.items.every((i: { label: string }) => i.label && i.label != 'undefined'),
        name,
      );
    }
    assert.equal((await fetch(`${api.url}/api/breakdown/__proto__`)).status, 404);
  });

  it('refuses the aggregates when they are configured not public and no token is given', async () => {
    const res = await fetch(`${limited.url}/api/nps`);
    assert.equal(res.status, 403);
    assert.equal((await fetch(`${limited.url}/api/kpi/nps`)).status, 403);
  });

  it('logs one line per request, without the token, a password or any answer', () => {
    const out = api.output() + limited.output();
    assert.match(out, /^POST \/api\/responses 201 [\d.]+ms$/m);
    assert.match(out, /^GET \/api\/responses\.csv 200 [\d.]+ms$/m);
    assert.doesNotMatch(out, new RegExp(TOKEN));
    assert.doesNotMatch(out, /slow delivery|HYPERLINK|promoter|[0-9a-f]{8}-0000-4000/);
    const password = process.env.DATABASE_URL && new URL(process.env.DATABASE_URL).password;
    if (password) assert.ok(!out.includes(password));
  });

  it('serves the files of STATIC_DIR outside /api/ and nothing above it', async () => {
    const page = await fetch(`${api.url}/`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type')!, /text\/html/);
    assert.match(await page.text(), /<title>demo<\/title>/);
    const js = await fetch(`${api.url}/app.js`);
    assert.match(js.headers.get('content-type')!, /javascript/);
    for (const path of ['/%2e%2e/package.json', '/..%2fpackage.json', '/nothing.html'])
      assert.equal((await fetch(`${api.url}${path}`)).status, 404, path);
    const api404 = await fetch(`${api.url}/api/nothing`);
    assert.equal(api404.status, 404);
    assert.deepEqual(await api404.json(), { error: 'not found' });
  });

  it('is built from src/metrics and src/data only: no Lit, no elements, charts or i18n', () => {
    const bundle = readFileSync(COLLECTOR, 'utf8');
    assert.doesNotMatch(bundle, /from ["']lit/);
    const map = /sourceMappingURL=data:application\/json;base64,(\S+)/.exec(bundle)!;
    const { sources } = JSON.parse(Buffer.from(map[1]!, 'base64').toString()) as { sources: string[] };
    const kit = sources.filter((s) => s.includes('src/'));
    assert.ok(kit.length > 5);
    assert.deepEqual(
      kit.filter((s) => !/src\/(metrics|data)\//.test(s)),
      [],
    );
  });
});
