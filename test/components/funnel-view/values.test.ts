// <funnel-view>: the numbers it shows for hand-computed funnels, from every input path, read from
// the rendered shadow DOM (stage faces, accessible names, tooltips, overall, data table).
import { expect, oneEvent } from '@open-wc/testing';
import type { CrmDataDetail } from '../../../src/data/index.js';
import {
  STANDARD,
  STEEP,
  faces,
  has,
  jsonRoute,
  loaded,
  mount,
  names,
  part,
  requestsOf,
  settle,
  stagesAttr,
  tableCells,
  text,
  tooltip,
  type Face,
  type Stage,
  withTable,
} from './helpers.js';

/*
 * The standard funnel: Visitors 48,210 → Leads 3,120 → Qualified 1,290 → Proposal 410 → Won 162.
 *   Leads:     from previous 3120/48210 = 0.064717 → "6.5%";  dropped 48210 − 3120 = 45090, 45090/48210 = 0.935283 → "93.5%"
 *   Qualified: from previous 1290/3120  = 0.413462 → "41.3%"; dropped 3120 − 1290 = 1830,  1830/3120   = 0.586538 → "58.7%"
 *              from first   1290/48210 = 0.026758 → "2.7%"
 *   Proposal:  from previous 410/1290   = 0.317829 → "31.8%"; dropped 1290 − 410 = 880,    880/1290    = 0.682171 → "68.2%"
 *              from first   410/48210  = 0.0085045 → "0.85%" (two decimals below 1%)
 *   Won:       from previous 162/410    = 0.395122 → "39.5%"; dropped 410 − 162 = 248,     248/410     = 0.604878 → "60.5%"
 *              from first   162/48210  = 0.0033603 → "0.34%" = the overall conversion
 */
const STANDARD_FACES: Face[] = [
  { name: 'Visitors', value: '48,210', conv: null, change: null },
  { name: 'Leads', value: '3,120', conv: '6.5% of previous stage', change: null },
  { name: 'Qualified', value: '1,290', conv: '41.3% of previous stage', change: null },
  { name: 'Proposal', value: '410', conv: '31.8% of previous stage', change: null },
  { name: 'Won', value: '162', conv: '39.5% of previous stage', change: null },
];
// A stage is named by what it shows (its tooltip, the description, has the drop-off).
const STANDARD_NAMES = [
  'Visitors 48,210',
  'Leads 3,120 6.5% of previous stage',
  'Qualified 1,290 41.3% of previous stage',
  'Proposal 410 31.8% of previous stage',
  'Won 162 39.5% of previous stage',
];
const STANDARD_TABLE = [
  ['Stage', 'Value', 'From previous', 'From first', 'Dropped', 'Dropped %'],
  ['Visitors', '48,210', '—', '100%', '—', '—'],
  ['Leads', '3,120', '6.5%', '6.5%', '45,090', '93.5%'],
  ['Qualified', '1,290', '41.3%', '2.7%', '1,830', '58.7%'],
  ['Proposal', '410', '31.8%', '0.85%', '880', '68.2%'],
  ['Won', '162', '39.5%', '0.34%', '248', '60.5%'],
];

/** Asserts everything the standard funnel shows. */
async function expectStandard(el: Parameters<typeof faces>[0]): Promise<void> {
  expect(el.state).to.equal('ready');
  expect(faces(el)).to.deep.equal(STANDARD_FACES);
  expect(names(el)).to.deep.equal(STANDARD_NAMES);
  expect(text(part(el, 'overall'))).to.equal('Overall conversion 0.34%');
  expect(await tableCells(el)).to.deep.equal(STANDARD_TABLE);
}

