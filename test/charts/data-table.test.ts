import { expect, fixtureSync, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { LitElement, render } from 'lit';
import { getFormatter, translate } from '../../src/i18n/index.js';
import {
  baseStyles,
  dataTableStyles,
  renderDataTable,
  renderTableToggle,
  tokens,
} from '../../src/charts/index.js';

const TEXT = {
  en: {
    caption: 'Churn by month',
    columns: ['Month', 'Customers', 'Churn'],
    rows: [
      ['January', '1,200', '3.1%'],
      ['February', '1,180', '2.4%'],
    ],
    toggle: 'Show data table',
  },
  fa: {
    caption: 'ریزش ماهانه',
    columns: ['ماه', 'مشتریان', 'ریزش'],
    rows: [
      ['فروردین', '۱٬۲۰۰', '۳٫۱٪'],
      ['اردیبهشت', '۱٬۱۸۰', '۲٫۴٪'],
    ],
    toggle: 'نمایش جدول داده‌ها',
  },
  ar: {
    caption: 'التسرب الشهري',
    columns: ['الشهر', 'العملاء', 'التسرب'],
    rows: [
      ['يناير', '١٬٢٠٠', '٣٫١٪'],
      ['فبراير', '١٬١٨٠', '٢٫٤٪'],
    ],
    toggle: 'عرض جدول البيانات',
  },
} as const;
type Lang = keyof typeof TEXT;

const TAG = 'test-data-table-host-c';
/** A chart stand-in with a data table and its toggle; `table` attribute shows the table. */
class TableHost extends LitElement {
  static override styles = [tokens, baseStyles, dataTableStyles];
  static override properties = { table: { type: Boolean, reflect: true } };
  table = false;
  language: Lang = 'en';
  rowHeaders = true;
  override render() {
    const t = TEXT[this.language];
    return html`${renderTableToggle({
      controls: 'data',
      expanded: this.table,
      label: t.toggle,
      onToggle: () => (this.table = !this.table),
    })}
    ${renderDataTable({
      id: 'data',
      caption: t.caption,
      columns: t.columns.map((label, i) => ({ label, numeric: i > 0 })),
      rows: () => t.rows,
      rowHeaders: this.rowHeaders,
      visible: this.table,
    })}`;
  }
}
if (!customElements.get(TAG)) customElements.define(TAG, TableHost);

async function setup(lang: Lang = 'en', theme = 'light') {
  const wrap = fixtureSync(
    html`<div lang=${lang} dir=${lang === 'en' ? 'ltr' : 'rtl'}>
      <test-data-table-host-c theme=${theme}></test-data-table-host-c>
    </div>`,
  );
  const el = wrap.querySelector(TAG) as TableHost;
  el.language = lang;
  el.requestUpdate();
  await el.updateComplete;
  const root = el.shadowRoot!;
  /** The table, once shown (null while hidden: it is not built). */
  const table = () => root.querySelector('table');
  return { el, root, table, button: root.querySelector('button')! };
}

/** Shows the table and returns it. */
async function shown(el: TableHost, table: () => HTMLTableElement | null): Promise<HTMLTableElement> {
  el.table = true;
  await el.updateComplete;
  return table()!;
}

describe('renderDataTable', () => {
  it('is not built while hidden: an empty hidden placeholder holds its id, and asks for no rows', async () => {
    const { el, root, table } = await setup();
    expect(table()).to.equal(null);
    const placeholder = root.getElementById('data')!;
    expect(placeholder.hidden).to.equal(true);
    expect(placeholder.childElementCount).to.equal(0);
    let asked = 0;
    const rows = () => (asked++, [['x']]);
    render(renderDataTable({ id: 't', caption: 'c', columns: [{ label: 'a' }], rows, visible: false }), el);
    expect(asked).to.equal(0);
    render(renderDataTable({ id: 't', caption: 'c', columns: [{ label: 'a' }], rows, visible: true }), el);
    expect(asked).to.equal(1);
  });

  it('shown, a real table with caption, column and row headers in a named, focusable region', async () => {
    const { el, table } = await setup();
    const t = await shown(el, table);
    const region = t.parentElement!;
    expect([region.id, region.getAttribute('role'), region.getAttribute('tabindex')]).to.deep.equal([
      'data',
      'region',
      '0',
    ]);
    expect(region.getAttribute('aria-label')).to.equal('Churn by month');
    expect(t.getAttribute('part')).to.equal('table');
    expect(t.caption!.textContent!.trim()).to.equal('Churn by month');
    const cols = [...t.querySelectorAll('thead th')];
    expect(cols.map((th) => [th.getAttribute('scope'), th.textContent])).to.deep.equal([
      ['col', 'Month'],
      ['col', 'Customers'],
      ['col', 'Churn'],
    ]);
    const rows = [...t.tBodies[0]!.rows];
    expect(rows.map((r) => [...r.cells].map((c) => c.textContent))).to.deep.equal([
      ['January', '1,200', '3.1%'],
      ['February', '1,180', '2.4%'],
    ]);
    expect(rows.map((r) => [r.cells[0]!.tagName, r.cells[0]!.getAttribute('scope')])).to.deep.equal([
      ['TH', 'row'],
      ['TH', 'row'],
    ]);
  });

  it('uses plain cells when rowHeaders is false', async () => {
    const { el, table } = await setup();
    el.rowHeaders = false;
    const t = await shown(el, table);
    expect(t.querySelectorAll('tbody th')).to.have.length(0);
    expect(t.querySelectorAll('tbody td')).to.have.length(6);
  });

  it('shows the table with the table attribute, numbers aligned to the end', async () => {
    const { el, table } = await setup();
    const t = await shown(el, table);
    const box = t.getBoundingClientRect();
    // As wide as the host's content box (inside its card edge).
    expect(box.width).to.be.closeTo(el.clientWidth, 1);
    expect(box.height).to.be.greaterThan(40);
    const num = t.tBodies[0]!.rows[0]!.cells[1]!;
    expect(getComputedStyle(num).textAlign).to.equal('end');
    expect(getComputedStyle(t.tBodies[0]!.rows[0]!.cells[0]!).textAlign).to.equal('start');
  });

  for (const lang of ['en', 'fa'] as const) {
    it(`a table wider than its box scrolls inside it, a shadow at the edge with more to see: ${lang}`, async () => {
      const { el, table } = await setup(lang);
      el.style.width = '120px';
      const t = await shown(el, table);
      const wrap = t.parentElement!;
      // Inside the host, clipping its table, which is wider: it scrolls.
      const [host, area] = [el.getBoundingClientRect(), wrap.getBoundingClientRect()];
      expect(area.left).to.be.at.least(host.left - 1);
      expect(area.right).to.be.at.most(host.right + 1);
      expect(t.getBoundingClientRect().width).to.be.above(area.width);
      expect(wrap.scrollWidth).to.be.above(wrap.clientWidth);
      const style = getComputedStyle(wrap);
      expect(style.overflowX).to.equal('auto');
      // Covers that scroll with the content (local) hide the shadows fixed at the edges (scroll)
      // where the table ends: the shadow shows on the side with more to scroll to, either way.
      expect(style.backgroundImage.match(/linear-gradient\(/g)).to.have.length(2);
      expect(style.backgroundImage.match(/radial-gradient\(/g)).to.have.length(2);
      expect(style.backgroundAttachment).to.equal('local, local, scroll, scroll');
      expect(style.backgroundRepeat).to.match(/^no-repeat/);
      // Numbers stay on one line.
      const num = t.tBodies[0]!.rows[0]!.cells[1]!;
      expect(getComputedStyle(num).whiteSpace).to.equal('nowrap');
    });
  }

  it('lays the visible table out right-to-left in fa', async () => {
    const { el, table } = await setup('fa');
    const t = await shown(el, table);
    const [first, second] = [...t.tHead!.rows[0]!.cells].map((c) => c.getBoundingClientRect());
    expect(first!.left).to.be.greaterThan(second!.left);
    expect(t.caption!.textContent!.trim()).to.equal('ریزش ماهانه');
  });
});

describe('data table strings', () => {
  it('ships its own strings in en, fa and ar', () => {
    const say = (locale: string, key: string) => translate(getFormatter({ locale }), key, { title: 'NPS' });
    expect(say('en', 'table.caption')).to.equal('NPS: data');
    expect(say('en', 'table.show')).to.equal('Show data table');
    expect(say('fa', 'table.hide')).to.equal('پنهان کردن جدول داده‌ها');
    expect(say('ar', 'table.caption')).to.equal('بيانات NPS');
  });
});

describe('renderTableToggle', () => {
  it('flips aria-expanded and builds or removes the table it controls', async () => {
    const { el, root, table, button } = await setup();
    expect(button.getAttribute('part')).to.equal('table-toggle');
    const controlled = () => root.getElementById(button.getAttribute('aria-controls')!);
    expect(controlled()?.hidden).to.equal(true);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(el.hasAttribute('table')).to.equal(true);
    expect(controlled()).to.equal(table()!.parentElement);
    expect(table()!.getBoundingClientRect().width).to.be.greaterThan(1);
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(table()).to.equal(null);
    expect(controlled()?.hidden).to.equal(true);
  });
});

describe('data table accessibility', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
  });

  for (const lang of ['en', 'fa', 'ar'] as const) {
    for (const theme of ['light', 'dark', 'auto'] as const) {
      it(`is accessible hidden and shown: ${lang}, ${theme === 'auto' ? 'dark from the OS' : theme}`, async () => {
        if (theme === 'auto') await emulateMedia({ colorScheme: 'dark' });
        const { el, button } = await setup(lang, theme);
        expect(button.textContent!.trim()).to.equal(TEXT[lang].toggle);
        await expect(el).to.be.accessible();
        button.click();
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
    }
  }
});
