// Load test of the collector (issue 17): the real bundle (demo/server/.build/collector.mjs, built by
// `npm run test:load`) on a free loopback port against a fresh database — a temporary SQLite file,
// or, when DATABASE_URL is set, a new PostgreSQL database on that server (dropped afterwards) —
// with the rate limit off and no seed. autocannon POSTs TOTAL bodies to /api/responses over
// CONNECTIONS keep-alive connections, drawn in a fixed (seeded) order from this mix:
//   ~60 % new ids (first revision 1–3), ~20 % a higher revision of an id already sent,
//   10 % exact duplicates of an earlier body, 5 % malformed (bad JSON or schema-invalid),
//   5 % stale: a lower revision of an id whose higher revision was sent before it.
// Then it checks: no 5xx, no connection error or timeout; every malformed body answered 400, every
// other body 200 or 201, exactly one 201 per valid id; and, reading the database directly, exactly
// one row per valid id, at the highest revision sent for it, with that revision's comment, and no
// row for any malformed body. Prints the figures; exits 1 naming every violation.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import pg from 'pg';

const TOTAL = Number(process.env.LOAD_TOTAL ?? 20_000);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 50);
const SEED = Number(process.env.LOAD_SEED ?? 17);
const COLLECTOR = fileURLToPath(new URL('../../demo/server/.build/collector.mjs', import.meta.url));
const adminUrl = process.env.DATABASE_URL;

/** mulberry32: a small seeded generator, so every run sends the same bodies in the same order. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = random(SEED);
const int = (n) => Math.floor(rnd() * n);
const hex = (n) => Array.from({ length: n }, () => int(16).toString(16)).join('');
const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[int(4)]}${hex(3)}-${hex(12)}`;
const category = (score) => (score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor');
const comments = ['great support', 'پشتیبانی خیلی سریع بود', 'الدعم كان سريعًا', 'too slow'];

/** The valid NPS body of `id` at `revision`: the same text every time it is asked for. */
function nps(id, revision, score) {
  return JSON.stringify({
    id,
    score,
    category: category(score),
    question: 'How likely are you to recommend us?',
    locale: ['en', 'fa', 'ar'][revision % 3],
    page: 'https://shop.example/checkout',
    submittedAt: '2025-01-30T10:00:00Z',
    revision,
    comment: `${comments[revision % comments.length]} (${id} r${revision})`,
  });
}

// The bodies, in the order they are handed to the connections (TOTAL plus a few spares: each
// connection builds its first request before it sends anything).
/** @type {{ kind: 'new' | 'higher' | 'duplicate' | 'stale' | 'malformed', id: string, revision?: number, body: string }[]} */
const plan = [];
/** Per id sent so far: its highest revision and score per revision. */
const sent = new Map();
const sentIds = [];
/** The ids sent at a revision above 1 (what a stale body picks from). */
const revised = [];
/** The valid bodies planned so far (what a duplicate repeats). */
const valid = [];
const malformed = [
  (b) => b.slice(0, -7), // cut short
  (b) => `${b.slice(0, -1)},}`, // trailing comma
  (b) => b.replace('"score":', '"score":"'), // unbalanced quote
  (b) => JSON.stringify({ ...JSON.parse(b), score: 11 }),
  (b) => JSON.stringify({ ...JSON.parse(b), category: 'nonsense' }),
  (b) => JSON.stringify({ ...JSON.parse(b), page: 'javascript:alert(1)' }),
  (b) => JSON.stringify({ ...JSON.parse(b), revision: 0 }),
  (b) => JSON.stringify({ ...JSON.parse(b), question: undefined }),
  (b) => JSON.stringify({ ...JSON.parse(b), id: 'not-a-uuid' }),
];
function newBody(kind, id, revision) {
  const s = sent.get(id) ?? { max: 0, scores: new Map() };
  if (!sent.has(id)) {
    sent.set(id, s);
    sentIds.push(id);
  }
  if (!s.scores.has(revision)) s.scores.set(revision, int(11));
  if (s.max < 2 && revision > 1) revised.push(id);
  s.max = Math.max(s.max, revision);
  plan.push({ kind, id, revision, body: nps(id, revision, s.scores.get(revision)) });
  valid.push(plan.at(-1));
}
while (plan.length < TOTAL + CONNECTIONS * 2) {
  const r = rnd();
  const earlier = sentIds.length > 0 ? sentIds[int(sentIds.length)] : undefined;
  if (r < 0.05) {
    const id = uuid();
    plan.push({ kind: 'malformed', id, body: malformed[int(malformed.length)](nps(id, 1, 9)) });
  } else if (r < 0.15 && valid.length > 0) {
    plan.push({ ...valid[valid.length - 1 - int(Math.min(valid.length, 500))], kind: 'duplicate' });
  } else if (r < 0.2 && revised.length > 0) {
    const id = revised[int(revised.length)];
    newBody('stale', id, 1 + int(sent.get(id).max - 1));
  } else if (r < 0.4 && earlier) {
    newBody('higher', earlier, sent.get(earlier).max + 1);
  } else {
    newBody('new', uuid(), 1 + int(3));
  }
}

