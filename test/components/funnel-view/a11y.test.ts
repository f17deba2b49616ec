// <funnel-view>: the stage buttons (names, roving tabindex, real key presses, selection event),
// tooltips on focus/hover with Escape (WCAG 1.4.13), the data table, axe-core.
import { expect, oneEvent } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { FunnelStageSelectDetail } from '../../../src/components/funnel-view/index.js';
import {
  axFind,
  axTree,
  $,
  STANDARD,
  box,
  focused,
  focusedIndex,
  has,
  jsonRoute,
  layout,
  loaded,
  mount,
  names,
  part,
  settle,
  stage,
  stages,
  stagesAttr,
  tabStops,
  tableCells,
  tableWrap,
  text,
  tooltip,
  withTable,
  type AxNode,
  type FunnelView,
} from './helpers.js';

// The standard funnel's arithmetic is in values.test.ts: Leads 3120/48210 = 6.5%, 45,090 dropped = 93.5%.
const LEADS_NAME = 'Leads 3,120 6.5% of previous stage';
const LEADS_TIP = 'Leads 3,120 6.5% of previous stage 6.5% of Visitors 45,090 dropped (93.5%)';

/** The centre of a node in viewport pixels, for sendMouse. */
const centre = (node: Element): [number, number] => {
  const b = box(node);
  return [Math.round(b.left + b.width / 2), Math.round(b.top + b.height / 2)];
};

/** Whether a stage's tooltip is drawn (computed display). */
const tipShown = (el: FunnelView, i: number): boolean => getComputedStyle(tooltip(el, i)).display !== 'none';

/** Focuses a stage with the keyboard: programmatic focus, then real key presses move it. */
async function focusStage(el: FunnelView, i: number): Promise<void> {
  stage(el, i).focus();
  await layout(el);
  expect(focusedIndex(el)).to.equal(i);
}

/** Presses a key for real and waits for the re-render and the focus move. */
async function press(el: FunnelView, key: string): Promise<void> {
  await sendKeys({ press: key });
  await layout(el);
}

