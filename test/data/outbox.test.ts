import { expect, waitUntil } from '@open-wc/testing';
import {
  OUTBOX_KEY,
  OUTBOX_LIMIT,
  enqueue,
  flushOutbox,
  onOutboxReport,
  outboxEntries,
  type OutboxEntry,
  type OutboxReport,
} from '../../src/data/outbox.js';
import {
  collector,
  received,
  receivedAtLeast,
  outboxDrained,
  type Step,
} from '../components/nps-survey/helpers.js';

// The outbox on its own, against the real collector route of the test server: no fetch mocks.
// Module state (in-flight set, timer, listeners) outlives a test, so every test uses a fresh
// collector URL and a fresh id, and only looks at the reports of its own URL.

let n = 0;
const id = () => `id-${Date.now()}-${n++}`;
/** An absolute collector URL, as the survey hands the outbox. */
const endpoint = (steps?: Step[]) => new URL(collector(steps), location.href).href;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every report about `url`, in order; unsubscribed after the test. */
let unsubscribe: (() => void)[] = [];
function reports(url: string): OutboxReport[] {
  const list: OutboxReport[] = [];
  unsubscribe.push(onOutboxReport((r) => r.entry.url === url && list.push(r)));
  return list;
}

const entryOf = (entryId: string): OutboxEntry | undefined => outboxEntries().find((e) => e.id === entryId);

