// <churn-trend>: the plot's accessible name, the data table and its toggle, axe-core in every state,
// theme and language.
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import {
  $,
  axFind,
  axTree,
  box,
  has,
  headers,
  jsonRoute,
  loaded,
  mount,
  part,
  plot,
  rows,
  settle,
  svgOf,
  text,
  withTable,
  type AxNode,
  type ChurnTrend,
} from './helpers.js';

// Jan 4.1%, Feb 3.7%, Mar 5.2%, Apr 2.9%: latest 2.9%, average (4.1 + 3.7 + 5.2 + 2.9)/4 = 3.975% → 3.98%.
const POINTS = JSON.stringify([
  { date: '2025-01-31', rate: 0.041 },
  { date: '2025-02-28', rate: 0.037 },
  { date: '2025-03-31', rate: 0.052 },
  { date: '2025-04-30', rate: 0.029 },
]);
const NAME = 'Churn rate, Jan 2025 to Apr 2025: latest 2.9%, average 3.98%';
const CUSTOMERS = {
  customers: [
    { start: '2024-01-05' },
    { start: '2024-01-20', end: '2024-03-02' },
    { start: '2024-02-10', end: '2024-04-15' },
    { start: '2024-02-11' },
  ],
};
const FULL = { points: POINTS, target: '0.03', smooth: '2', area: '' };

/** Whether an element is visually hidden (the 1 px clip of `.visually-hidden`). */
const visuallyHidden = (node: Element): boolean => {
  const b = box(node);
  return b.width <= 1 && b.height <= 1;
};

