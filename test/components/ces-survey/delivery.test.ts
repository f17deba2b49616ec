// What <ces-survey> POSTs: kind 'ces', the scale it was answered on, the category of the score on
// that scale and a revision that grows with each change; one request per change, the comment an
// upsert of the same id; a store that commits a slow score after its comment keeps the comment.
import { expect, waitUntil } from '@open-wc/testing';
import { surveyResponseSchema } from '../../../src/data/index.js';
import {
  SCALES,
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
  skip,
  typeComment,
} from './helpers.js';

type TestContext = { timeout(ms: number): void };
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const page = () => location.origin + location.pathname;
const uid = () => Math.random().toString(36).slice(2);

describe('<ces-survey> delivery', () => {
  beforeEach(resetStorage);

  for (const { scale, categories } of SCALES)
    for (const [s, category] of Object.entries(categories)) {
      const score = Number(s);
      it(`${scale}, score ${score}: the exact ${category} body (kind ces, scale ${scale}, revision 1), then the comment as revision 2`, async () => {
        const url = collector();
        const el = await mount({
          attrs: {
            action: url,
            lang: 'en',
            brand: 'Acme',
            'throttle-days': 0,
            'respondent-id': 'user-7',
            properties: '{"ticket":42}',
            ...(scale == '1-5' && { scale }),
          },
        });
        const events = record(el, ['ces-score', 'ces-submit', 'ces-submitted', 'nps-score', 'crm-error']);
        await choose(el, score);
        const first = await receivedAtLeast(url, 1);
        expect(first.methods).to.deep.equal(['POST']);
        expect(first.types).to.deep.equal(['application/json']);
        const body = first.bodies[0]!;
        expect(body.id).to.match(UUID_V4);
        expect(body).to.deep.equal({
          id: body.id,
          kind: 'ces',
          scale,
          score,
          category,
          question: 'Acme made it easy for me to handle my issue.',
          locale: 'en',
          respondentId: 'user-7',
          properties: { ticket: 42 },
          page: page(),
          submittedAt: body.submittedAt,
          revision: 1,
        });
        expect(surveyResponseSchema.safeParse(body).success).to.equal(true);

        await typeComment(el, `  after ${score}  `);
        await send(el);
        const both = await receivedAtLeast(url, 2);
        await outboxDrained();
        expect((await received(url)).requests).to.equal(2);
        expect(both.bodies[1]).to.deep.equal({
          ...body,
          comment: `after ${score}`,
          submittedAt: both.bodies[1]!.submittedAt,
          revision: 2,
        });
        expect(surveyResponseSchema.safeParse(both.bodies[1]).success).to.equal(true);
        expect(events.filter((e) => e.type == 'ces-score').map((e) => e.detail)).to.deep.equal([
          { score, category, id: body.id },
        ]);
        expect(events.filter((e) => e.type == 'ces-submit')).to.have.length(2);
        await waitUntil(
          () => events.filter((e) => e.type == 'ces-submitted').length == 2,
          'no ces-submitted',
        );
        expect(events.some((e) => e.type == 'nps-score' || e.type == 'crm-error')).to.equal(false);
        expect(el.step).to.equal('thanks');
      });
    }

  it('fa: locale fa and the Persian statement shown is the one sent', async () => {
    const url = collector();
    const el = await mount({ attrs: { action: url, lang: 'fa', brand: 'Acme', 'throttle-days': 0 } });
    await choose(el, 2);
    const { bodies } = await receivedAtLeast(url, 1);
    expect(bodies[0]).to.include({
      locale: 'fa',
      question: 'Acme حل مشکلم را برایم آسان کرد.',
      score: 2,
    });
  });

  it('one request per change: a double click sends one, a changed score a second (same id, revision 2, new category), Send the comment once', async () => {
    const url = collector();
    const el = await mount({ attrs: { action: url, 'throttle-days': 0, scale: '1-5' } });
    await choose(el, 2);
    await choose(el, 2);
    await receivedAtLeast(url, 1);
    await choose(el, 5);
    await receivedAtLeast(url, 2);
    await typeComment(el, 'Quick');
    await send(el);
    await settle(el);
    const { bodies } = await receivedAtLeast(url, 3);
    await outboxDrained();
    expect((await received(url)).requests).to.equal(3);
    expect(bodies.map((b) => [b.revision, b.score, b.category, b.comment])).to.deep.equal([
      [1, 2, 'hard', undefined],
      [2, 5, 'easy', undefined],
      [3, 5, 'easy', 'Quick'],
    ]);
    expect(new Set(bodies.map((b) => b.id)).size).to.equal(1);
    expect(new Set(bodies.map((b) => b.scale))).to.deep.equal(new Set(['1-5']));
  });

  it('Skip sends no comment request; a blank comment is no change', async () => {
    const url = collector();
    const el = await mount({ attrs: { action: url, 'throttle-days': 0 } });
    await choose(el, 4);
    await receivedAtLeast(url, 1);
    await typeComment(el, '   ');
    await skip(el);
    await outboxDrained();
    expect((await received(url)).requests).to.equal(1);
  });

  it('ces-submit preventDefault: no request, nothing stored', async () => {
    const url = collector();
    const el = await mount({ attrs: { action: url, 'throttle-days': 0 } });
    const bodies: unknown[] = [];
    el.addEventListener('ces-submit', (e) => (bodies.push(e.detail.response), e.preventDefault()));
    await choose(el, 3);
    expect(bodies).to.have.length(1);
    expect(bodies[0]).to.include({ kind: 'ces', scale: '1-7', score: 3, category: 'neutral', revision: 1 });
    expect(outboxEntries()).to.deep.equal([]);
    expect((await received(url)).requests).to.equal(0);
  });

  it('a slow score committed after its comment does not replace it (the highest revision wins)', async function (this: TestContext) {
    this.timeout(20000);
    const id = uid();
    const url = `/__test__/store?id=${id}&hold=1`;
    const el = await mount({ attrs: { action: url, 'throttle-days': 0, timeout: 0.5 } });
    const events = record(el, ['crm-error']);
    await choose(el, 1);
    await waitUntil(() => events.some((e) => e.detail.kind == 'timeout'), 'the first POST never timed out', {
      timeout: 5000,
      interval: 20,
    });
    expect(outboxEntries().map((e) => e.revision)).to.deep.equal([1]);
    await typeComment(el, 'Three transfers');
    await send(el);
    await outboxDrained(8000);
    type Stored = {
      commits: { id: string; revision: number; comment: string | null }[];
      rows: Record<string, Record<string, unknown>>;
      byIdOnly: Record<string, Record<string, unknown>>;
    };
    let got: Stored | undefined;
    await waitUntil(
      async () => (
        (got = (await (await fetch(`/__test__/stored?id=${id}`)).json()) as Stored),
        got.commits.length >= 2
      ),
      'the held request never committed',
      { timeout: 12000, interval: 50 },
    );
    const { commits, rows, byIdOnly } = got!;
    const rid = commits[0]!.id;
    expect(commits.map((c) => c.revision)).to.deep.equal([2, 1]);
    expect(rows[rid]).to.include({
      kind: 'ces',
      scale: '1-7',
      score: 1,
      category: 'hard',
      revision: 2,
      comment: 'Three transfers',
    });
    expect(byIdOnly[rid]).to.not.have.property('comment');
  });
});
