// <ces-survey>: a response left in the outbox by a page that went away is delivered by the next
// page load (an iframe of /__test__/survey.html?tag=ces-survey), with its kind and scale.
import { expect, waitUntil } from '@open-wc/testing';
import {
  OUTBOX_KEY,
  collector,
  outboxDrained,
  outboxEntries,
  received,
  receivedAtLeast,
  resetStorage,
} from '../nps-survey/helpers.js';

/** An iframe of /__test__/survey.html with a <ces-survey> of these attributes, shown. */
async function surveyPage(attrs: Record<string, string>): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.src = `/__test__/survey.html?tag=ces-survey&attrs=${encodeURIComponent(JSON.stringify(attrs))}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  await waitUntil(
    () => frame.contentDocument?.querySelector('ces-survey')?.shadowRoot?.querySelector('[data-score]'),
    'the survey page never showed <ces-survey>',
    { timeout: 5000 },
  );
  return frame;
}

describe('<ces-survey> across page loads', () => {
  beforeEach(resetStorage);
  afterEach(resetStorage);

  it('delivers a CES response (1–5) left in the outbox by a page that went away', async function (this: {
    timeout(ms: number): void;
  }) {
    this.timeout(20000);
    // 1: the page's attempt (500); 2: its pagehide keepalive copy (500); 3: the next page (201).
    const url = collector([{ status: 500 }, { status: 500 }, { status: 201 }]);
    const first = await surveyPage({ action: url, scale: '1-5', 'min-answer-time': '0' });
    first
      .contentDocument!.querySelector('ces-survey')!
      .shadowRoot!.querySelector<HTMLElement>('[data-score="5"]')!
      .click();
    await waitUntil(() => outboxEntries()[0]?.attempts === 1, 'the first attempt never failed', {
      timeout: 5000,
    });
    const [pending] = outboxEntries();
    expect(pending!.body).to.include({ kind: 'ces', scale: '1-5', score: 5, category: 'easy', revision: 1 });
    first.remove();
    await receivedAtLeast(url, 2);
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