describe('<churn-trend> accessibility', () => {
  describe('names and roles', () => {
    it('the plot is a focusable image named by the summary; the drawing is hidden', async () => {
      const el = await mount({ attrs: { points: POINTS } });
      const p = plot(el);
      expect(p.getAttribute('role')).to.equal('img');
      expect(p.getAttribute('aria-label')).to.equal(NAME);
      expect(p.tabIndex).to.equal(0);
      expect(svgOf(el).getAttribute('aria-hidden')).to.equal('true');
    });

    it('the label attribute is the caption and starts the name', async () => {
      const el = await mount({ attrs: { points: POINTS, label: 'Churn, EMEA' } });
      expect(text(part(el, 'label'))).to.equal('Churn, EMEA');
      expect(plot(el).getAttribute('aria-label')).to.equal(
        // The page's label is isolated (FSI…PDI): an override in it cannot reorder what follows.
        '\u2068Churn, EMEA\u2069, Jan 2025 to Apr 2025: latest 2.9%, average 3.98%',
      );
      const caption = await withTable(el, () => text(el.shadowRoot!.querySelector('caption')));
      expect(caption).to.equal('Churn, EMEA: data');
    });

    it('is named in Persian with Persian months and digits', async () => {
      const el = await mount({ attrs: { points: POINTS, lang: 'fa' } });
      // Jan 31 2025 is in Bahman 1403, Apr 30 2025 in Ordibehesht 1404.
      expect(plot(el).getAttribute('aria-label')).to.equal(
        'نرخ ریزش مشتری، از بهمن ۱۴۰۳ تا اردیبهشت ۱۴۰۴: آخرین ۲٫۹٪، میانگین ۳٫۹۸٪',
      );
    });

    it('the latest rate and the average skip periods without one, and partial ones', async () => {
      // Jan 2024 has nobody at start, so no rate.
      const el = await mount({ data: CUSTOMERS });
      const r = await rows(el);
      expect(r[0]![1]).to.equal('—');
      // Apr 2024: at start 3 (Jan 5, Feb 10, Feb 11), lost 1 (Apr 15) → 33.3%, but the records end
      // on Apr 15: partial. Mar: at start 4, lost 1 → 25%; Feb: at start 2, lost 0 → 0%. The latest
      // complete rate is March's; the average of Feb and Mar is 12.5%.
      expect(r.map((row) => row[1])).to.deep.equal(['—', '0.0%', '25.0%', '33.3%']);
      expect(r.at(-1)![0]).to.equal('Apr 2024 (partial)');
      expect(plot(el).getAttribute('aria-label')).to.equal(
        'Churn rate, Jan 2024 to Apr 2024 (partial): latest 25% (Mar 2024), average 12.5%',
      );
    });
  });

  describe('data table', () => {
    it('is built only when asked for: hidden, an empty placeholder stands for it', async () => {
      const el = await mount({ attrs: { points: POINTS } });
      expect(has(el, 'table')).to.equal(false);
      const placeholder = el.shadowRoot!.getElementById('data')!;
      expect(placeholder.hidden).to.equal(true);
      expect(placeholder.childElementCount).to.equal(0);
      const table = await withTable(el, () => part(el, 'table'));
      expect(text(table.querySelector('caption'))).to.equal('Churn rate: data');
      expect(await headers(el)).to.deep.equal(['Period', 'Churn']);
      expect(
        [...table.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col'),
      ).to.equal(true);
      expect(
        [...table.querySelectorAll('tbody th')].every((th) => th.getAttribute('scope') === 'row'),
      ).to.equal(true);
    });

    it('a screen reader meets the summary, then the toggle, then every row once it is pressed', async () => {
      const el = await mount({ attrs: { points: POINTS } });
      const before = await axTree();
      const named = (role: string, name?: string) => (n: AxNode) =>
        n.role === role && (name === undefined || n.name === name);
      expect(axFind(before, named('image', NAME))).to.have.length(1);
      expect(axFind(before, named('button', 'Show data table'))[0]?.expanded).to.equal(false);
      expect(axFind(before, named('table'))).to.have.length(0);
      (part(el, 'table-toggle') as HTMLButtonElement).focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      const after = await axTree();
      expect(axFind(after, named('button', 'Hide data table'))[0]?.expanded).to.equal(true);
      const [table] = axFind(after, named('table'));
      expect(table?.name).to.equal('Churn rate: data');
      // Every period, in order, with its rate, each a row header and its cell.
      const cells = axFind(table!, (n) => n.role === 'rowheader' || n.role === 'cell');
      expect(cells.map((c) => [c.role, c.name])).to.deep.equal([
        ['rowheader', 'Jan 2025'],
        ['cell', '4.10%'],
        ['rowheader', 'Feb 2025'],
        ['cell', '3.70%'],
        ['rowheader', 'Mar 2025'],
        ['cell', '5.20%'],
        ['rowheader', 'Apr 2025'],
        ['cell', '2.90%'],
      ]);
      expect(axFind(table!, named('columnheader')).map((c) => c.name)).to.deep.equal(['Period', 'Churn']);
      // Focus stays on the toggle, with the table right after it in reading order.
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'table-toggle'));
    });

    it('the toggle shows and hides it (aria-expanded, aria-controls)', async () => {
      const el = await mount({ attrs: { points: POINTS } });
      const toggle = part(el, 'table-toggle') as HTMLButtonElement;
      expect(toggle.getAttribute('aria-controls')).to.equal('data');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(text(toggle)).to.equal('Show data table');
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(text(toggle)).to.equal('Hide data table');
      expect(part(el, 'table').parentElement!.id).to.equal('data');
      expect(visuallyHidden(part(el, 'table'))).to.equal(false);
      expect(box(part(el, 'table')).height).to.be.above(50);
      await sendKeys({ press: 'Space' });
      await settle(el);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(has(el, 'table')).to.equal(false);
    });

    it('the table attribute shows it from the start, in a focusable named region', async () => {
      const el = await mount({ attrs: { points: POINTS, table: '' } });
      expect(visuallyHidden(part(el, 'table'))).to.equal(false);
      expect(part(el, 'table-toggle').getAttribute('aria-expanded')).to.equal('true');
      const region = $(el, '.table-wrap');
      expect(region.getAttribute('role')).to.equal('region');
      expect(region.getAttribute('aria-label')).to.equal('Churn rate: data');
    });

    it('in Persian', async () => {
      const el = await mount({ data: CUSTOMERS, attrs: { lang: 'fa', calendar: 'gregory' } });
      expect(text(part(el, 'table-toggle'))).to.equal('نمایش جدول داده‌ها');
      const caption = await withTable(el, () => text(el.shadowRoot!.querySelector('caption')));
      expect(caption).to.equal('داده‌های نرخ ریزش مشتری');
      expect(await headers(el)).to.deep.equal([
        'دوره',
        'ریزش',
        'ابتدای دوره',
        'ازدست‌رفته',
        'جدید',
        'انتهای دوره',
      ]);
      expect((await rows(el))[2]).to.deep.equal(['مارس ۲۰۲۴', '۲۵٫۰٪', '۴', '۱', '۰', '۳']);
    });
  });

  describe('axe-core', () => {
    afterEach(async () => {
      await emulateMedia({ colorScheme: 'light' });
    });

    const check = async (el: ChurnTrend): Promise<void> => {
      await expect(el).to.be.accessible();
    };

    it('no violations in light', async () => {
      await check(await mount({ attrs: FULL }));
    });

    it('no violations with metric="both" and customer counts', async () => {
      await check(await mount({ data: CUSTOMERS, attrs: { metric: 'both', smooth: '2' } }));
    });

    it('no violations with the table shown', async () => {
      const el = await mount({
        data: CUSTOMERS,
        attrs: { target: '0.03', smooth: '2', area: '', table: '' },
      });
      expect(has(el, 'table')).to.equal(true);
      await check(el);
    });

    it('no violations with theme="dark" (table shown)', async () => {
      const el = await mount({ attrs: { ...FULL, theme: 'dark', table: '' } });
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
      await check(el);
    });

    it('no violations under prefers-color-scheme: dark (table shown)', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const el = await mount({ attrs: { ...FULL, table: '' } });
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
      await check(el);
    });

    it('no violations with the tooltip open', async () => {
      const el = await mount({ attrs: FULL });
      plot(el).focus();
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      expect(part(el, 'tooltip').hidden).to.equal(false);
      await check(el);
    });

    it('no violations in Persian (table shown)', async () => {
      await check(await mount({ attrs: { ...FULL, lang: 'fa', table: '' } }));
    });

    it('no violations in Arabic with Arabic-Indic digits (table shown)', async () => {
      await check(await mount({ attrs: { ...FULL, lang: 'ar', numbering: 'arab', table: '' } }));
    });

    it('no violations in Arabic, dark', async () => {
      await check(await mount({ attrs: { ...FULL, lang: 'ar', theme: 'dark' } }));
    });

    it('no violations in the empty state', async () => {
      const el = await mount({ attrs: { points: '[]' } });
      expect(el.state).to.equal('empty');
      await check(el);
    });

    it('no violations in the error state', async () => {
      const el = await mount({ attrs: { src: '/__test__/missing-churn-a11y' } });
      await loaded(el);
      expect(el.state).to.equal('error');
      await check(el);
    });

    it('no violations in the error state, dark', async () => {
      const el = await mount({ attrs: { points: '[{"date":"x","rate":0.1}]', theme: 'dark' } });
      expect(el.state).to.equal('error');
      await check(el);
    });

    it('no violations in the loading state', async () => {
      const el = await mount({ attrs: { src: jsonRoute({ points: [] }, { ms: 3000 }) } });
      expect(el.state).to.equal('loading');
      await check(el);
    });
  });
});
