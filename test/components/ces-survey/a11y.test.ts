// <ces-survey> accessibility: axe-core in every step (question, each follow-up, thanks, queued,
// rejected, popover, form field) on both scales, in en, fa and ar, light, theme="dark" and
// prefers-color-scheme: dark; the radio group named by the statement, radios named by their
// numbers, the ends described by their agreement labels.
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import {
  axFind,
  axTree,
  choose,
  collector,
  has,
  mount,
  part,
  partShown,
  resetStorage,
  scoreButton,
  scoreButtons,
  skip,
  type CesSurvey,
} from './helpers.js';

type Attrs = Record<string, string | number | boolean>;
interface State {
  name: string;
  attrs?: Attrs;
  reach?: (el: CesSurvey) => Promise<unknown>;
  check: (el: CesSurvey) => void;
}

const STATES: State[] = [
  { name: 'question', check: (el) => expect(el.step).to.equal('question') },
  ...(
    [
      [1, 'hard'],
      [3, 'neutral'],
      [5, 'easy'],
    ] as const
  ).map(([score, category]): State => ({
    name: `follow-up (${category} on 1-5)`,
    attrs: { scale: '1-5' },
    reach: (el) => choose(el, score),
    check: (el) => {
      expect(scoreButton(el, score).className).to.equal(category);
      expect(has(el, 'comment')).to.equal(true);
    },
  })),
  {
    name: 'follow-up (easy on 1-7)',
    reach: (el) => choose(el, 7),
    check: (el) => expect(scoreButton(el, 7).className).to.equal('easy'),
  },
  {
    name: 'thanks',
    reach: async (el) => (await choose(el, 4), await skip(el)),
    check: (el) => expect(el.step).to.equal('thanks'),
  },
  {
    name: 'queued (500)',
    attrs: { action: '500', 'throttle-days': 0 },
    reach: async (el) => (await choose(el, 2), await partShown(el, 'queued')),
    check: (el) => expect(has(el, 'queued')).to.equal(true),
  },
  {
    name: 'rejected (400)',
    attrs: { action: '400', 'throttle-days': 0 },
    reach: async (el) => (await choose(el, 2), await partShown(el, 'error')),
    check: (el) => expect(part(el, 'error').getAttribute('role')).to.equal('alert'),
  },
  {
    name: 'colored, follow-up',
    attrs: { colored: true },
    reach: (el) => choose(el, 6),
    check: (el) => expect(el.hasAttribute('colored')).to.equal(true),
  },
  {
    name: 'form field, required',
    attrs: { name: 'ces', required: true },
    check: (el) => expect(has(el, 'close')).to.equal(false),
  },
  {
    name: 'popover, follow-up',
    attrs: { mode: 'popover', open: true },
    reach: (el) => choose(el, 5),
    check: (el) => expect(part(el, 'popover').matches(':popover-open')).to.equal(true),
  },
];

const SCHEMES = [
  { name: 'light', attrs: {}, media: 'light' },
  { name: 'theme="dark"', attrs: { theme: 'dark' }, media: 'light' },
  { name: 'prefers-color-scheme: dark', attrs: {}, media: 'dark' },
] as const;

describe('<ces-survey> axe-core', () => {
  beforeEach(resetStorage);
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
  });

  for (const lang of ['en', 'fa', 'ar'])
    for (const scheme of SCHEMES)
      for (const state of STATES)
        it(`no violations: ${state.name}, ${scheme.name}, ${lang}`, async () => {
          await emulateMedia({ colorScheme: scheme.media });
          const attrs: Attrs = { lang, brand: 'Acme', ...scheme.attrs, ...state.attrs };
          if (attrs.action) attrs.action = collector([{ status: Number(attrs.action) }]);
          const el = await mount({ attrs });
          await state.reach?.(el);
          state.check(el);
          expect(getComputedStyle(el).colorScheme).to.equal(scheme.name == 'light' ? 'light' : 'dark');
          expect(part(el, 'base').getAttribute('dir')).to.equal(lang == 'en' ? 'ltr' : 'rtl');
          await expect(el).to.be.accessible();
        });
});

describe('<ces-survey> ARIA', () => {
  beforeEach(resetStorage);

  for (const [scale, max] of [
    ['1-7', 7],
    ['1-5', 5],
  ] as const)
    it(`${scale}: a radio group named by the statement, of ${max} radios named 1…${max}, the ends described`, async () => {
      const el = await mount({ attrs: { lang: 'en', brand: 'Acme', scale } });
      const tree = await axTree();
      const [group] = axFind(tree, (n) => n.role == 'radiogroup');
      expect(group!.name).to.equal('\u2068Acme\u2069 made it easy for me to handle my issue.');
      const radios = axFind(group!, (n) => n.role == 'radio');
      expect(radios.map((r) => r.name)).to.deep.equal(Array.from({ length: max }, (_, i) => String(i + 1)));
      const byId = (id: string | null) => el.shadowRoot!.getElementById(id!)!.textContent!.trim();
      expect(byId(scoreButton(el, 1).getAttribute('aria-describedby'))).to.equal('Strongly disagree');
      expect(byId(scoreButton(el, max).getAttribute('aria-describedby'))).to.equal('Strongly agree');
      expect(scoreButtons(el).map((b) => b.getAttribute('aria-checked'))).to.deep.equal(
        Array(max).fill('false'),
      );
      await choose(el, 3);
      expect(scoreButtons(el).map((b) => b.getAttribute('aria-checked'))).to.deep.equal(
        Array.from({ length: max }, (_, i) => String(i == 2)),
      );
    });

  it('fa: the radios are named in Persian digits and the group by the Persian statement', async () => {
    await mount({ attrs: { lang: 'fa', scale: '1-5' } });
    const [group] = axFind(await axTree(), (n) => n.role == 'radiogroup');
    expect(group!.name).to.equal('شما حل مشکلم را برایم آسان کردید.');
    expect(axFind(group!, (n) => n.role == 'radio').map((r) => r.name)).to.deep.equal([
      '۱',
      '۲',
      '۳',
      '۴',
      '۵',
    ]);
  });
});
