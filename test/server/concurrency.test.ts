// Two collector processes on one database (the PostgreSQL of DATABASE_URL, else one SQLite file in
// WAL mode), started at the same time on an empty database and hit concurrently with the same ids:
// the seed is loaded once, and every id ends as one row holding its highest revision.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parseCsv } from '../../demo/server/csv.js';
import {
  freshDatabase,
  npsBody,
  post,
  startCollector,
  usingPostgres,
  type Collector,
  type FreshDatabase,
} from './harness.js';

const TOKEN = 'two-processes';
let db: FreshDatabase;
let a: Collector;
let b: Collector;

before(async () => {
  db = await freshDatabase();
  const env = { ...db.env, COLLECTOR_TOKEN: TOKEN, RATE_LIMIT: '0', SEED_END: '2025-01-31' };
  [a, b] = await Promise.all([startCollector(env), startCollector(env)]);
});
after(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await db?.drop();
});

describe(`two collectors on one ${usingPostgres ? 'PostgreSQL' : 'SQLite file'}`, () => {
  it('seed once, and leave one row per id with its highest revision under concurrent upserts', async () => {
    const ids = Array.from({ length: 40 }, () => npsBody());
    const REVISIONS = 5;
    const requests = ids.flatMap((body, i) =>
      Array.from({ length: REVISIONS }, (_, r) => ({
        server: (i + r) % 2 ? a : b,
        body: { ...body, revision: r + 1, comment: `revision ${r + 1}` },
      })),
    );
    requests.sort(() => Math.random() - 0.5);
    const answers = await Promise.all(requests.map(({ server, body }) => post(server.url, body)));
    const statuses = answers.map((r) => r.status);
    assert.ok(
      statuses.every((s) => s == 200 || s == 201),
      statuses.join(','),
    );
    // One insert per id, whichever process got it.
    assert.equal(statuses.filter((s) => s == 201).length, ids.length);

    const csv = await (
      await fetch(`${b.url}/api/responses.csv`, { headers: { authorization: `Bearer ${TOKEN}` } })
    ).text();
    const [head, ...rows] = parseCsv(csv);
    const at = (name: string) => head!.indexOf(name);
    assert.equal(rows.length, 5000 + ids.length, 'seeded once, plus one row per posted id');
    for (const { id } of ids) {
      const mine = rows.filter((r) => r[at('id')] == id);
      assert.equal(mine.length, 1, id);
      assert.equal(mine[0]![at('revision')], String(REVISIONS));
      assert.equal(mine[0]![at('comment')], `revision ${REVISIONS}`);
    }
  });
});