describe('outbox', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    unsubscribe.forEach((fn) => fn());
    unsubscribe = [];
  });

  it('writes the entry before sending, POSTs it as JSON, reports sent and deletes it after a 2xx', async () => {
    const url = endpoint([{ status: 201, body: { ok: true } }]);
    const seen = reports(url);
    const key = id();
    const dropped = enqueue({ id: key, url, body: { hello: 'world' } });
    expect(dropped).to.deep.equal([]);
    // Stored synchronously, before any answer.
    const stored = JSON.parse(localStorage.getItem(OUTBOX_KEY)!) as OutboxEntry[];
    expect(stored).to.have.length(1);
    expect(stored[0]).to.include({ id: key, url, attempts: 0 });
    expect(stored[0]!.body).to.deep.equal({ hello: 'world' });
    await outboxDrained();
    expect(localStorage.getItem(OUTBOX_KEY)).to.equal(null);
    const got = await received(url);
    expect(got.requests).to.equal(1);
    expect(got.methods).to.deep.equal(['POST']);
    expect(got.types).to.deep.equal(['application/json']);
    expect(got.bodies).to.deep.equal([{ hello: 'world' }]);
    await waitUntil(() => seen.length === 1, 'no report');
    expect(seen[0]).to.deep.include({ outcome: 'sent', status: 201 });
    expect(seen[0]!.entry.id).to.equal(key);
  });

  it('sets a lease while the request is in flight and clears it after the answer', async () => {
    const url = endpoint([{ status: 500, ms: 300 }]);
    const seen = reports(url);
    const key = id();
    const before = Date.now();
    enqueue({ id: key, url, body: { v: 1 }, timeout: 2 });
    const leased = entryOf(key)!;
    // The lease runs until the attempt's timeout (2 s) plus a margin.
    expect(leased.lease).to.be.a('number');
    expect(leased.lease!).to.be.at.least(before + 2000);
    await waitUntil(() => seen.length === 1, 'no report');
    expect(seen[0]!.outcome).to.equal('retry');
    const after = entryOf(key)!;
    expect(after.lease).to.equal(undefined);
    expect(after.attempts).to.equal(1);
  });

  it('reports rejected for a 4xx other than 429 and deletes the entry without retrying', async () => {
    const url = endpoint([{ status: 422 }, { status: 201 }]);
    const seen = reports(url);
    const key = id();
    enqueue({ id: key, url, body: { v: 1 } });
    await waitUntil(() => seen.length === 1, 'no report');
    expect(seen[0]).to.deep.include({ outcome: 'rejected', status: 422 });
    expect(outboxEntries()).to.deep.equal([]);
    flushOutbox(true);
    dispatchEvent(new Event('online'));
    await sleep(300);
    expect((await received(url)).requests).to.equal(1);
    expect(seen).to.have.length(1);
  });

  it('reports retry with the kind (http, network, timeout) and keeps the entry', async () => {
    const cases: { steps: Step[]; timeout?: number; kind: string; status?: number }[] = [
      { steps: [{ status: 503 }], kind: 'http', status: 503 },
      { steps: [{ status: 429 }], kind: 'http', status: 429 },
      { steps: [{ drop: true }], kind: 'network' },
      { steps: [{ ms: 1000, status: 201 }], timeout: 0.2, kind: 'timeout' },
    ];
    for (const c of cases) {
      const url = endpoint(c.steps);
      const seen = reports(url);
      const key = id();
      enqueue({ id: key, url, body: { v: 1 }, ...(c.timeout && { timeout: c.timeout }) });
      await waitUntil(() => seen.length === 1, `no report for ${c.kind}`);
      expect(seen[0]!.outcome, c.kind).to.equal('retry');
      expect(seen[0]!.kind, c.kind).to.equal(c.kind);
      expect(seen[0]!.status, c.kind).to.equal(c.status);
      expect(seen[0]!.entry.attempts).to.equal(1);
      const kept = entryOf(key)!;
      expect(kept, c.kind).to.not.equal(undefined);
      expect(kept.attempts).to.equal(1);
      expect(kept.body).to.deep.equal({ v: 1 });
      localStorage.clear();
    }
  });

  it('backs off: after the first failure due is 1–2 s away, after the second 2–4 s; Retry-After wins', async () => {
    const url = endpoint([{ status: 500 }]);
    const seen = reports(url);
    const key = id();
    let start = Date.now();
    enqueue({ id: key, url, body: { v: 1 } });
    await waitUntil(() => seen.length === 1, 'no first report');
    let end = Date.now();
    const first = entryOf(key)!;
    expect(first.attempts).to.equal(1);
    expect(first.due).to.be.at.least(start + 1000);
    expect(first.due).to.be.at.most(end + 2000);
    expect(seen[0]!.entry.due).to.equal(first.due);

    start = Date.now();
    flushOutbox(true);
    await waitUntil(() => seen.length === 2, 'no second report');
    end = Date.now();
    const second = entryOf(key)!;
    expect(second.attempts).to.equal(2);
    expect(second.due).to.be.at.least(start + 2000);
    expect(second.due).to.be.at.most(end + 4000);

    const slow = endpoint([{ status: 429, retryAfter: 30 }]);
    const slowSeen = reports(slow);
    const other = id();
    start = Date.now();
    enqueue({ id: other, url: slow, body: { v: 1 } });
    await waitUntil(() => slowSeen.length === 1, 'no 429 report');
    expect(entryOf(other)!.due).to.be.at.least(start + 30_000);
  });

  it('a newer body with the same id replaces a queued one: only the newest is delivered', async () => {
    const url = endpoint([{ status: 201 }]);
    const key = id();
    const old: OutboxEntry = { id: key, url, body: { v: 1 }, attempts: 3, due: Date.now() + 3600e3 };
    const unrelated: OutboxEntry = {
      id: id(),
      url,
      body: { other: true },
      attempts: 3,
      due: Date.now() + 3600e3,
    };
    localStorage.setItem(OUTBOX_KEY, JSON.stringify([old, unrelated]));
    enqueue({ id: key, url, body: { v: 2 } });
    const now = outboxEntries();
    expect(now.map((e) => e.id)).to.deep.equal([unrelated.id, key]);
    expect(now[1]!.body).to.deep.equal({ v: 2 });
    expect(now[1]!.attempts).to.equal(0);
    await waitUntil(() => !entryOf(key), 'the new body was never delivered');
    await sleep(200);
    const got = await received(url);
    expect(got.requests).to.equal(1);
    expect(got.bodies).to.deep.equal([{ v: 2 }]);
    // The unrelated entry is not due: still waiting.
    expect(outboxEntries().map((e) => e.id)).to.deep.equal([unrelated.id]);
  });

  it('a newer body replacing one that failed and waits for its backoff goes at once, the old one never again', async () => {
    const url = endpoint([{ status: 500 }, { status: 201 }]);
    const seen = reports(url);
    const key = id();
    enqueue({ id: key, url, body: { v: 1 } });
    await waitUntil(() => seen.length === 1, 'no first report');
    expect(seen[0]!.outcome).to.equal('retry');
    enqueue({ id: key, url, body: { v: 2 } });
    await outboxDrained();
    // Past the old entry's backoff (at most 2 s): nothing more is sent.
    await sleep(2300);
    const got = await received(url);
    expect(got.requests).to.equal(2);
    expect(got.bodies).to.deep.equal([{ v: 1 }, { v: 2 }]);
    expect(got.statuses).to.deep.equal([500, 201]);
    expect(seen.map((r) => [r.outcome, r.entry.body])).to.deep.equal([
      ['retry', { v: 1 }],
      ['sent', { v: 2 }],
    ]);
  });

  it('one request per entry at a time: a newer body waits for the older in-flight request, then goes', async () => {
    const url = endpoint([{ status: 201, ms: 500 }, { status: 201 }]);
    const seen = reports(url);
    const key = id();
    enqueue({ id: key, url, body: { v: 1 } });
    await receivedAtLeast(url, 1);
    enqueue({ id: key, url, body: { v: 2 } });
    flushOutbox(true);
    // v1 is still being answered (500 ms): v2 is stored, not leased (not being sent), and not sent.
    const waiting = entryOf(key)!;
    expect(waiting.body).to.deep.equal({ v: 2 });
    expect(waiting.lease).to.equal(undefined);
    expect((await received(url)).requests).to.equal(1);
    await waitUntil(() => seen.length === 2, 'v2 was never sent');
    await outboxDrained();
    const got = await received(url);
    expect(got.requests).to.equal(2);
    expect(got.bodies).to.deep.equal([{ v: 1 }, { v: 2 }]);
    expect(seen.map((r) => [r.outcome, r.entry.body])).to.deep.equal([
      ['sent', { v: 1 }],
      ['sent', { v: 2 }],
    ]);
  });

  it('the same id at two URLs is two entries', async () => {
    const a = endpoint([{ status: 201 }]);
    const b = endpoint([{ status: 201 }]);
    const key = id();
    enqueue({ id: key, url: a, body: { v: 1 } });
    enqueue({ id: key, url: b, body: { v: 1 } });
    expect(outboxEntries()).to.have.length(2);
    await outboxDrained();
    expect((await received(a)).requests).to.equal(1);
    expect((await received(b)).requests).to.equal(1);
  });

  it('flushOutbox() leaves an entry that is not due; flushOutbox(true) sends it', async () => {
    const url = endpoint([{ status: 201 }]);
    const key = id();
    const due = Date.now() + 3600e3;
    localStorage.setItem(OUTBOX_KEY, JSON.stringify([{ id: key, url, body: { v: 1 }, attempts: 4, due }]));
    flushOutbox();
    await sleep(300);
    expect((await received(url)).requests).to.equal(0);
    expect(entryOf(key)!.due).to.equal(due);
    flushOutbox(true);
    await outboxDrained();
    const got = await received(url);
    expect(got.requests).to.equal(1);
    expect(got.bodies).to.deep.equal([{ v: 1 }]);
  });

  it('flushOutbox leaves an entry leased by another page, even with all', async () => {
    const url = endpoint([{ status: 201 }]);
    const key = id();
    const entry = { id: key, url, body: { v: 1 }, attempts: 0, due: 0, lease: Date.now() + 3600e3 };
    localStorage.setItem(OUTBOX_KEY, JSON.stringify([entry]));
    flushOutbox(true);
    await sleep(300);
    expect((await received(url)).requests).to.equal(0);
    expect(outboxEntries()).to.deep.equal([entry]);
  });

  it(`keeps at most ${OUTBOX_LIMIT} entries: drops the oldest, returns and reports it`, async () => {
    const full = endpoint([{ status: 500 }]);
    const later = Date.now() + 3600e3;
    const old: OutboxEntry[] = Array.from({ length: OUTBOX_LIMIT }, (_, i) => ({
      id: `old-${i}`,
      url: full,
      body: { i },
      attempts: 5,
      due: later,
    }));
    localStorage.setItem(OUTBOX_KEY, JSON.stringify(old));
    const seen = reports(full);
    const url = endpoint([{ status: 500 }]);
    const key = id();
    const dropped = enqueue({ id: key, url, body: { v: 1 } });
    expect(dropped.map((e) => e.id)).to.deep.equal(['old-0']);
    const ids = outboxEntries().map((e) => e.id);
    expect(ids).to.have.length(OUTBOX_LIMIT);
    expect(ids).to.not.include('old-0');
    expect(ids[0]).to.equal('old-1');
    expect(ids[OUTBOX_LIMIT - 1]).to.equal(key);
    expect(seen.map((r) => [r.outcome, r.entry.id])).to.deep.equal([['dropped', 'old-0']]);
    expect((await received(full)).requests).to.equal(0);
  });

  it('treats a corrupted or foreign stored value as empty', async () => {
    for (const bad of ['nonsense', '{}', '{"id":"x","url":"y"}', '42', 'null', '[1,null,"x",{"id":3}]']) {
      localStorage.setItem(OUTBOX_KEY, bad);
      expect(outboxEntries(), bad).to.deep.equal([]);
      expect(() => flushOutbox(), bad).to.not.throw();
    }
    localStorage.setItem(OUTBOX_KEY, 'nonsense');
    const url = endpoint([{ status: 201 }]);
    const key = id();
    enqueue({ id: key, url, body: { v: 1 } });
    expect(outboxEntries().map((e) => e.id)).to.deep.equal([key]);
    await outboxDrained();
    expect((await received(url)).bodies).to.deep.equal([{ v: 1 }]);
  });
});