/** A new empty database, as test/server/harness.ts makes one. */
async function freshDatabase() {
  if (!adminUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'collector-load-'));
    const file = join(dir, 'collector.sqlite');
    return {
      env: { COLLECTOR_DB: file },
      where: 'SQLite (temporary file)',
      async rows() {
        const db = new Database(file, { readonly: true });
        try {
          return db.prepare('SELECT id, revision, comment FROM responses').all();
        } finally {
          db.close();
        }
      },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `crm_load_${process.pid}_${Math.floor(Math.random() * 1e9)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: u.toString() },
    where: `PostgreSQL (database ${name} on ${u.host})`,
    async rows() {
      const c = new pg.Client({ connectionString: u.toString() });
      await c.connect();
      try {
        return (await c.query('SELECT id, revision, comment FROM responses')).rows;
      } finally {
        await c.end();
      }
    },
    async drop() {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** The collector as harness.ts starts it, resolving with its URL and a stop function. */
async function startCollector(env) {
  const base = { ...process.env };
  delete base.DATABASE_URL;
  delete base.COLLECTOR_TOKEN;
  const proc = spawn(process.execPath, [COLLECTOR], {
    env: { ...base, PORT: '0', HOST: '127.0.0.1', QUIET: '1', RATE_LIMIT: '0', SEED: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`collector did not start:\n${out}`)), 90_000);
    const read = (b) => {
      out += b;
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    proc.stdout.on('data', read);
    proc.stderr.on('data', read);
    proc.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`collector exited (${code}):\n${out}`));
    });
  });
  return {
    url,
    output: () => out,
    stop: () =>
      new Promise((resolve) => {
        if (proc.exitCode !== null) return resolve();
        proc.once('exit', () => resolve());
        proc.kill('SIGTERM');
      }),
  };
}

const failures = [];
const fail = (message) => failures.push(message);
const database = await freshDatabase();
let collector;
try {
  collector = await startCollector(database.env);
  console.log(
    `collector load test: ${TOTAL} POST /api/responses over ${CONNECTIONS} connections, ${database.where}, Node ${process.version}`,
  );

  let next = 0;
  /** Index in `plan` → the status it was answered with. */
  const answered = new Map();
  const result = await autocannon({
    url: collector.url,
    connections: CONNECTIONS,
    amount: TOTAL,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        path: '/api/responses',
        headers: { 'content-type': 'application/json' },
        setupRequest(req, context) {
          if (next >= plan.length) throw new Error('more requests built than planned');
          context.index = next++;
          return { ...req, body: plan[context.index].body };
        },
        onResponse(status, _body, context) {
          if (answered.has(context.index)) fail(`body ${context.index} was answered twice`);
          answered.set(context.index, status);
        },
      },
    ],
  });

  // Status codes, as autocannon counted them and per kind of body.
  const statuses = Object.fromEntries(Object.entries(result.statusCodeStats).map(([k, v]) => [k, v.count]));
  if (result['5xx'] > 0) fail(`${result['5xx']} responses were 5xx`);
  if (result.errors > 0 || result.timeouts > 0)
    fail(`${result.errors} connection errors and ${result.timeouts} timeouts`);
  if (answered.size != TOTAL) fail(`${answered.size} bodies answered, expected ${TOTAL}`);
  const perKind = {};
  const expected = new Map(); // id → highest revision answered
  let created = 0;
  for (const [i, status] of answered) {
    const p = plan[i];
    perKind[p.kind] ??= {};
    perKind[p.kind][status] = (perKind[p.kind][status] ?? 0) + 1;
    if (status == 201) created++;
    if (p.kind == 'malformed') {
      if (status != 400)
        fail(`malformed body ${i} was answered ${status}, expected 400: ${p.body.slice(0, 80)}`);
    } else if (status != 200 && status != 201) {
      fail(`valid ${p.kind} body ${i} was answered ${status}, expected 200 or 201`);
    } else {
      expected.set(p.id, Math.max(expected.get(p.id) ?? 0, p.revision));
    }
  }
  if (created != expected.size)
    fail(`${created} answers were 201, expected one per valid id (${expected.size})`);

  // The database: one row per valid id, at its highest revision, with that revision's comment.
  await collector.stop();
  const rows = await database.rows();
  const byId = new Map(rows.map((r) => [r.id, r]));
  if (rows.length != expected.size)
    fail(`${rows.length} rows stored, expected ${expected.size} (one per valid id)`);
  let wrong = 0;
  for (const [id, revision] of expected) {
    const row = byId.get(id);
    const want = JSON.parse(nps(id, revision, sent.get(id).scores.get(revision))).comment;
    if (!row) fail(`no row for ${id}`);
    else if (Number(row.revision) != revision || row.comment != want) {
      if (wrong++ < 10)
        fail(
          `${id}: stored revision ${row.revision} "${row.comment}", expected revision ${revision} "${want}"`,
        );
    }
  }
  if (wrong > 10) fail(`… and ${wrong - 10} more rows not at their highest revision`);
  for (const [i] of answered)
    if (plan[i].kind == 'malformed' && byId.has(plan[i].id)) fail(`malformed body ${i} was stored`);

  const seconds = result.duration;
  const l = result.latency;
  console.log(
    `requests sent: ${result.requests.sent}, answered: ${answered.size} in ${seconds.toFixed(2)} s`,
  );
  console.log(`throughput: ${Math.round(answered.size / seconds)} req/s`);
  console.log(`latency (2xx answers): p50 ${l.p50} ms, p99 ${l.p99} ms, max ${l.max} ms`);
  console.log(`status counts: ${JSON.stringify(statuses)}`);
  console.log(`per kind of body: ${JSON.stringify(perKind)}`);
  console.log(
    `rows checked: ${rows.length} (valid ids sent: ${expected.size}; malformed bodies: ${perKind.malformed?.[400] ?? 0})`,
  );
} catch (e) {
  fail(e instanceof Error ? e.message : String(e));
  if (collector) console.error(collector.output());
} finally {
  await collector?.stop();
  await database.drop();
}
if (failures.length > 0) {
  console.error(`FAIL: collector load test\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('ok: collector load test');
