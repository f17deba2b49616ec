// A comment is never overwritten by its own older score: every body of one response carries a
// `revision` that only grows, and a server that keeps the highest revision per id ends up with the
// newest body even when a slow older request is committed after it. The store route of the test
// server (test/tools/test-server.mjs) is such a server, and holds its first request until a later
// one has committed: the order that lost comments behind a real collector.
import { expect, waitUntil } from '@open-wc/testing';
import {
  choose,
  collector,
  mount,
  outboxDrained,
  outboxEntries,
  received,
  receivedAtLeast,
  record,
  resetStorage,
  send,
  settle,
  typeComment,
} from './helpers.js';
import { surveyResponseSchema } from '../../../src/data/index.js';

interface Commit {
  id: string;
  revision: number | undefined;
  comment: string | null;
}
interface Stored {
  requests: number;
  commits: Commit[];
  rows: Record<string, Record<string, unknown>>;
  byIdOnly: Record<string, Record<string, unknown>>;
}

type TestContext = { timeout(ms: number): void };
const uid = () => Math.random().toString(36).slice(2);
const storeUrl = (hold: boolean) => `/__test__/store?id=${uid()}${hold ? '&hold=1' : ''}`;
const stored = async (url: string): Promise<Stored> => {
  const id = new URL(url, location.href).searchParams.get('id')!;
  return (await (await fetch(`/__test__/stored?id=${id}`)).json()) as Stored;
};

describe('<nps-survey> revisions', () => {
  beforeEach(resetStorage);

  it('a slow score committed after its comment does not replace it (the highest revision wins)', async function (this: TestContext) {
    this.timeout(20000);
    const url = storeUrl(true);
    // A short timeout: the survey gives up on the held first request and goes on.
    const el = await mount({ attrs: { action: url, 'throttle-days': 0, timeout: 0.5 } });
    const events = record(el, ['crm-error', 'nps-submitted']);
    await choose(el, 6);
    await waitUntil(
      () => events.some((e) => e.type == 'crm-error' && e.detail.kind == 'timeout'),
      'the first POST never timed out',
      { timeout: 5000, interval: 20 },
    );
    // The score is queued for a retry (revision 1); the comment supersedes it with revision 2.
    expect(outboxEntries().map((e) => e.revision)).to.deep.equal([1]);
    await typeComment(el, 'Took too long');
    await send(el);
    await outboxDrained(8000);
    let got: Stored | undefined;
    await waitUntil(
      async () => ((got = await stored(url)), got.commits.length >= 2),
      'the held request never committed',
      {
        timeout: 12000,
        interval: 50,
      },
    );
    await settle(el);
    const { commits, rows, byIdOnly } = got!;
    const id = commits[0]!.id;
    // The late body really came later and is older: revision 2 (with the comment) committed
    // first, the held revision 1 (score only) after it.
    expect(commits.map((c) => c.id)).to.deep.equal([id, id]);
    expect(commits.map((c) => c.revision)).to.deep.equal([2, 1]);
    expect(commits.map((c) => c.comment)).to.deep.equal(['Took too long', null]);
    // The revision rule kept the newest body…
    expect(rows[id]).to.include({ revision: 2, score: 6, category: 'detractor', comment: 'Took too long' });
    expect(surveyResponseSchema.safeParse(rows[id]).success).to.equal(true);
    // …where an upsert by id alone would have lost the comment.
    expect(byIdOnly[id]).to.include({ revision: 1, score: 6 });
    expect(byIdOnly[id]).to.not.have.property('comment');
  });

  it('each change of a response has a higher revision: score 1, changed score 2, comment 3', async () => {
    const url = collector();
    const el = await mount({ attrs: { action: url, 'throttle-days': 0 } });
    await choose(el, 7);
    await receivedAtLeast(url, 1);
    await choose(el, 9);
    await receivedAtLeast(url, 2);
    await typeComment(el, 'Great');
    await send(el);
    const { bodies } = await receivedAtLeast(url, 3);
    await outboxDrained();
    expect(bodies.map((b) => [b.revision, b.score, b.comment])).to.deep.equal([
      [1, 7, undefined],
      [2, 9, undefined],
      [3, 9, 'Great'],
    ]);
    expect(new Set(bodies.map((b) => b.id)).size).to.equal(1);
  });

  it('an unchanged Send is no change: no request, no new revision', async () => {
    const url = collector();
    const el = await mount({ attrs: { action: url, 'throttle-days': 0 } });
    await choose(el, 3);
    await receivedAtLeast(url, 1);
    await send(el);
    await outboxDrained();
    const { bodies } = await received(url);
    expect(bodies.map((b) => b.revision)).to.deep.equal([1]);
  });

  it('a retry re-sends the same revision, kept in the outbox', async function (this: TestContext) {
    this.timeout(15000);
    const url = collector([{ status: 503, retryAfter: 1 }, { status: 201 }]);
    const el = await mount({ attrs: { action: url, 'throttle-days': 0 } });
    await choose(el, 10);
    await receivedAtLeast(url, 1);
    await waitUntil(() => outboxEntries()[0]?.attempts === 1, 'no failed attempt stored', { timeout: 5000 });
    const [entry] = outboxEntries();
    expect(entry).to.include({ revision: 1 });
    expect((entry!.body as { revision: number }).revision).to.equal(1);
    const { bodies, statuses } = await receivedAtLeast(url, 2, 8000);
    await outboxDrained();
    expect(statuses).to.deep.equal([503, 201]);
    expect(bodies.map((b) => b.revision)).to.deep.equal([1, 1]);
    expect(bodies[1]).to.deep.equal(bodies[0]);
  });
});
