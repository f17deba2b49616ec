// <breakdown-bars>: the list and its buttons in the accessibility tree, roving tabindex with real
// key presses (LTR and RTL), tooltips on focus and hover with Escape (WCAG 1.4.13), axe-core in
// every state and theme.
import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import {
  LEADS,
  OUTREACH,
  axFind,
  axTree,
  bar,
  bars,
  box,
  focusedIndex,
  jsonRoute,
  layout,
  loaded,
  mount,
  names,
  part,
  tabStops,
  text,
  tipShown,
  tooltip,
  withTable,
  type BreakdownBars,
} from './helpers.js';

const press = async (el: BreakdownBars, key: string) => {
  await sendKeys({ press: key });
  await layout(el);
};

const focusBar = async (el: BreakdownBars, i: number) => {
  bar(el, i).focus();
  await layout(el);
  expect(focusedIndex(el)).to.equal(i);
};

describe('<breakdown-bars> accessibility', () => {
  afterEach(() => resetMouse());

  it('a list named by the caption, of buttons named by their visible text and described by their tooltip', async () => {
    const el = await mount({ data: LEADS, attrs: { label: 'Leads by source', 'max-bars': 4 } });
    const list = part(el, 'bars');
    expect(list.tagName).to.equal('OL');
    for (const b of bars(el)) expect(b.hasAttribute('aria-label')).to.equal(false);
    const tree = await axTree();
    const [named] = axFind(tree, (n) => n.role === 'list' && n.name === 'Leads by source');
    expect(named, 'the list named by the caption').to.not.equal(undefined);
    const buttons = axFind(named!, (n) => n.role === 'button') as { name: string; description?: string }[];
    // Each bar's name is isolated (FSI…PDI, the styles' generated content) in its accessible name.
    expect(buttons.map((b) => b.name)).to.deep.equal(
      names(el).map((n) => n.replace(/^\S+/, '\u2068$&\u2069')),
    );
    expect(buttons[0]!.name).to.equal('\u2068Web\u2069 500 50% +25% vs previous period');
    expect(buttons[0]!.description).to.equal('Web 500 50% Previous period: 400');
    // Other (Email 50 + Events 30 = 80, 8%) is described by its members.
    expect(buttons[3]!.name).to.equal('\u2068Other\u2069 80 8%');
    expect(buttons[3]!.description).to.equal('Other 80 8% Email and Events');
    expect(buttons.map((b) => b.description)).to.deep.equal(bars(el).map((_, i) => text(tooltip(el, i))));
  });

  it('exactly one bar is in the tab order; arrows move it (LTR), Home and End jump, the ends clamp', async () => {
    const el = await mount({ data: LEADS });
    expect(tabStops(el)).to.deep.equal([0]);
    const before = document.createElement('button');
    before.textContent = 'before';
    el.parentElement!.before(before);
    before.focus();
    await press(el, 'Tab');
    expect(focusedIndex(el)).to.equal(0);
    await press(el, 'ArrowDown');
    expect(focusedIndex(el)).to.equal(1);
    await press(el, 'ArrowRight');
    expect(focusedIndex(el)).to.equal(2);
    expect(tabStops(el)).to.deep.equal([2]);
    await press(el, 'ArrowLeft');
    expect(focusedIndex(el)).to.equal(1);
    await press(el, 'ArrowUp');
    expect(focusedIndex(el)).to.equal(0);
    await press(el, 'ArrowUp');
    expect(focusedIndex(el)).to.equal(0);
    await press(el, 'End');
    expect(focusedIndex(el)).to.equal(4);
    await press(el, 'ArrowDown');
    expect(focusedIndex(el)).to.equal(4);
    await press(el, 'Home');
    expect(focusedIndex(el)).to.equal(0);
    expect(tabStops(el)).to.deep.equal([0]);
    before.remove();
  });

  for (const lang of ['fa', 'ar'])
    it(`in RTL (${lang}) ArrowLeft is the next bar and ArrowRight the previous`, async () => {
      const el = await mount({ data: LEADS, attrs: { lang } });
      await focusBar(el, 0);
      await press(el, 'ArrowLeft');
      expect(focusedIndex(el)).to.equal(1);
      await press(el, 'ArrowLeft');
      expect(focusedIndex(el)).to.equal(2);
      await press(el, 'ArrowRight');
      expect(focusedIndex(el)).to.equal(1);
      await press(el, 'ArrowDown');
      expect(focusedIndex(el)).to.equal(2);
    });

  it('Enter selects the focused bar', async () => {
    const el = await mount({ data: LEADS });
    await focusBar(el, 0);
    await press(el, 'ArrowDown');
    const got: unknown[] = [];
    el.addEventListener('breakdown-select', (e) => got.push(e.detail));
    await press(el, 'Enter');
    expect(got).to.deep.equal([{ index: 1, label: 'Ads', value: 300 }]);
  });

  it('the tooltip shows on keyboard focus and on hover; Escape hides it until focus moves on', async () => {
    const el = await mount({ data: LEADS, width: 400 });
    expect(tipShown(el, 0)).to.equal(false);
    await focusBar(el, 0);
    await press(el, 'ArrowDown');
    expect(tipShown(el, 1)).to.equal(true);
    expect(tipShown(el, 0)).to.equal(false);
    // Below its bar, inside the element.
    expect(box(tooltip(el, 1)).top).to.be.at.least(box(bar(el, 1)).bottom - 1);
    expect(box(tooltip(el, 1)).right).to.be.at.most(box(el).right + 1);
    await press(el, 'Escape');
    expect(tipShown(el, 1)).to.equal(false);
    expect(focusedIndex(el)).to.equal(1);
    await press(el, 'ArrowDown');
    expect(tipShown(el, 2)).to.equal(true);
    // Hover.
    (document.activeElement as HTMLElement).blur();
    const b = box(bar(el, 3));
    await sendMouse({ type: 'move', position: [Math.round(b.left + 10), Math.round(b.top + b.height / 2)] });
    await layout(el);
    expect(tipShown(el, 3)).to.equal(true);
  });

  describe('axe-core', () => {
    for (const theme of ['light', 'dark'])
      for (const lang of ['en', 'fa']) {
        it(`ready, ready stacked with the table, empty and error: no violations (${theme}, ${lang})`, async () => {
          const attrs = { theme, lang };
          const ready = await mount({ data: LEADS, attrs: { ...attrs, 'max-bars': 3 } });
          await focusBar(ready, 0);
          await expect(ready).to.be.accessible();
          const stacked = await mount({ data: OUTREACH, attrs: { ...attrs, table: '' } });
          await expect(stacked).to.be.accessible();
          await withTable(stacked, () => undefined);
          const empty = await mount({ data: [], attrs });
          expect(empty.state).to.equal('empty');
          await expect(empty).to.be.accessible();
          const error = await mount({ attrs: { ...attrs, src: '/__test__/missing-bars' } });
          await loaded(error);
          expect(error.state).to.equal('error');
          await expect(error).to.be.accessible();
        });

        it(`loading: no violations (${theme}, ${lang})`, async () => {
          const el = await mount({
            attrs: { theme, lang, src: jsonRoute(LEADS, { ms: 20000 }), timeout: 60 },
          });
          expect(el.state).to.equal('loading');
          await expect(el).to.be.accessible();
        });
      }
  });
});
