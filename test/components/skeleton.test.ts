// Every element's loading skeleton: it holds about the height of what replaces it (no layout
// shift when the data arrives) and has one look across the kit.
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/components/nps-gauge/index.js';
import '../../src/components/funnel-view/index.js';
import '../../src/components/churn-trend/index.js';
import '../../src/components/kpi-card/index.js';
import '../../src/components/breakdown-bars/index.js';
import { $, afterFrames, jsonRoute, mountElement, type Host } from './harness.js';

/** Representative data of each element (what a dashboard shows), set once the skeleton is measured. */
const CASES: [tag: string, data: unknown, attrs: Record<string, string>][] = [
  [
    'nps-gauge',
    {
      promoters: 412,
      passives: 180,
      detractors: 96,
      previous: { promoters: 380, passives: 190, detractors: 120 },
      target: 40,
    },
    {},
  ],
  [
    'funnel-view',
    {
      stages: [
        { label: 'Visitors', value: 48210 },
        { label: 'Leads', value: 3120 },
        { label: 'Qualified', value: 1290 },
        { label: 'Proposal', value: 410 },
        { label: 'Won', value: 162 },
      ],
    },
    {},
  ],
  [
    'churn-trend',
    {
      points: Array.from({ length: 12 }, (_, i) => ({
        date: new Date(Date.UTC(2025, i + 1, 0)).toISOString().slice(0, 10),
        rate: 0.03 + 0.01 * Math.sin(i),
      })),
    },
    { target: '0.03' },
  ],
  [
    'kpi-card',
    { spend: 125000, newCustomers: 410, previous: 298, target: 250 },
    { metric: 'cac', currency: 'USD' },
  ],
  [
    'breakdown-bars',
    {
      items: [
        { label: 'Web', value: 1240, previous: 1100 },
        { label: 'Referral', value: 860, previous: 900 },
        { label: 'Events', value: 310, previous: 280 },
        { label: 'Paid search', value: 295, previous: 240 },
        { label: 'Email', value: 180, previous: 210 },
        { label: 'Partners', value: 120, previous: 150 },
      ],
    },
    { label: 'Leads by source' },
  ],
];

const height = (el: Element) => el.getBoundingClientRect().height;

/** Waits until the host's height holds for a few frames (fonts, container queries, ResizeObserver). */
async function steady(el: Host & Element): Promise<number> {
  let last = -1;
  let same = 0;
  await waitUntil(
    async () => {
      await afterFrames(el, 1);
      const h = height(el);
      same = h === last ? same + 1 : 0;
      last = h;
      return same >= 3;
    },
    'the height never settled',
    { timeout: 5000 },
  );
  return last;
}

describe('loading skeletons', () => {
  it('have one look in every element: the shimmer, its colour, its corners', async () => {
    const looks = [];
    for (const [tag, , attrs] of CASES) {
      const el = await mountElement<Host & HTMLElement>(tag, {
        attrs: { ...attrs, src: jsonRoute({}, { ms: 20000 }), timeout: 60 },
      });
      const s = getComputedStyle($(el, '[part="skeleton"]'));
      looks.push([s.backgroundImage, s.backgroundColor, s.borderRadius, s.animationName]);
      expect(s.animationName, tag).to.equal('crm-shimmer');
    }
    expect(looks[1]).to.deep.equal(looks[0]);
    expect(looks[2]).to.deep.equal(looks[0]);
    expect(looks[3]).to.deep.equal(looks[0]);
  });

  it('takes the height a page gives ::part(skeleton)', async () => {
    const style = document.createElement('style');
    style.textContent = 'funnel-view::part(skeleton) { block-size: 33rem; }';
    document.head.append(style);
    try {
      const el = await mountElement<Host & HTMLElement>('funnel-view', {
        attrs: { src: jsonRoute({}, { ms: 20000 }), timeout: 60 },
      });
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
      expect($(el, '[part="skeleton"]').getBoundingClientRect().height).to.equal(33 * rem);
    } finally {
      style.remove();
    }
  });

  for (const [tag, data, attrs] of CASES)
    for (const lang of ['en', 'fa'])
      for (const width of [320, 1200])
        it(`<${tag}> in ${lang} at ${width} px holds its ready height while loading`, async () => {
          // A src that answers long after the test: the element stays loading until .data is set.
          const src = jsonRoute(data, { ms: 20000 });
          const el = await mountElement<Host & HTMLElement>(tag, {
            attrs: { ...attrs, src, timeout: 60, lang },
            width,
          });
          expect(el.state).to.equal('loading');
          const loading = await steady(el);
          expect($(el, '[part="skeleton"]').getBoundingClientRect().height).to.be.above(0);
          el.data = data;
          await waitUntil(() => el.state === 'ready');
          const ready = await steady(el);
          console.log(`${tag} ${lang} ${width}px: loading ${loading}, ready ${ready}`);
          // Relative: no pixel threshold that a different font would break.
          expect(Math.abs(ready - loading), `loading ${loading} px, ready ${ready} px`).to.be.at.most(
            0.1 * ready,
          );
        });
});