/*
 * The previous period: 45,100 → 2,900 → 1,180 → 390 → 120.
 *   change per stage = (value − previous) / previous:
 *     Visitors (48210 − 45100)/45100 = 3110/45100 = 0.068958 → "+6.9%"
 *     Leads    (3120 − 2900)/2900   = 220/2900   = 0.075862 → "+7.6%"
 *     Qualified (1290 − 1180)/1180  = 110/1180   = 0.093220 → "+9.3%"
 *     Proposal (410 − 390)/390      = 20/390     = 0.051282 → "+5.1%"
 *     Won      (162 − 120)/120      = 42/120     = 0.35     → "+35%"
 *   overall conversion now 162/48210 = 0.0033603 (0.33603%), before 120/45100 = 0.0026608 (0.26608%)
 *     change in percentage points = 0.33603 − 0.26608 = 0.06995 → "+0.07 pts"
 */
const PREVIOUS = [45100, 2900, 1180, 390, 120];
const WITH_PREVIOUS: Stage[] = STANDARD.map((s, i) => ({ ...s, previous: PREVIOUS[i]! }));

describe('<funnel-view> numbers', () => {
  describe('hand-computed funnels', () => {
    it('the standard 5-stage funnel: conversions, drop-offs, overall, table', async () => {
      const el = await mount({ data: STANDARD });
      await expectStandard(el);
      // The caption defaults to "Funnel"; the table's caption follows it.
      expect(text(part(el, 'label'))).to.equal('Funnel');
      const caption = await withTable(el, () => text(part(el, 'table').querySelector('caption')));
      expect(caption).to.equal('Funnel: data');
    });

    it('the tooltips carry the drop-off of each stage', async () => {
      const el = await mount({ data: STANDARD });
      expect(text(tooltip(el, 0))).to.equal('Visitors 48,210');
      expect(text(tooltip(el, 1))).to.equal(
        'Leads 3,120 6.5% of previous stage 6.5% of Visitors 45,090 dropped (93.5%)',
      );
      expect(text(tooltip(el, 3))).to.equal(
        'Proposal 410 31.8% of previous stage 0.85% of Visitors 880 dropped (68.2%)',
      );
      expect(text(tooltip(el, 4))).to.equal(
        'Won 162 39.5% of previous stage 0.34% of Visitors 248 dropped (60.5%)',
      );
    });

    it('a stage of 0: 0% of the previous, then "—" from it (no division by zero)', async () => {
      /*
       * Signups 100 → Paid 0 → Renewed 0 → Referred 5 → Upsold 10.
       *   Paid:     0/100 = 0% ; dropped 100, 100/100 = 100%
       *   Renewed:  0/0 → null → "—"; dropped 0 − 0 = 0, 0/0 → "—"
       *   Referred: 5/0 → null → "—"; dropped 0 − 5 = −5: it grew, "5 more"; share −5/0 → "—"
       *   Upsold:   10/5 = 200%; dropped 5 − 10 = −5: "5 more"; share −5/5 = −100%
       *   from first: 0%, 0%, 5/100 = 5%, 10/100 = 10% (overall)
       */
      const el = await mount({
        data: [
          { label: 'Signups', value: 100 },
          { label: 'Paid', value: 0 },
          { label: 'Renewed', value: 0 },
          { label: 'Referred', value: 5 },
          { label: 'Upsold', value: 10 },
        ],
      });
      expect(faces(el).map((f) => [f.value, f.conv])).to.deep.equal([
        ['100', null],
        ['0', '0% of previous stage'],
        ['0', '— of previous stage'],
        ['5', '— of previous stage'],
        ['10', '200% of previous stage'],
      ]);
      expect(names(el)).to.deep.equal([
        'Signups 100',
        'Paid 0 0% of previous stage',
        'Renewed 0 — of previous stage',
        'Referred 5 — of previous stage',
        'Upsold 10 200% of previous stage',
      ]);
      expect(text(tooltip(el, 1))).to.equal('Paid 0 0% of previous stage 0% of Signups 100 dropped (100%)');
      expect(text(tooltip(el, 2))).to.equal('Renewed 0 — of previous stage 0% of Signups 0 dropped (—)');
      expect(text(tooltip(el, 3))).to.equal(
        'Referred 5 — of previous stage 5% of Signups 5 more than Renewed',
      );
      expect(text(part(el, 'overall'))).to.equal('Overall conversion 10%');
      expect((await tableCells(el)).slice(1)).to.deep.equal([
        ['Signups', '100', '—', '100%', '—', '—'],
        ['Paid', '0', '0%', '0%', '100', '100%'],
        ['Renewed', '0', '—', '0%', '0', '—'],
        ['Referred', '5', '—', '5%', '-5', '—'],
        ['Upsold', '10', '200%', '10%', '-5', '-100%'],
      ]);
    });

    it('a first stage of 0: every conversion from the first and the overall are "—"', async () => {
      // 0 → 0: from first 0/0 → null; from previous 0/0 → null.
      const el = await mount({
        data: [
          { label: 'Visitors', value: 0 },
          { label: 'Leads', value: 0 },
        ],
      });
      expect(text(part(el, 'overall'))).to.equal('Overall conversion —');
      expect((await tableCells(el)).slice(1)).to.deep.equal([
        ['Visitors', '0', '—', '—', '—', '—'],
        ['Leads', '0', '—', '—', '0', '—'],
      ]);
    });

    it('a growing stage is shown as it is, never clamped', async () => {
      /*
       * Visitors 1,000 → Trials 800 → Activated 1,000 → Paid 250.
       *   Trials:    800/1000 = 80%;  dropped 200, 200/1000 = 20%
       *   Activated: 1000/800 = 125% (not 100%); dropped 800 − 1000 = −200: "200 more"; share −200/800 = −25%
       *   Paid:      250/1000 = 25%;  dropped 750, 750/1000 = 75%
       *   overall 250/1000 = 25%
       */
      const el = await mount({
        data: [
          { label: 'Visitors', value: 1000 },
          { label: 'Trials', value: 800 },
          { label: 'Activated', value: 1000 },
          { label: 'Paid', value: 250 },
        ],
      });
      expect(names(el)).to.deep.equal([
        'Visitors 1,000',
        'Trials 800 80% of previous stage',
        'Activated 1,000 125% of previous stage',
        'Paid 250 25% of previous stage',
      ]);
      expect(faces(el)[2]).to.deep.equal({
        name: 'Activated',
        value: '1,000',
        conv: '125% of previous stage',
        change: null,
      });
      expect(text(tooltip(el, 2))).to.equal(
        'Activated 1,000 125% of previous stage 100% of Visitors 200 more than Trials',
      );
      // The table keeps the sign: a negative drop-off.
      expect((await tableCells(el))[3]).to.deep.equal(['Activated', '1,000', '125%', '100%', '-200', '-25%']);
      expect(text(part(el, 'overall'))).to.equal('Overall conversion 25%');
    });

    it('one stage only: its value, no conversion, an overall of 100%', async () => {
      // 5/5 = 100%.
      const el = await mount({ data: [{ label: 'Only', value: 5 }] });
      expect(el.state).to.equal('ready');
      expect(faces(el)).to.deep.equal([{ name: 'Only', value: '5', conv: null, change: null }]);
      expect(names(el)).to.deep.equal(['Only 5']);
      expect(text(tooltip(el, 0))).to.equal('Only 5');
      expect(text(part(el, 'overall'))).to.equal('Overall conversion 100%');
      expect(await tableCells(el)).to.deep.equal([
        ['Stage', 'Value', 'From previous', 'From first', 'Dropped', 'Dropped %'],
        ['Only', '5', '—', '100%', '—', '—'],
      ]);
    });

    it('12 stages, each half of the previous', async () => {
      /*
       * S1 4,096 → S2 2,048 → … → S12 2 (4096 / 2¹¹): every step 50% kept, 50% dropped.
       *   S12 from first 2/4096 = 0.000488 → "0.05%" (two decimals below 1%) = the overall.
       */
      const data = Array.from({ length: 12 }, (_, i) => ({ label: `S${i + 1}`, value: 4096 / 2 ** i }));
      const el = await mount({ data });
      expect(faces(el)).to.have.length(12);
      expect(faces(el)[0]).to.deep.equal({ name: 'S1', value: '4,096', conv: null, change: null });
      for (let i = 1; i < 12; i++) {
        expect(names(el)[i]).to.equal(
          `S${i + 1} ${(4096 / 2 ** i).toLocaleString('en')} 50% of previous stage`,
        );
        expect(text(tooltip(el, i)))
          .to.contain(`50% of previous stage`)
          .and.to.contain(' dropped (50%)');
      }
      expect(names(el)[11]).to.equal('S12 2 50% of previous stage');
      expect(text(part(el, 'overall'))).to.equal('Overall conversion 0.05%');
      expect((await tableCells(el))[12]).to.deep.equal(['S12', '2', '50%', '0.05%', '2', '50%']);
      // S7: 64 of 4096 = 1.5625% → "1.6%" (one decimal from 1% up).
      expect((await tableCells(el))[7]![3]).to.equal('1.6%');
    });

    it('fractional values keep one decimal', async () => {
      // Revenue 1,250.5 → 500.25: 500.25/1250.5 = 0.40004 → "40%"; dropped 750.25 → "750.3", 60%.
      const el = await mount({
        data: [
          { label: 'Pipeline', value: 1250.5 },
          { label: 'Closed', value: 500.25 },
        ],
      });
      expect(faces(el).map((f) => f.value)).to.deep.equal(['1,250.5', '500.3']);
      expect((await tableCells(el))[2]).to.deep.equal(['Closed', '500.3', '40%', '40%', '750.3', '60%']);
    });
  });

  describe('from every input path', () => {
    it('the stages attribute (JSON array)', async () => {
      const event = oneEvent(document, 'crm-data');
      const el = await mount({ attrs: stagesAttr(STANDARD) });
      await expectStandard(el);
      const { detail } = (await event) as CustomEvent<CrmDataDetail>;
      expect(detail).to.deep.equal({ data: { stages: STANDARD }, source: 'attributes' });
    });

    it('the stages attribute as a JSON object { stages }', async () => {
      const el = await mount({ attrs: stagesAttr({ stages: STANDARD }) });
      await expectStandard(el);
    });

    it('an inline <script type="application/json"> child with { stages }', async () => {
      const event = oneEvent(document, 'crm-data');
      const el = await mount({ inline: { stages: STANDARD } });
      await expectStandard(el);
      expect(((await event) as CustomEvent<CrmDataDetail>).detail.source).to.equal('inline');
    });

    it('an inline child with a bare array', async () => {
      const el = await mount({ inline: STANDARD });
      await expectStandard(el);
    });

    it('an inline child that changes re-renders', async () => {
      const el = await mount({ inline: STANDARD });
      el.querySelector('script')!.textContent = JSON.stringify([{ label: 'Only', value: 5 }]);
      await settle(el);
      expect(names(el)).to.deep.equal(['Only 5']);
    });

    it('the .data property with a bare array', async () => {
      const event = oneEvent(document, 'crm-data');
      const el = await mount({ data: STANDARD });
      await expectStandard(el);
      const { detail } = (await event) as CustomEvent<CrmDataDetail>;
      expect(detail.source).to.equal('property');
      expect(detail.data).to.deep.equal({ stages: STANDARD });
    });

    it('the .data property with { stages }', async () => {
      const el = await mount({ data: { stages: STANDARD } });
      await expectStandard(el);
    });

    it('a new .data re-renders', async () => {
      const el = await mount({ data: STANDARD });
      el.data = {
        stages: [
          { label: 'Visitors', value: 10 },
          { label: 'Leads', value: 4 },
        ],
      };
      await settle(el);
      // 4/10 = 40%, dropped 6 = 60%.
      expect(names(el)).to.deep.equal(['Visitors 10', 'Leads 4 40% of previous stage']);
      expect(text(tooltip(el, 1))).to.equal('Leads 4 40% of previous stage 40% of Visitors 6 dropped (60%)');
      expect(text(part(el, 'overall'))).to.equal('Overall conversion 40%');
    });

    it('src against the real test server (the `funnel` fixture)', async () => {
      /*
       * Visits 1,200 → Leads 300 → Customers 42.
       *   Leads 300/1200 = 25%, dropped 900 = 75%; Customers 42/300 = 14%, dropped 258/300 = 86%;
       *   overall 42/1200 = 3.5%.
       */
      const el = await mount({ attrs: { src: '/__test__/fixture/funnel' } });
      await loaded(el);
      expect(el.state).to.equal('ready');
      expect(names(el)).to.deep.equal([
        'Visits 1,200',
        'Leads 300 25% of previous stage',
        'Customers 42 14% of previous stage',
      ]);
      expect(text(tooltip(el, 2))).to.equal(
        'Customers 42 14% of previous stage 3.5% of Visits 258 dropped (86%)',
      );
      expect(text(part(el, 'overall'))).to.equal('Overall conversion 3.5%');
    });

    it('src answering the standard funnel as a bare array (json route)', async () => {
      const src = jsonRoute(STANDARD);
      const event = oneEvent(document, 'crm-data');
      const el = await mount({ attrs: { src } });
      expect(((await event) as CustomEvent<CrmDataDetail>).detail.source).to.equal('src');
      await loaded(el);
      await expectStandard(el);
      expect(await requestsOf(src)).to.equal(1);
    });
  });

  describe('precedence: .data > inline > attributes > src', () => {
    const DATA = [
      { label: 'D1', value: 10 },
      { label: 'D2', value: 1 },
    ];
    const INLINE = [
      { label: 'I1', value: 10 },
      { label: 'I2', value: 2 },
    ];
    const ATTRS = [
      { label: 'A1', value: 10 },
      { label: 'A2', value: 3 },
    ];
    const SRC = [
      { label: 'S1', value: 10 },
      { label: 'S2', value: 4 },
    ];
    const firstLabel = (el: Parameters<typeof faces>[0]) => faces(el)[0]?.name;

    it('.data beats inline, attributes and src; unset, inline shows; removed, attributes; removed, src', async () => {
      const src = jsonRoute(SRC);
      const el = await mount({ attrs: { ...stagesAttr(ATTRS), src }, inline: INLINE, data: DATA });
      expect(firstLabel(el)).to.equal('D1');
      // 1/10 = 10%.
      expect(text(part(el, 'overall'))).to.equal('Overall conversion 10%');

      el.data = undefined;
      await settle(el);
      expect(firstLabel(el)).to.equal('I1');
      expect(text(part(el, 'overall'))).to.equal('Overall conversion 20%');

      el.querySelector('script')!.remove();
      await settle(el);
      expect(firstLabel(el)).to.equal('A1');
      expect(text(part(el, 'overall'))).to.equal('Overall conversion 30%');
      // The src was never needed so far.
      expect(await requestsOf(src)).to.equal(0);

      el.removeAttribute('stages');
      await settle(el);
      await loaded(el);
      expect(firstLabel(el)).to.equal('S1');
      expect(text(part(el, 'overall'))).to.equal('Overall conversion 40%');
      expect(await requestsOf(src)).to.equal(1);
    });

    it('inline beats attributes', async () => {
      const el = await mount({ attrs: stagesAttr(ATTRS), inline: { stages: INLINE } });
      expect(firstLabel(el)).to.equal('I1');
    });

    it('the stages attribute beats src, which is not fetched', async () => {
      const src = jsonRoute(SRC);
      const el = await mount({ attrs: { ...stagesAttr(ATTRS), src } });
      expect(firstLabel(el)).to.equal('A1');
      expect(el.state).to.equal('ready');
      expect(await requestsOf(src)).to.equal(0);
    });
  });

  describe('against the previous period', () => {
    it('shows the change of every stage and of the overall conversion in points', async () => {
      const el = await mount({ data: WITH_PREVIOUS });
      expect(faces(el).map((f) => f.change)).to.deep.equal([
        '▲ +6.9%',
        '▲ +7.6%',
        '▲ +9.3%',
        '▲ +5.1%',
        '▲ +35%',
      ]);
      for (const change of el.shadowRoot!.querySelectorAll('[part~="stage"] .change')) {
        expect(change.classList.contains('up')).to.equal(true);
        // The arrow is decoration; the sign carries the direction.
        expect(change.querySelector('[aria-hidden="true"]')!.textContent).to.equal('▲');
      }
      const overall = part(el, 'overall');
      expect(text(overall)).to.equal('Overall conversion 0.34% ▲ +0.07 pts vs previous period');
      expect(overall.querySelector('.change')!.classList.contains('up')).to.equal(true);
      // The names are what the face shows, in its order (label, value, change, share: WCAG 2.5.3
      // "label in name"), each percentage with its words; conversions are the current period's.
      expect(names(el)).to.deep.equal([
        'Visitors 48,210 +6.9% vs previous period',
        'Leads 3,120 +7.6% vs previous period 6.5% of previous stage',
        'Qualified 1,290 +9.3% vs previous period 41.3% of previous stage',
        'Proposal 410 +5.1% vs previous period 31.8% of previous stage',
        'Won 162 +35% vs previous period 39.5% of previous stage',
      ]);
      const leads = el.shadowRoot!.querySelectorAll('[part~="stage"]')[1]!;
      expect(text(leads)).to.equal('Leads 3,120 ▲ +7.6% vs previous period 6.5% of previous stage');
    });

    it('adds the previous period and the change as table columns', async () => {
      const el = await mount({ data: WITH_PREVIOUS });
      expect(await tableCells(el)).to.deep.equal([
        [...STANDARD_TABLE[0]!, 'Previous period', 'Change'],
        [...STANDARD_TABLE[1]!, '45,100', '+6.9%'],
        [...STANDARD_TABLE[2]!, '2,900', '+7.6%'],
        [...STANDARD_TABLE[3]!, '1,180', '+9.3%'],
        [...STANDARD_TABLE[4]!, '390', '+5.1%'],
        [...STANDARD_TABLE[5]!, '120', '+35%'],
      ]);
    });

    it('a fall is marked down, with a minus', async () => {
      /*
       * The two periods swapped: now 45,100 → … → 120, before 48,210 → … → 162.
       *   Visitors (45100 − 48210)/48210 = −3110/48210 = −0.064510 → "-6.5%"
       *   Won      (120 − 162)/162 = −42/162 = −0.259259 → "-25.9%"
       *   overall 0.26608% − 0.33603% = −0.06995 pts → "-0.07 pts"
       */
      const swapped = STANDARD.map((s, i) => ({ label: s.label, value: PREVIOUS[i]!, previous: s.value }));
      const el = await mount({ data: swapped });
      expect(faces(el)[0]!.change).to.equal('▼ -6.5%');
      expect(faces(el)[4]!.change).to.equal('▼ -25.9%');
      const overall = part(el, 'overall');
      expect(text(overall)).to.equal('Overall conversion 0.27% ▼ -0.07 pts vs previous period');
      expect(overall.querySelector('.change')!.classList.contains('down')).to.equal(true);
    });

    it('an unchanged stage is marked neither up nor down', async () => {
      // 100 → 50 both periods: change 0 per stage, overall 0 points.
      const el = await mount({
        data: [
          { label: 'A', value: 100, previous: 100 },
          { label: 'B', value: 50, previous: 50 },
        ],
      });
      expect(faces(el).map((f) => f.change)).to.deep.equal(['● 0%', '● 0%']);
      expect(text(part(el, 'overall'))).to.equal('Overall conversion 50% ● 0 pts vs previous period');
      expect(el.shadowRoot!.querySelector('[part~="overall"] .change.same')).not.to.equal(null);
    });

    it('a previous value of 0 gives no change for that stage ("—" in the table)', async () => {
      // (5 − 0)/0 has no value; 10 vs 8: (10 − 8)/8 = +25%. Overall now 5/10 = 50%, before 0/8 = 0% → +50 pts.
      const el = await mount({
        data: [
          { label: 'A', value: 10, previous: 8 },
          { label: 'B', value: 5, previous: 0 },
        ],
      });
      expect(faces(el).map((f) => f.change)).to.deep.equal(['▲ +25%', null]);
      expect((await tableCells(el)).slice(1)).to.deep.equal([
        ['A', '10', '—', '100%', '—', '—', '8', '+25%'],
        ['B', '5', '50%', '50%', '5', '50%', '0', '—'],
      ]);
      expect(text(part(el, 'overall'))).to.equal('Overall conversion 50% ▲ +50 pts vs previous period');
    });

    it('some stages with a previous value: every row has the same columns', async () => {
      // Only the second stage has a previous value: (5 − 4)/4 = +25%; no overall change.
      const el = await mount({
        data: [
          { label: 'A', value: 10 },
          { label: 'B', value: 5, previous: 4 },
        ],
      });
      expect(faces(el).map((f) => f.change)).to.deep.equal([null, '▲ +25%']);
      expect(text(part(el, 'overall'))).to.equal('Overall conversion 50%');
      const rows = await tableCells(el);
      for (const row of rows) expect(row, row.join(' | ')).to.have.length(rows[0]!.length);
      expect(rows).to.deep.equal([
        [
          'Stage',
          'Value',
          'From previous',
          'From first',
          'Dropped',
          'Dropped %',
          'Previous period',
          'Change',
        ],
        ['A', '10', '—', '100%', '—', '—', '—', '—'],
        ['B', '5', '50%', '50%', '5', '50%', '4', '+25%'],
      ]);
    });

    it('without previous values: no change, no extra columns', async () => {
      const el = await mount({ data: STANDARD });
      expect(el.shadowRoot!.querySelector('.change')).to.equal(null);
      expect((await tableCells(el))[0]).to.have.length(6);
      expect(has(el, 'overall')).to.equal(true);
    });
  });

  describe('labels of the two percentages', () => {
    /*
     * The steep funnel: Leads 3,120/48,210 = 6.47% of the previous stage; against the previous
     * period (3,120 − 2,870)/2,870 = 250/2,870 = +8.7%.
     */
    const LABELS = {
      en: ['6.5% of previous stage', '▲ +8.7% vs previous period'],
      fa: ['۶٫۵٪ از مرحلهٔ قبل', '▲ \u200e+۸٫۷٪ نسبت به دورهٔ قبل'],
      ar: ['6.5\u200e%\u200e من المرحلة السابقة', '▲ \u200e+8.7\u200e%\u200e مقارنة بالفترة السابقة'],
    };
    for (const [lang, [conv, vs]] of Object.entries(LABELS)) {
      it(`say which is which in the row: the conversion and the change, in ${lang}`, async () => {
        const el = await mount({ data: STEEP, attrs: { lang } });
        const leads = el.shadowRoot!.querySelectorAll('[part~="stage"]')[1]!;
        expect(faces(el)[1]!.conv).to.equal(conv);
        expect(text(leads.querySelector('.vs'))).to.equal(vs);
        // The arrow and number carry the colour; the words around them are quieter (muted).
        const change = leads.querySelector('.vs .change')!;
        expect(getComputedStyle(change).color).not.to.equal(
          getComputedStyle(leads.querySelector('.vs')!).color,
        );
        expect(getComputedStyle(leads.querySelector('.vs')!).color).to.equal(
          getComputedStyle(leads.querySelector('.conv')!).color,
        );
        // The first stage has no conversion, only its change: (48,210 − 45,100)/45,100 = +6.9%.
        expect(faces(el)[0]!.conv).to.equal(null);
        expect(el.shadowRoot!.querySelector('[part~="stage"] .vs')).not.to.equal(null);
      });
    }
  });

  describe('label', () => {
    it('the label attribute is the caption and the table caption', async () => {
      const el = await mount({ data: STANDARD, attrs: { label: 'Q3 pipeline' } });
      expect(text(part(el, 'label'))).to.equal('Q3 pipeline');
      const caption = await withTable(el, () => text(part(el, 'table').querySelector('caption')));
      expect(caption).to.equal('Q3 pipeline: data');
      // The list of stages is named by the caption.
      const list = part(el, 'stages');
      expect(list.getAttribute('aria-labelledby')).to.equal(part(el, 'label').id);
    });
  });
});