describe('<funnel-view> accessibility', () => {
  afterEach(async () => {
    await resetMouse();
  });

  describe('the stages', () => {
    it('are buttons in an ordered list named by the caption', async () => {
      const el = await mount({ data: STANDARD });
      const list = part(el, 'stages');
      expect(list.tagName).to.equal('OL');
      expect(list.getAttribute('aria-labelledby')).to.equal('title');
      expect(text(el.shadowRoot!.getElementById('title'))).to.equal('Funnel');
      expect(stages(el)).to.have.length(5);
      for (const s of stages(el)) {
        expect(s.tagName).to.equal('BUTTON');
        expect(s.type).to.equal('button');
        expect(s.parentElement!.tagName).to.equal('LI');
      }
      // Named by their content, so the name is the visible text (WCAG 2.5.3) in every language.
      for (const s of stages(el)) expect(s.hasAttribute('aria-label')).to.equal(false);
      expect(names(el)[1]).to.equal(LEADS_NAME);
    });

    it('the browser names each stage by its face and describes it by its tooltip', async () => {
      const el = await mount({
        data: STANDARD.map((s, i) => (i === 1 ? { ...s, previous: 2900 } : s)),
        attrs: { label: 'Pipeline' },
      });
      const tree = await axTree();
      const [list] = axFind(tree, (n) => n.role === 'list' && n.name === 'Pipeline');
      expect(list, 'the list named by the caption').to.not.equal(undefined);
      const buttons = axFind(list!, (n) => n.role === 'button') as (AxNode & { description?: string })[];
      // Each stage's name is isolated (FSI…PDI, the styles' generated content) in its accessible name.
      expect(buttons.map((b) => b.name)).to.deep.equal(
        names(el).map((n, i) => n.replace(STANDARD[i]!.label, '\u2068$&\u2069')),
      );
      // (3120 − 2900)/2900 = +7.6%; the arrow is hidden, the words are read.
      expect(buttons[1]!.name).to.equal(
        '\u2068Leads\u2069 3,120 +7.6% vs previous period 6.5% of previous stage',
      );
      expect(buttons[1]!.description).to.equal(LEADS_TIP);
      expect(buttons.map((b) => b.description)).to.deep.equal(stages(el).map((_, i) => text(tooltip(el, i))));
    });

    it('each stage is described by its own tooltip', async () => {
      const el = await mount({ data: STANDARD });
      stages(el).forEach((s, i) => {
        const id = s.getAttribute('aria-describedby')!;
        const tip = el.shadowRoot!.getElementById(id);
        expect(tip, id).to.equal(tooltip(el, i));
        expect(tip!.getAttribute('role')).to.equal('tooltip');
      });
      // Unique ids.
      const ids = stages(el).map((s) => s.getAttribute('aria-describedby'));
      expect(new Set(ids).size).to.equal(5);
    });

    it('are named in Persian with Persian digits', async () => {
      // Intl fa: 3120 → "۳٬۱۲۰", 0.0647 → "۶٫۵٪", 0.9353 → "۹۳٫۵٪".
      const el = await mount({ data: STANDARD, attrs: { lang: 'fa' } });
      expect(names(el).slice(0, 2)).to.deep.equal(['Visitors ۴۸٬۲۱۰', 'Leads ۳٬۱۲۰ ۶٫۵٪ از مرحلهٔ قبل']);
      expect(text(tooltip(el, 1))).to.equal(
        'Leads ۳٬۱۲۰ ۶٫۵٪ از مرحلهٔ قبل ۶٫۵٪ از Visitors ۴۵٬۰۹۰ ریزش (۹۳٫۵٪)',
      );
    });

    it('carry the change against the previous period in their name, in Persian too', async () => {
      // Leads 3,120 vs 2,900: (3120 − 2900)/2900 = +7.6%; Intl fa writes it LRM "+۷٫۶٪".
      const data = [
        { label: 'Visitors', value: 48210, previous: 45100 },
        { label: 'Leads', value: 3120, previous: 2900 },
      ];
      const en = await mount({ data });
      expect(names(en)[1]).to.equal('Leads 3,120 +7.6% vs previous period 6.5% of previous stage');
      const fa = await mount({ data, attrs: { lang: 'fa' } });
      expect(names(fa)[1]).to.equal('Leads ۳٬۱۲۰ \u200e+۷٫۶٪ نسبت به دورهٔ قبل ۶٫۵٪ از مرحلهٔ قبل');
      const ar = await mount({ data, attrs: { lang: 'ar' } });
      expect(names(ar)[1]).to.equal(
        'Leads 3,120 \u200e+7.6\u200e%\u200e مقارنة بالفترة السابقة 6.5\u200e%\u200e من المرحلة السابقة',
      );
    });

    it('are named in Arabic with Arabic-Indic digits under numbering="arab"', async () => {
      // Intl ar + arab: a percent ends with U+061C (ARABIC LETTER MARK).
      const el = await mount({ data: STANDARD, attrs: { lang: 'ar', numbering: 'arab' } });
      expect(names(el)[1]).to.equal('Leads ٣٬١٢٠ ٦٫٥٪\u061c من المرحلة السابقة');
      expect(text(tooltip(el, 1))).to.contain('تسرّب ٤٥٬٠٩٠ (٩٣٫٥٪\u061c)');
    });

    it('a growing stage is described as "N more than <previous>"', async () => {
      // 800 → 1,000: 1000/800 = 125%, 200 more.
      const el = await mount({
        data: [
          { label: 'Trials', value: 800 },
          { label: 'Activated', value: 1000 },
        ],
      });
      expect(names(el)[1]).to.equal('Activated 1,000 125% of previous stage');
      expect(text(tooltip(el, 1))).to.equal(
        'Activated 1,000 125% of previous stage 125% of Trials 200 more than Trials',
      );
    });
  });

  describe('roving tabindex and real key presses', () => {
    it('exactly one stage is in the tab order, the first', async () => {
      const el = await mount({ data: STANDARD });
      expect(tabStops(el)).to.deep.equal([0]);
      expect(stages(el).map((s) => s.getAttribute('tabindex'))).to.deep.equal(['0', '-1', '-1', '-1', '-1']);
    });

    it('Tab reaches the first stage; ArrowDown/ArrowRight next, ArrowUp/ArrowLeft previous (LTR)', async () => {
      const el = await mount({ data: STANDARD });
      // A real Tab from a button before the funnel lands on the one tab stop.
      const before = document.createElement('button');
      before.textContent = 'before';
      el.parentElement!.before(before);
      before.focus();
      await press(el, 'Tab');
      expect(document.activeElement).to.equal(el);
      expect(focusedIndex(el)).to.equal(0);

      await press(el, 'ArrowDown');
      expect(focusedIndex(el)).to.equal(1);
      expect(tabStops(el)).to.deep.equal([1]);
      await press(el, 'ArrowRight');
      expect(focusedIndex(el)).to.equal(2);
      expect(tabStops(el)).to.deep.equal([2]);
      await press(el, 'ArrowUp');
      expect(focusedIndex(el)).to.equal(1);
      await press(el, 'ArrowLeft');
      expect(focusedIndex(el)).to.equal(0);
      expect(tabStops(el)).to.deep.equal([0]);
      before.remove();
    });

    it('Home and End jump; the ends clamp', async () => {
      const el = await mount({ data: STANDARD });
      await focusStage(el, 2);
      await press(el, 'End');
      expect(focusedIndex(el)).to.equal(4);
      expect(tabStops(el)).to.deep.equal([4]);
      await press(el, 'ArrowDown');
      expect(focusedIndex(el)).to.equal(4);
      await press(el, 'ArrowRight');
      expect(focusedIndex(el)).to.equal(4);
      await press(el, 'Home');
      expect(focusedIndex(el)).to.equal(0);
      expect(tabStops(el)).to.deep.equal([0]);
      await press(el, 'ArrowUp');
      expect(focusedIndex(el)).to.equal(0);
      await press(el, 'ArrowLeft');
      expect(focusedIndex(el)).to.equal(0);
      expect(tabStops(el)).to.deep.equal([0]);
    });

    it('the tab stop is remembered: Shift+Tab out and Tab back in returns to the last stage', async () => {
      const el = await mount({ data: STANDARD });
      const after = document.createElement('button');
      after.textContent = 'after';
      el.parentElement!.after(after);
      await focusStage(el, 0);
      await press(el, 'ArrowDown');
      await press(el, 'ArrowDown');
      expect(focusedIndex(el)).to.equal(2);
      // Tab leaves the funnel (the other stages are out of the tab order, but the table toggle follows).
      await press(el, 'Tab');
      expect(focused(el)).to.equal(part(el, 'table-toggle'));
      await sendKeys({ down: 'Shift' });
      await press(el, 'Tab');
      await sendKeys({ up: 'Shift' });
      expect(focusedIndex(el)).to.equal(2);
      after.remove();
    });

    it('in RTL (lang="fa") ArrowLeft moves to the next stage and ArrowRight to the previous', async () => {
      const el = await mount({ data: STANDARD, attrs: { lang: 'fa' } });
      await focusStage(el, 0);
      await press(el, 'ArrowLeft');
      expect(focusedIndex(el)).to.equal(1);
      await press(el, 'ArrowLeft');
      expect(focusedIndex(el)).to.equal(2);
      await press(el, 'ArrowRight');
      expect(focusedIndex(el)).to.equal(1);
      // Down and Up do not mirror.
      await press(el, 'ArrowDown');
      expect(focusedIndex(el)).to.equal(2);
      await press(el, 'ArrowUp');
      expect(focusedIndex(el)).to.equal(1);
      expect(tabStops(el)).to.deep.equal([1]);
    });

    it('in RTL from an ancestor dir="rtl", horizontal: ArrowLeft is the next stage', async () => {
      const el = await mount({
        data: STANDARD,
        attrs: { orientation: 'horizontal' },
        wrapper: { lang: 'ar' },
        width: 800,
      });
      await focusStage(el, 3);
      await press(el, 'ArrowLeft');
      expect(focusedIndex(el)).to.equal(4);
      await press(el, 'ArrowLeft');
      expect(focusedIndex(el)).to.equal(4);
    });

    it('the tab stop follows the focus wherever it came from (a script, a screen reader)', async () => {
      const el = await mount({ data: STANDARD });
      stage(el, 3).focus();
      await settle(el);
      expect(tabStops(el)).to.deep.equal([3]);
      await press(el, 'ArrowDown');
      expect(focusedIndex(el)).to.equal(4);
      stage(el, 1).focus();
      await press(el, 'ArrowUp');
      expect(focusedIndex(el)).to.equal(0);
      expect(document.activeElement).to.equal(el);
      expect(tabStops(el)).to.deep.equal([0]);
    });

    it('12 stages: End reaches the last, one tab stop throughout', async () => {
      const data = Array.from({ length: 12 }, (_, i) => ({ label: `S${i + 1}`, value: 4096 / 2 ** i }));
      const el = await mount({ data });
      await focusStage(el, 0);
      for (let i = 1; i < 12; i++) {
        await press(el, 'ArrowDown');
        expect(focusedIndex(el)).to.equal(i);
        expect(tabStops(el)).to.deep.equal([i]);
      }
      await press(el, 'Home');
      await press(el, 'End');
      expect(focusedIndex(el)).to.equal(11);
    });

    it('the focused stage has a visible focus ring', async () => {
      const el = await mount({ data: STANDARD });
      await focusStage(el, 0);
      await press(el, 'ArrowDown');
      const style = getComputedStyle(stage(el, 1));
      expect(stage(el, 1).matches(':focus-visible')).to.equal(true);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    });
  });

  describe('tooltips (WCAG 1.4.13)', () => {
    it('none is shown at rest', async () => {
      const el = await mount({ data: STANDARD });
      await layout(el);
      for (let i = 0; i < 5; i++) expect(tipShown(el, i), `tooltip ${i}`).to.equal(false);
    });

    it('the focused stage shows its drop-off; Escape hides it; the next focus brings it back', async () => {
      const el = await mount({ data: STANDARD });
      await focusStage(el, 0);
      await press(el, 'ArrowDown');
      expect(tipShown(el, 1)).to.equal(true);
      expect(tipShown(el, 0)).to.equal(false);
      expect(text(tooltip(el, 1))).to.contain('45,090 dropped (93.5%)');
      expect(box(tooltip(el, 1)).height).to.be.above(0);

      await press(el, 'Escape');
      expect(tipShown(el, 1)).to.equal(false);
      // Escape does not move the focus.
      expect(focusedIndex(el)).to.equal(1);

      await press(el, 'ArrowDown');
      expect(focusedIndex(el)).to.equal(2);
      expect(tipShown(el, 2)).to.equal(true);
      expect(text(tooltip(el, 2))).to.contain('1,830 dropped (58.7%)');
    });

    it('hovering a stage shows its tooltip; after Escape, the next hover brings tooltips back', async () => {
      const el = await mount({ data: STANDARD, width: 600 });
      await layout(el);
      await sendMouse({ type: 'move', position: centre(stage(el, 3)) });
      await layout(el);
      expect(tipShown(el, 3)).to.equal(true);
      expect(text(tooltip(el, 3))).to.contain('880 dropped (68.2%)');

      // Escape while focus is on a stage dismisses every tooltip, the hovered one too.
      await focusStage(el, 0);
      await press(el, 'Escape');
      expect(tipShown(el, 3)).to.equal(false);
      expect(tipShown(el, 0)).to.equal(false);

      await sendMouse({ type: 'move', position: centre(stage(el, 4)) });
      await layout(el);
      expect(tipShown(el, 4)).to.equal(true);
      expect(text(tooltip(el, 4))).to.contain('248 dropped (60.5%)');
    });

    it('keeps a tooltip open while the pointer rests on it (hoverable, WCAG 1.4.13)', async () => {
      const el = await mount({ data: STANDARD, width: 600 });
      await layout(el);
      await sendMouse({ type: 'move', position: centre(stage(el, 1)) });
      await layout(el);
      expect(tipShown(el, 1)).to.equal(true);
      // From the stage onto its tooltip: it stays.
      await sendMouse({ type: 'move', position: centre(tooltip(el, 1)) });
      await layout(el);
      expect(tipShown(el, 1)).to.equal(true);
      await resetMouse();
    });

    it('the shown tooltip lies inside the element, under its stage', async () => {
      const el = await mount({ data: STANDARD, width: 400 });
      await focusStage(el, 4);
      await press(el, 'ArrowUp');
      const tip = box(tooltip(el, 3));
      const host = box(el);
      expect(tip.left).to.be.at.least(host.left - 1);
      expect(tip.right).to.be.at.most(host.right + 1);
      expect(tip.top).to.be.at.least(box(stage(el, 3)).bottom - 3);
    });

    it('in Persian the tooltip has Persian digits', async () => {
      const el = await mount({ data: STANDARD, attrs: { lang: 'fa' } });
      await focusStage(el, 0);
      await press(el, 'ArrowLeft');
      expect(tipShown(el, 1)).to.equal(true);
      expect(text(tooltip(el, 1))).to.contain('۴۵٬۰۹۰ ریزش (۹۳٫۵٪)');
    });
  });

  describe('funnel-stage-select', () => {
    it('fires on a real click with { index, label, value }, bubbling and composed', async () => {
      const el = await mount({ data: STANDARD, width: 600 });
      await layout(el);
      const event = oneEvent(document, 'funnel-stage-select');
      await sendMouse({ type: 'click', position: centre(stage(el, 2)) });
      const e = (await event) as CustomEvent<FunnelStageSelectDetail>;
      expect(e.detail).to.deep.equal({ index: 2, label: 'Qualified', value: 1290 });
      expect(e.bubbles).to.equal(true);
      expect(e.composed).to.equal(true);
      expect(e.target).to.equal(el);
      await settle(el);
      // The clicked stage becomes the tab stop.
      expect(tabStops(el)).to.deep.equal([2]);
    });

    it('fires on Enter and on Space', async () => {
      const el = await mount({ data: STANDARD });
      await focusStage(el, 0);
      await press(el, 'ArrowDown');

      let event = oneEvent(document, 'funnel-stage-select');
      await sendKeys({ press: 'Enter' });
      expect(((await event) as CustomEvent<FunnelStageSelectDetail>).detail).to.deep.equal({
        index: 1,
        label: 'Leads',
        value: 3120,
      });

      await press(el, 'End');
      event = oneEvent(document, 'funnel-stage-select');
      await sendKeys({ press: 'Space' });
      expect(((await event) as CustomEvent<FunnelStageSelectDetail>).detail).to.deep.equal({
        index: 4,
        label: 'Won',
        value: 162,
      });
    });

    it('arrow keys and Escape do not select', async () => {
      const el = await mount({ data: STANDARD });
      let count = 0;
      const listener = () => count++;
      document.addEventListener('funnel-stage-select', listener);
      try {
        await focusStage(el, 0);
        for (const key of ['ArrowDown', 'ArrowUp', 'End', 'Home', 'Escape']) await press(el, key);
        expect(count).to.equal(0);
        await press(el, 'Enter');
        expect(count).to.equal(1);
      } finally {
        document.removeEventListener('funnel-stage-select', listener);
      }
    });
  });

  describe('the data table', () => {
    it('is built only when asked for, with a caption, column and row headers', async () => {
      const el = await mount({ data: STANDARD });
      await layout(el);
      expect(has(el, 'table')).to.equal(false);
      const toggle = part(el, 'table-toggle');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      const placeholder = el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
      expect([placeholder.hidden, placeholder.childElementCount]).to.deep.equal([true, 0]);
      expect(text(toggle)).to.equal('Show data table');
      const [caption, cols, rowHeaders] = await withTable(el, () => {
        const table = part(el, 'table');
        return [
          text(table.querySelector('caption')),
          [...table.querySelectorAll('thead th')].map((c) => c.getAttribute('scope')),
          [...table.querySelectorAll('tbody th')].map((c) => [c.getAttribute('scope'), text(c)]),
        ] as const;
      });
      expect(caption).to.equal('Funnel: data');
      expect(cols).to.deep.equal(Array(6).fill('col'));
      expect(rowHeaders).to.deep.equal(STANDARD.map((s) => ['row', s.label]));
    });

    it('a screen reader meets every stage in the list, then the toggle, then the table once pressed', async () => {
      const el = await mount({ data: STANDARD });
      await layout(el);
      const before = await axTree();
      // The stage buttons already hold every value (what a hidden table used to repeat).
      const stages = axFind(
        before,
        (n) => n.role === 'button' && STANDARD.some((s) => n.name.startsWith(`\u2068${s.label}\u2069 `)),
      );
      expect(stages.map((n) => n.name.split(' ')[0])).to.deep.equal(
        STANDARD.map((s) => `\u2068${s.label}\u2069`),
      );
      expect(
        axFind(before, (n) => n.role === 'button' && n.name === 'Show data table')[0]?.expanded,
      ).to.equal(false);
      expect(axFind(before, (n) => n.role === 'table')).to.have.length(0);
      part(el, 'table-toggle').focus();
      await press(el, 'Enter');
      const [table] = axFind(await axTree(), (n) => n.role === 'table');
      expect(table?.name).to.equal('Funnel: data');
      expect(axFind(table!, (n) => n.role === 'rowheader').map((n) => n.name)).to.deep.equal(
        STANDARD.map((s) => s.label),
      );
      expect(axFind(table!, (n) => n.role === 'cell')).to.have.length(STANDARD.length * 5);
    });

    it('the table attribute shows it in a scrollable, focusable, named region', async () => {
      const el = await mount({ data: STANDARD, attrs: { table: '' } });
      await layout(el);
      const wrap = tableWrap(el);
      expect(wrap.getAttribute('role')).to.equal('region');
      expect(wrap.getAttribute('aria-label')).to.equal('Funnel: data');
      expect(wrap.getAttribute('tabindex')).to.equal('0');
      expect(getComputedStyle(wrap).overflowX).to.equal('auto');
      expect(box(part(el, 'table')).height).to.be.above(50);
      expect(part(el, 'table-toggle').getAttribute('aria-expanded')).to.equal('true');
      expect(text(part(el, 'table-toggle'))).to.equal('Hide data table');
    });

    it('the toggle button shows and hides it (aria-expanded flips)', async () => {
      const el = await mount({ data: STANDARD, width: 600 });
      await layout(el);
      const toggle = () => part(el, 'table-toggle');
      await sendMouse({ type: 'click', position: centre(toggle()) });
      await layout(el);
      expect(toggle().getAttribute('aria-expanded')).to.equal('true');
      expect(text(toggle())).to.equal('Hide data table');
      expect(tableWrap(el).getAttribute('role')).to.equal('region');
      expect(box(part(el, 'table')).width).to.be.above(100);
      // The keyboard works too.
      toggle().focus();
      await press(el, 'Enter');
      expect(toggle().getAttribute('aria-expanded')).to.equal('false');
      expect(has(el, 'table')).to.equal(false);
      expect(el.hasAttribute('table')).to.equal(false);
    });

    it('a wide table scrolls inside its region at 240 px, not the page', async () => {
      const prev = STANDARD.map((s) => ({ ...s, previous: s.value * 2 }));
      const el = await mount({ data: prev, attrs: { table: '' }, width: 240 });
      await layout(el);
      const wrap = tableWrap(el);
      expect(wrap.scrollWidth).to.be.above(wrap.clientWidth);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      expect((await tableCells(el))[0]).to.have.length(8);
    });

    it('has Persian headers and caption', async () => {
      const el = await mount({ data: STANDARD, attrs: { lang: 'fa' } });
      expect((await tableCells(el))[0]).to.deep.equal([
        'مرحله',
        'مقدار',
        'از مرحلهٔ قبل',
        'از مرحلهٔ اول',
        'ریزش',
        'درصد ریزش',
      ]);
      const caption = await withTable(el, () => text(part(el, 'table').querySelector('caption')));
      expect(caption).to.equal('داده‌های قیف');
      expect(text(part(el, 'table-toggle'))).to.equal('نمایش جدول داده‌ها');
    });
  });

  describe('axe-core', () => {
    afterEach(async () => {
      await emulateMedia({ colorScheme: 'light' });
    });

    const FULL = STANDARD.map((s, i) => ({ ...s, previous: [45100, 2900, 1180, 390, 120][i]! }));

    it('no violations in light', async () => {
      const el = await mount({ data: FULL });
      await expect(el).to.be.accessible();
    });

    it('no violations with theme="dark"', async () => {
      const el = await mount({ data: FULL, attrs: { theme: 'dark' } });
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
      await expect(el).to.be.accessible();
    });

    it('no violations under prefers-color-scheme: dark', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const el = await mount({ data: FULL });
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
      await expect(el).to.be.accessible();
    });

    it('no violations in Persian and in Arabic', async () => {
      const fa = await mount({ data: FULL, attrs: { lang: 'fa' } });
      await expect(fa).to.be.accessible();
      const ar = await mount({ data: FULL, attrs: { lang: 'ar', numbering: 'arab' } });
      await expect(ar).to.be.accessible();
    });

    it('no violations horizontal and vertical, in en and fa', async () => {
      for (const lang of ['en', 'fa']) {
        for (const orientation of ['horizontal', 'vertical']) {
          const el = await mount({ data: FULL, attrs: { lang, orientation }, width: 800 });
          await layout(el);
          await expect(el).to.be.accessible();
        }
      }
    });

    it('no violations with the table shown, light and dark', async () => {
      const el = await mount({ data: FULL, attrs: { table: '' } });
      await expect(el).to.be.accessible();
      el.setAttribute('theme', 'dark');
      await settle(el);
      await expect(el).to.be.accessible();
    });

    it('no violations with some stages lacking a previous value and the table shown', async () => {
      const el = await mount({
        data: [
          { label: 'A', value: 10 },
          { label: 'B', value: 5, previous: 4 },
          { label: 'C', value: 2 },
        ],
        attrs: { table: '' },
      });
      await expect(el).to.be.accessible();
    });

    it('no violations with a tooltip shown, light and dark', async () => {
      const el = await mount({ data: FULL });
      await focusStage(el, 0);
      await press(el, 'ArrowDown');
      expect(tipShown(el, 1)).to.equal(true);
      await expect(el).to.be.accessible();
      await emulateMedia({ colorScheme: 'dark' });
      await layout(el);
      expect(tipShown(el, 1)).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('no violations in the empty state', async () => {
      const el = await mount({ attrs: { stages: '[]' } });
      expect(el.state).to.equal('empty');
      await expect(el).to.be.accessible();
    });

    it('no violations in the error state', async () => {
      const el = await mount({ attrs: { src: '/__test__/missing-funnel' } });
      await loaded(el);
      expect(el.state).to.equal('error');
      expect(text($(el, '[role="alert"]'))).to.contain('/__test__/missing-funnel');
      await expect(el).to.be.accessible();
    });

    it('no violations in the loading state', async () => {
      const el = await mount({ attrs: { src: jsonRoute(STANDARD, { ms: 3000 }) } });
      expect(el.state).to.equal('loading');
      expect(has(el, 'stage')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('no violations with a schema error from the stages attribute', async () => {
      const el = await mount({ attrs: stagesAttr([{ label: 'A', value: -1 }]) });
      expect(el.state).to.equal('error');
      await expect(el).to.be.accessible();
    });
  });
});
