// Injection into the five charts (issue 17, "Injection"): every vector of vectors.ts in every text
// a chart renders — its caption (and so its accessible name and its table's caption), stage, item
// and series names (in the bars, their tooltips and the data table), and the error message that
// quotes a `src` URL (a real 404 route of the test server whose query holds the vector) — in
// English, Persian and Arabic. One element per place and language, its text set in turn.
import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/components/nps-gauge/index.js';
import '../../../src/components/funnel-view/index.js';
import '../../../src/components/churn-trend/index.js';
import '../../../src/components/breakdown-bars/index.js';
import '../../../src/components/kpi-card/index.js';
import { mountElement, settle, withTable, type Host, type MountOptions } from '../harness.js';
import { LANGS, VECTORS, check, counted, quiet, tagsOf } from './vectors.js';

type El = Host & { label: string | null; src: string | null };

/** One place a chart shows a string: how to put it there, and whether it names something. */
interface Place {
  where: string;
  mount: MountOptions;
  put: (el: El, s: string) => Promise<void> | void;
  name?: boolean;
  /** Read with the data table shown. */
  table?: boolean;
}

/** An error message quoting the `src` URL: a 404 of the test server, the vector in its query. */
const errorPlace: Place = {
  where: 'error URL',
  mount: {},
  put: async (el, s) => {
    const url = `/__test__/json?status=404&body=0&v=${s}`;
    let seen = false;
    const done = (e: Event) => ((e as CustomEvent<{ url?: string }>).detail.url === url ? (seen = true) : 0);
    el.addEventListener('crm-error', done);
    el.src = url;
    await waitUntil(() => seen, `no crm-error for ${url}`, { timeout: 5000, interval: 5 });
    el.removeEventListener('crm-error', done);
    await settle(el);
  },
};

const caption = (mount: MountOptions, table = false): Place[] => [
  { where: 'label', mount, name: true, put: (el, s) => void (el.label = s) },
  ...(table
    ? [
        {
          where: 'label in the table caption',
          mount,
          table: true,
          put: (el: El, s: string) => void (el.label = s),
        },
      ]
    : []),
];

const stages = (s: string) => ({
  stages: [
    { label: s, value: 1200, previous: 1000 },
    { label: `${s}2`, value: 300, previous: 400 },
    { label: 'Customers', value: 42 },
  ],
});
const items = (s: string) => [
  { label: s, value: 500, previous: 400 },
  { label: 'Ads', value: 300 },
];
const stacked = (s: string) => ({
  series: [s, 'Emails'],
  items: [
    { label: 'Sara', values: [12, 30] },
    { label: 'Omid', values: [20, 10] },
  ],
});
const churn = {
  granularity: 'month',
  points: [
    { period: '2024-01', customersAtStart: 100, customersLost: 4 },
    { period: '2024-02', customersAtStart: 96, customersLost: 3 },
  ],
};

const ELEMENTS: Record<string, Place[]> = {
  'nps-gauge': [...caption({ attrs: { promoters: 60, passives: 25, detractors: 15 } }), errorPlace],
  'funnel-view': [
    ...caption({ data: stages('Visits') }, true),
    {
      where: 'stage name',
      mount: { data: stages('Visits') },
      name: true,
      put: (el, s) => void (el.data = stages(s)),
    },
    {
      where: 'stage name in the table',
      mount: { data: stages('Visits') },
      table: true,
      put: (el, s) => void (el.data = stages(s)),
    },
    errorPlace,
  ],
  'churn-trend': [...caption({ data: churn }, true), errorPlace],
  'breakdown-bars': [
    ...caption({ data: items('Web') }, true),
    {
      where: 'item label',
      mount: { data: items('Web') },
      name: true,
      put: (el, s) => void (el.data = items(s)),
    },
    {
      where: 'item label in the table',
      mount: { data: items('Web') },
      table: true,
      put: (el, s) => void (el.data = items(s)),
    },
    { where: 'series name', mount: { data: stacked('Calls') }, put: (el, s) => void (el.data = stacked(s)) },
    {
      where: 'series name in the table',
      mount: { data: stacked('Calls') },
      table: true,
      put: (el, s) => void (el.data = stacked(s)),
    },
    errorPlace,
  ],
  'kpi-card': [...caption({ attrs: { value: 0.25, format: 'percent' } }), errorPlace],
};

for (const [tag, places] of Object.entries(ELEMENTS))
  describe(`<${tag}> shows hostile strings as text`, () => {
    for (const { lang, dir } of LANGS)
      for (const place of places)
        it(`${place.where} (${lang}): ${VECTORS.length} vectors`, async function (this: {
          timeout(ms: number): void;
        }) {
          this.timeout(30000);
          const el = await mountElement<El>(tag, { ...place.mount, wrapper: { lang, dir } });
          const read = async (s: string, body: (own: Set<string>) => void, own?: Set<string>) => {
            await place.put(el, s);
            await settle(el);
            const run = () => body(own ?? tagsOf(el));
            if (place.table) await withTable(el, run);
            else run();
          };
          // The tags of the element's own template, drawn with a harmless string.
          let own = new Set<string>();
          await read('Harmless', (tags) => (own = tags));
          expect(own.size, 'the element drew nothing').to.be.greaterThan(0);
          for (const v of VECTORS) await read(v, (o) => check(tag, el, v, o, place.where, place), own);
          await quiet();
        });
  });

after(() => {
  const total = [...counted.values()].reduce((a, b) => a + b, 0);
  console.log(
    `XSS charts: ${VECTORS.length} vectors × places × 3 languages = ${total} checks (${[...counted]
      .map(([t, n]) => `${t} ${n}`)
      .join(', ')})`,
  );
});
