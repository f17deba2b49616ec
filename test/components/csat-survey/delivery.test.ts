// <csat-survey> delivery, through the survey engine and real routes of the test server: the exact
// body per category (kind csat, scale 1-5, revision), one request per change, the comment upserted
// under the same id with a higher revision, a slow score committed late never replacing its
// comment, the outbox delivering on the next page load, and throttles of its own.
import { expect, waitUntil } from '@open-wc/testing';
import { surveyResponseSchema } from '../../../src/data/index.js';
import {
  CSAT_KEY,
  OUTBOX_KEY,
  SURVEY_KEY,
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
const page = () => location.origin + location.pathname;

/** Mounts a survey posting to `url` and records its events. */
async function survey(url: string, attrs: Record<string, string | number | boolean> = {}) {
  const el = await mount({ attrs: { action: url, subject: 'your order', lang: 'en', ...attrs } });
  const events = record(el, ['csat-score', 'csat-submit', 'csat-submitted', 'crm-error', 'nps-score']);
  return { el, events };
}

/** An iframe of /__test__/survey.html with a <csat-survey> of these attributes, defined. */
async function surveyPage(attrs: Record<string, string>): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.src = `/__test__/survey.html?tag=csat-survey&attrs=${encodeURIComponent(JSON.stringify(attrs))}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  await waitUntil(
    () => frame.contentDocument?.querySelector('csat-survey')?.shadowRoot,
    'the survey page never defined <csat-survey>',
    { timeout: 5000 },
  );
  const el = frame.contentDocument!.querySelector('csat-survey')!;
  await waitUntil(
    () => el.shadowRoot!.querySelector('[data-score]'),
    `the survey never showed (${el.step})`,
    {
      timeout: 5000,
    },
  );
  return frame;
}

describe('<csat-survey> delivery', () => {
  beforeEach(resetStorage);

  describe('payload', () => {
    const cases = [
      { score: 1, category: 'unsatisfied' },
      { score: 2, category: 'unsatisfied' },
      { score: 3, category: 'neutral' },
      { score: 4, category: 'satisfied' },
      { score: 5, category: 'satisfied' },
    ] as const;
    const followUps = {
      unsatisfied: "We're sorry. What should we do better?",
      neutral: 'What would have made your experience better?',
      satisfied: 'What did you like most?',
    };
    for (const { score, category } of cases) {
      it(`score ${score}: kind csat, scale 1-5, ${category}, revision 1; then the comment under the same id, revision 2`, async () => {
        const url = collector();
        const { el, events } = await survey(url);
        await choose(el, score);
        const first = (await receivedAtLeast(url, 1)).bodies[0]!;
        expect(Object.keys(first)).to.deep.equal([
          'id',
          'kind',
          'scale',
          'score',
          'category',
          'question',
          'locale',
          'page',
          'submittedAt',
          'revision',
        ]);
        expect(first).to.include({
          kind: 'csat',
          scale: '1-5',
          score,
          category,
          question: 'How satisfied were you with your order?',
          locale: 'en',
          page: page(),
          revision: 1,
        });
        expect(surveyResponseSchema.safeParse(first).success).to.equal(true);
        const scored = events.find((e) => e.type == 'csat-score')!;
        expect(scored.detail).to.deep.equal({ score, category, id: first.id });
        // The follow-up of its category.
        expect(el.shadowRoot!.querySelector("[part~='follow-up']")!.textContent).to.contain(
          followUps[category],
        );
        await typeComment(el, '  Late delivery  ');
        await send(el);
        const got = await receivedAtLeast(url, 2);
        expect(got.requests).to.equal(2);
        expect(got.methods).to.deep.equal(['POST', 'POST']);
        expect(got.types.every((t) => t?.startsWith('application/json'))).to.equal(true);
        expect(got.bodies[1]).to.include({
          id: first.id,
          kind: 'csat',
          score,
          category,
          comment: 'Late delivery',
          revision: 2,
        });
        expect(surveyResponseSchema.safeParse(got.bodies[1]).success).to.equal(true);
        // The NPS events are not fired by a CSAT survey.
        expect(events.some((e) => e.type == 'nps-score')).to.equal(false);
      });
    }

    it('one request per change: a double click, Send twice, an unchanged comment and Skip add none', async () => {
      const url = collector();
      const { el } = await survey(url);
      await choose(el, 4);
      await choose(el, 4);
      await receivedAtLeast(url, 1);
      await typeComment(el, 'Fast');
      await send(el);
      await receivedAtLeast(url, 2);
      // The thank-you: no Send any more; a new survey on the same response does nothing more.
      const other = await survey(url, { 'throttle-days': 0 });
      await choose(other.el, 2);
      await skip(other.el);
      const got = await receivedAtLeast(url, 3);
      await new Promise((r) => setTimeout(r, 300));
      expect((await received(url)).requests).to.equal(got.requests);
      expect(got.bodies.map((b) => [b.score, b.comment ?? null, b.revision])).to.deep.equal([
        [4, null, 1],
        [4, 'Fast', 2],
        [2, null, 1],
      ]);
    });

    it('changing the score 2 → 5: the same id, revision 2, satisfied; the comment after it revision 3', async () => {
      const url = collector();
      const { el } = await survey(url);
      await choose(el, 2);
      await receivedAtLeast(url, 1);
      await choose(el, 5);
      await receivedAtLeast(url, 2);
      await typeComment(el, 'Changed my mind');
      await send(el);
      const got = await receivedAtLeast(url, 3);
      expect(new Set(got.bodies.map((b) => b.id)).size).to.equal(1);
      expect(got.bodies.map((b) => [b.score, b.category, b.revision])).to.deep.equal([
        [2, 'unsatisfied', 1],
        [5, 'satisfied', 2],
        [5, 'satisfied', 3],
      ]);
    });

    it('csat-submit preventDefault: no request; the body is the page’s to send', async () => {
      const url = collector();
      const { el } = await survey(url);
      let body: Record<string, unknown> | undefined;
      el.addEventListener('csat-submit', (e) => {
        e.preventDefault();
        body = e.detail.response as unknown as Record<string, unknown>;
      });
      await choose(el, 3);
      expect(body).to.include({ kind: 'csat', scale: '1-5', score: 3, category: 'neutral', revision: 1 });
      await new Promise((r) => setTimeout(r, 200));
      expect((await received(url)).requests).to.equal(0);
      expect(outboxEntries()).to.deep.equal([]);
    });
  });

  describe('revisions', () => {
    it('a slow score committed after its comment does not replace it (the highest revision wins)', async function (this: TestContext) {
      this.timeout(20000);
      const url = `/__test__/store?id=${Math.random().toString(36).slice(2)}&hold=1`;
      const { el, events } = await survey(url, { 'throttle-days': 0, timeout: 0.5 });
      await choose(el, 1);
      await waitUntil(
        () => events.some((e) => e.type == 'crm-error' && e.detail.kind == 'timeout'),
        'the first POST never timed out',
        { timeout: 5000, interval: 20 },
      );
      await typeComment(el, 'Broken on arrival');
      await send(el);
      await outboxDrained(8000);
      const id = new URL(url, location.href).searchParams.get('id')!;
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
      // Revision 2 (the comment) committed first, the held revision 1 (score only) after it.
      expect(commits.map((c) => c.revision)).to.deep.equal([2, 1]);
      expect(rows[rid]).to.include({ kind: 'csat', score: 1, comment: 'Broken on arrival', revision: 2 });
      expect(surveyResponseSchema.safeParse(rows[rid]).success).to.equal(true);
      // Upserting by id alone would have lost the comment: what the revision prevents.
      expect(byIdOnly[rid]).to.include({ revision: 1, score: 1 });
      expect(byIdOnly[rid]).to.not.have.property('comment');
    });
  });

  describe('the next page load', () => {
    it('delivers a CSAT response left in the outbox by a page that went away', async function (this: TestContext) {
      this.timeout(20000);
      const url = collector([{ status: 500 }, { status: 500 }, { status: 201 }]);
      const first = await surveyPage({ action: url, 'min-answer-time': '0' });
      const survey1 = first.contentDocument!.querySelector('csat-survey')!;
      survey1.shadowRoot!.querySelector<HTMLElement>('[data-score="4"]')!.click();
      await waitUntil(() => outboxEntries()[0]?.attempts === 1, 'the first attempt never failed', {
        timeout: 5000,
      });
      const [pending] = outboxEntries();
      expect(pending!.body).to.include({ kind: 'csat', scale: '1-5', score: 4, category: 'satisfied' });
      first.remove();
      await receivedAtLeast(url, 2);
      // The next page (throttled after that answer, so shown here with throttle-days 0) delivers it.
      const next = await surveyPage({ action: url, 'min-answer-time': '0', 'throttle-days': '0' });
      try {
        await outboxDrained(6000);
        const got = await received(url);
        expect(got.statuses).to.deep.equal([500, 500, 201]);
        expect(got.bodies[2]).to.deep.equal(pending!.body);
        expect(localStorage.getItem(OUTBOX_KEY)).to.equal(null);
      } finally {
        next.remove();
      }
    });
  });

  describe('throttles per kind', () => {
    it('answering CSAT hides the next CSAT survey, not <nps-survey>; answering NPS leaves CSAT shown', async () => {
      const { el } = await survey(collector());
      await choose(el, 5);
      expect(Object.keys(JSON.parse(localStorage.getItem(CSAT_KEY)!).seen)).to.deep.equal(['']);
      expect(localStorage.getItem(SURVEY_KEY)).to.equal(null);
      const again = await mount({ attrs: { lang: 'en' } });
      expect(again.step).to.equal('hidden');
      const nps = await mount({ attrs: { lang: 'en' } }, 'nps-survey');
      expect(nps.step).to.equal('question');

      resetStorage();
      const nps2 = await mount({ attrs: { lang: 'en' } }, 'nps-survey');
      (nps2.shadowRoot!.querySelector('[data-score="9"]') as HTMLElement).click();
      await settle(nps2);
      expect(localStorage.getItem(SURVEY_KEY)).to.not.equal(null);
      expect(localStorage.getItem(CSAT_KEY)).to.equal(null);
      expect((await mount({ attrs: { lang: 'en' } })).step).to.equal('question');
      expect((await mount({ attrs: { lang: 'en' } }, 'nps-survey')).step).to.equal('hidden');
    });

    it('closing it unanswered hides CSAT for decline-throttle-days, and only CSAT', async () => {
      const el = await mount({ attrs: { lang: 'en' } });
      const dismissed = record(el, ['csat-dismiss']);
      (el.shadowRoot!.querySelector("[part~='close']") as HTMLElement).click();
      await settle(el);
      expect(dismissed.map((e) => e.detail)).to.deep.equal([{ answered: false }]);
      expect(JSON.parse(localStorage.getItem(CSAT_KEY)!).seen[''].declined).to.be.a('number');
      expect((await mount({ attrs: { lang: 'en' } })).step).to.equal('hidden');
      expect((await mount({ attrs: { lang: 'en', 'decline-throttle-days': 0 } })).step).to.equal('question');
      expect((await mount({ attrs: { lang: 'en' } }, 'nps-survey')).step).to.equal('question');
    });

    it('sample="0" hides it; a form field is never hidden', async () => {
      expect((await mount({ attrs: { sample: 0 } })).step).to.equal('hidden');
      expect((await mount({ attrs: { sample: 0, name: 'csat' } })).step).to.equal('question');
    });
  });
});
