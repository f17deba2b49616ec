// Bidi isolation of data strings in accessible names (issue 17, "Bidi"): a caption, stage name or
// item name holding U+202E (right-to-left override) followed by numbers must
// not run its override into the numbers or words after it. Read from the browser's computed
// accessibility tree: every name that holds the string either is that string alone or holds it
// between FSI (U+2068) and PDI (U+2069). In English, Persian and Arabic.
import { expect } from '@open-wc/testing';
import '../../../src/components/nps-gauge/index.js';
import '../../../src/components/funnel-view/index.js';
import '../../../src/components/churn-trend/index.js';
import '../../../src/components/breakdown-bars/index.js';
import '../../../src/components/kpi-card/index.js';
import {
  axFind,
  axTree,
  liveRegion,
  mountElement,
  settle,
  type Host,
  type MountOptions,
} from '../harness.js';
import { LANGS } from './vectors.js';

/** An override and a name: unisolated, it reverses what follows ("…: 100" read as "001 :…"). */
const S = '\u202eAcme 42';

interface Case {
  tag: string;
  where: string;
  mount: MountOptions;
}

const churn = {
  granularity: 'month',
  points: [
    { period: '2024-01', customersAtStart: 100, customersLost: 4 },
    { period: '2024-02', customersAtStart: 96, customersLost: 3 },
  ],
};

const CASES: Case[] = [
  {
    tag: 'nps-gauge',
    where: 'label',
    mount: { attrs: { label: S, promoters: 60, passives: 25, detractors: 15 } },
  },
  {
    tag: 'funnel-view',
    where: 'label',
    mount: {
      attrs: { label: S },
      data: {
        stages: [
          { label: 'Visits', value: 1200 },
          { label: 'Leads', value: 300 },
        ],
      },
    },
  },
  {
    tag: 'funnel-view',
    where: 'stage name',
    mount: {
      data: {
        stages: [
          { label: S, value: 1200 },
          { label: 'Leads', value: 300 },
        ],
      },
    },
  },
  { tag: 'churn-trend', where: 'label', mount: { attrs: { label: S }, data: churn } },
  {
    tag: 'breakdown-bars',
    where: 'label',
    mount: {
      attrs: { label: S },
      data: [
        { label: 'Web', value: 500 },
        { label: 'Ads', value: 300 },
      ],
    },
  },
  {
    tag: 'breakdown-bars',
    where: 'item label',
    mount: {
      data: [
        { label: S, value: 500 },
        { label: 'Ads', value: 300 },
      ],
    },
  },
  { tag: 'kpi-card', where: 'label', mount: { attrs: { label: S, value: 0.25, format: 'percent' } } },
];

/** Whether every occurrence of `s` in `name` is isolated (or `name` is `s` alone). */
export function isolated(name: string, s: string): boolean {
  if (name.trim() === s) return true;
  for (let i = name.indexOf(s); i >= 0; i = name.indexOf(s, i + 1))
    if (name[i - 1] !== '\u2068' || name[i + s.length] !== '\u2069') return false;
  return true;
}

describe('data strings are bidi-isolated in accessible names', () => {
  it('the check itself: isolated, alone, or not', () => {
    expect(isolated(`Score \u2068${S}\u2069 100`, S)).to.equal(true);
    expect(isolated(S, S)).to.equal(true);
    expect(isolated(`${S}: 100`, S)).to.equal(false);
    expect(isolated(`\u2068${S}\u2069 and ${S} 1`, S)).to.equal(false);
  });

  for (const { tag, where, mount } of CASES)
    for (const { lang, dir } of LANGS)
      it(`<${tag}> ${where} (${lang})`, async () => {
        const el = await mountElement<Host>(tag, { ...mount, wrapper: { lang, dir } });
        await settle(el);
        const named = axFind(await axTree(), (n) => (n.name ?? '').includes(S));
        expect(named.length, `no accessible name holds the ${where}`).to.be.greaterThan(0);
        for (const n of named) expect(isolated(n.name, S), `${n.role} "${n.name}"`).to.equal(true);
      });
});

describe('data strings are bidi-isolated in live regions', () => {
  for (const { lang, dir } of LANGS)
    it(`<nps-gauge> announces a new score with its label isolated (${lang})`, async () => {
      const el = await mountElement<Host>('nps-gauge', {
        attrs: { label: S, promoters: 60, passives: 25, detractors: 15 },
        wrapper: { lang, dir },
      });
      el.setAttribute('promoters', '80');
      await settle(el);
      const said = liveRegion(el).textContent ?? '';
      expect(said).to.include(S);
      expect(isolated(said.trim(), S), said).to.equal(true);
    });
});
