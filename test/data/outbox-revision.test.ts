import { expect, waitUntil } from '@open-wc/testing';
import { enqueue, outboxEntries, type OutboxEntry } from '../../src/data/outbox.js';
import { collector, outboxDrained, received, receivedAtLeast } from '../components/nps-survey/helpers.js';

// The outbox keeps, per id and URL, the body with the highest revision: an older change handed in
// after a newer one (a late caller, a second tab) never replaces it. Against the real collector.

type TestContext = { timeout(ms: number): void };
let n = 0;
const id = () => `rev-${Date.now()}-${n++}`;
const entryOf = (entryId: string): OutboxEntry | undefined => outboxEntries().find((e) => e.id === entryId);

describe('outbox revisions', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('an older revision handed in after a newer undelivered one is not stored nor sent', async function (this: TestContext) {
    this.timeout(10000);
    // 503 with a long Retry-After: the entry stays in the outbox between the steps of the test.
    const url = new URL(collector([{ status: 503, retryAfter: 60 }]), location.href).href;
    const key = id();
    enqueue({ id: key, url, body: { revision: 2, comment: 'new' }, revision: 2 });
    await waitUntil(() => entryOf(key)?.attempts === 1, 'the first attempt never failed', { timeout: 5000 });
    expect(enqueue({ id: key, url, body: { revision: 1 }, revision: 1 })).to.deep.equal([]);
    expect(entryOf(key)).to.include({ revision: 2, attempts: 1 });
    expect(entryOf(key)!.body).to.deep.equal({ revision: 2, comment: 'new' });
    // A newer one replaces it and goes at once.
    enqueue({ id: key, url, body: { revision: 3, comment: 'newer' }, revision: 3 });
    expect(entryOf(key)).to.include({ revision: 3, attempts: 0 });
    const got = await receivedAtLeast(url, 2);
    expect(got.bodies.map((b) => b.revision)).to.deep.equal([2, 3]);
  });

  it('the revision survives in localStorage (a reload finds it with its body)', async () => {
    const url = new URL(collector([{ status: 503, retryAfter: 60 }]), location.href).href;
    const key = id();
    enqueue({ id: key, url, body: { revision: 4 }, revision: 4 });
    await waitUntil(() => entryOf(key)?.attempts === 1, 'the first attempt never failed', { timeout: 5000 });
    const raw = JSON.parse(localStorage.getItem('crm-widgets:outbox')!) as OutboxEntry[];
    expect(raw.find((e) => e.id == key)).to.include({ revision: 4 });
    expect((await received(url)).bodies.map((b) => b.revision)).to.deep.equal([4]);
  });

  it('entries without a revision (outboxes written before it) still replace each other', async () => {
    const url = new URL(collector([{ status: 201 }]), location.href).href;
    const key = id();
    enqueue({ id: key, url, body: { v: 1 } });
    enqueue({ id: key, url, body: { v: 2 } });
    await outboxDrained();
    const { bodies } = await received(url);
    expect(bodies.at(-1)).to.deep.equal({ v: 2 });
  });
});
