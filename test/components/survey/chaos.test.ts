// Issue 17: answers are never lost and never overwritten by their own older score, proven under
// chaos. 200 answers (a score, then a comment under the same id at once) go through a store that
// fails 30 % of requests, drawn from a seed (test/tools/test-server.mjs, /__test__/store?chaos=):
// 500s, 503s with Retry-After, connections cut before any answer, and answers slower than the
// survey waits that the server still commits, late. The store keeps the highest revision per id,
// as the README tells servers to; beside it, what an upsert by id alone would have kept.
import { expect } from '@open-wc/testing';
import { flushOutbox, outboxEntries } from '../../../src/data/index.js';
import { choose, mount, resetStorage, send, typeComment, type NpsSurvey } from '../nps-survey/helpers.js';

const ANSWERS = 200;
/** Answers at a time: the outbox of one browser holds at most 50 entries. */
const BATCH = 20;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Stored {
  requests: number;
  commits: { id: string; revision: number; comment: string | null }[];
  rows: Record<string, { revision: number; comment?: string; score: number }>;
  byIdOnly: Record<string, { revision: number; comment?: string }>;
  failures: number[];
}

describe('survey delivery under chaos', () => {
  afterEach(resetStorage);

  it('stores the newest body of each of 200 answers through a store failing 30 % of requests', async function (this: {
    timeout(ms: number): void;
  }) {
    this.timeout(240_000);
    resetStorage();
    const store = Math.random().toString(36).slice(2);
    // The survey waits 1 s; a slow answer comes after 1.5 s and is still committed.
    const action = `/__test__/store?id=${store}&chaos=17&slow=1500`;
    const comments = new Map<string, string>();
    for (let b = 0; b < ANSWERS / BATCH; b++) {
      const surveys: NpsSurvey[] = [];
      for (let i = 0; i < BATCH; i++)
        surveys.push(await mount({ attrs: { action, timeout: 1, 'throttle-days': 0 } }));
      for (const [i, el] of surveys.entries()) {
        const n = b * BATCH + i;
        const ids: string[] = [];
        el.addEventListener('nps-score', (e) => ids.push(e.detail.id), { once: true });
        await choose(el, n % 11);
        await typeComment(el, `comment ${n}`);
        await send(el);
        comments.set(ids[0]!, `comment ${n}`);
      }
      // Retries are due after seconds of backoff: send them now, until every body is delivered.
      for (let k = 0; k < 600 && outboxEntries().length; k++) {
        await sleep(100);
        flushOutbox(true);
      }
      expect(outboxEntries(), `batch ${b}: undelivered`).to.deep.equal([]);
      for (const el of surveys) el.parentElement!.remove();
    }
    // The slow answers still being committed on the server.
    await sleep(2000);
    const stored = (await (await fetch(`/__test__/stored?id=${store}`)).json()) as Stored;

    // Every answer is stored once, with its newest body: revision 2, the comment.
    expect(Object.keys(stored.rows)).to.have.members([...comments.keys()]);
    for (const [id, comment] of comments) {
      expect(stored.rows[id], id).to.include({ revision: 2, comment });
    }

    // The chaos happened: failures of every kind, and older bodies committed after newer ones.
    const kinds = new Set(stored.failures);
    expect([...kinds].sort()).to.deep.equal([-1, 0, 500, 503]);
    const seen = new Map<string, number>();
    let late = 0;
    for (const c of stored.commits) {
      if ((seen.get(c.id) ?? 0) > c.revision) late++;
      seen.set(c.id, Math.max(seen.get(c.id) ?? 0, c.revision));
    }
    expect(late, 'older bodies committed after newer ones').to.be.above(0);
    // An upsert by id alone would have lost those comments.
    const lost = [...comments.keys()].filter((id) => !stored.byIdOnly[id]?.comment).length;
    expect(lost).to.be.above(0);
    console.log(
      `chaos: ${stored.requests} requests, ${stored.failures.length} failed (${[500, 503, 0, -1]
        .map((k) => stored.failures.filter((f) => f == k).length)
        .join(' / ')} as 500 / 503 / cut / slow), ${late} older bodies committed late; ` +
        `${ANSWERS} of ${ANSWERS} stored newest; upsert by id alone would have lost ${lost} comments`,
    );
  });
});
