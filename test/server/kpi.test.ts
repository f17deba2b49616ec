// Every metric of the <kpi-card> registry served by the collector (SQLite, or PostgreSQL when
// DATABASE_URL is set) from the seeded data: each body passes the card's own validator, its value
// and its previous value are finite numbers, and a database seeded before migration 0002 gets the
// new tables (spend, revenue, renewals) and their rows once, over its own 24 months.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import pg from 'pg';
import { kpiInput, kpiMetrics } from '../../src/data/kpi.js';
import {
  freshDatabase,
  startCollector,
  usingPostgres,
  type Collector,
  type FreshDatabase,
} from './harness.js';

const METRICS = Object.keys(kpiMetrics);
/**
 * The Telco sample's customers all churn in its snapshot month (January 2025): before it the churn
 * rate is 0 and CLV (÷ churn rate) has no value, honestly null. Only ranges that end after that
 * month give CLV a value, so its `previous` (the range before) is null.
 */
const NULL_BEFORE_SNAPSHOT = ['clv'];
const env = { SEED_END: '2025-01-31', NOW: '2025-01-31T12:00:00Z', RATE_LIMIT: '0' };

let db: FreshDatabase;
let api: Collector;

before(async () => {
  db = await freshDatabase();
  api = await startCollector({ ...db.env, ...env });
});
after(async () => {
  await api?.stop();
  await db?.drop();
});

/** Runs SQL statements on the test's database, whichever it is. */
async function run(statements: string[]) {
  if (usingPostgres) {
    const c = new pg.Client({ connectionString: db.env.DATABASE_URL });
    await c.connect();
    try {
      for (const s of statements) await c.query(s);
    } finally {
      await c.end();
    }
  } else {
    const file = new Database(db.env.COLLECTOR_DB!);
    try {
      for (const s of statements) file.exec(s);
    } finally {
      file.close();
    }
  }
}

/** The card's view of `/api/kpi/<metric>` for a query, after checking the status and the body. */
async function view(metric: string, query: string) {
  const res = await fetch(`${api.url}/api/kpi/${metric}${query}`);
  assert.equal(res.status, 200, metric);
  const body = await res.json();
  assert.notEqual(body.previous, undefined, `${metric} previous`);
  const v = kpiInput(metric).safeParse(body);
  assert.ok(v.success, `${metric}: ${JSON.stringify(!v.success && v.error.issues)}`);
  assert.ok(Number.isFinite(v.data.value), `${metric} value ${v.data.value}`);
  if (NULL_BEFORE_SNAPSHOT.includes(metric)) assert.equal(v.data.previous, null, `${metric} previous`);
  else assert.ok(Number.isFinite(v.data.previous), `${metric} previous ${v.data.previous}`);
  return v.data;
}

describe(`KPI routes on ${usingPostgres ? 'PostgreSQL' : 'SQLite'}`, () => {
  it('seeds the 0002 tables with the rest: 24 months of spend per channel, revenue, renewals', () => {
    assert.match(api.output(), /seeded .*\b72 spend, 24 revenue, 48 renewals\b/);
  });

  it('lists every metric of the registry', async () => {
    const { metrics } = await (await fetch(`${api.url}/api/kpi`)).json();
    assert.deepEqual([...metrics].sort(), [...METRICS].sort());
  });

  // The default range is the 90 days up to the end of NOW's day.
  for (const query of ['?from=2024-11-01&to=2025-02-01', '?from=2025-01-01&to=2025-02-01', '']) {
    it(`answers every metric of the registry as <kpi-card> input (${query || 'default range'})`, async () => {
      for (const metric of METRICS) await view(metric, query);
    });
  }

  it('gives values in the ranges a real business would see', async () => {
    const q = '?from=2024-11-01&to=2025-02-01';
    const value = async (metric: string) => (await view(metric, q)).value!;
    const within = async (metric: string, lo: number, hi: number) => {
      const v = await value(metric);
      assert.ok(v >= lo && v <= hi, `${metric} ${v} not in ${lo}…${hi}`);
    };
    await within('renewal-rate', 0.8, 0.97);
    await within('csat', 0.5, 0.95);
    await within('cac', 200, 1500);
    await within('retention-cost', 2, 40);
    await within('roi', 0, 3);
    await within('marketing-roi', 0, 3);
    await within('net-new-revenue', 100_000, 1_000_000);
    await within('revenue-per-lead', 5, 200);
    await within('cost-per-lead', 2, 50);
    // The Telco sample's churn falls in its snapshot month, January 2025: the base shrinks.
    await within('customer-growth', -0.4, 0);
    assert.ok((await view('customer-growth', '?from=2024-03-01&to=2024-04-01')).value! > 0);
    // Months of tenure, in ms: the Telco customers stay for years.
    await within('relationship-length', 6 * 30 * 864e5, 60 * 30 * 864e5);
  });

  it('answers the same body for the same range (deterministic data)', async () => {
    for (const metric of ['cac', 'net-new-revenue', 'renewal-rate', 'relationship-length']) {
      const get = async () =>
        (await fetch(`${api.url}/api/kpi/${metric}?from=2024-06-01&to=2024-09-01`)).text();
      assert.equal(await get(), await get(), metric);
    }
  });

  it('answers 404 for a metric the registry does not have', async () => {
    for (const name of ['no-such-metric', 'constructor', '__proto__'])
      assert.equal((await fetch(`${api.url}/api/kpi/${name}`)).status, 404, name);
  });

  it('migrates and seeds a database seeded before migration 0002, once', async () => {
    await api.stop();
    // The database as the first version of the collector left it.
    await run([
      'DROP TABLE spend',
      'DROP TABLE revenue',
      'DROP TABLE renewals',
      "DELETE FROM kysely_migration WHERE name = '0002-spend-revenue-renewals'",
      "DELETE FROM meta WHERE key = 'seeded-0002'",
    ]);
    // Another anchor: the new rows follow the one the database was seeded with.
    api = await startCollector({ ...db.env, ...env, SEED_END: '2026-06-30' });
    assert.match(api.output(), /seeded 72 spend, 24 revenue, 48 renewals in/);
    for (const metric of METRICS) await view(metric, '?from=2024-11-01&to=2025-02-01');
    await api.stop();
    api = await startCollector({ ...db.env, ...env });
    assert.doesNotMatch(api.output(), /seeded/);
  });
});
