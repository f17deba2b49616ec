import { expect, fixtureSync, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { LitElement } from 'lit';
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
      rows: t.rows,
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
  return { el, root, table: root.querySelector('table')!, button: root.querySelector('button')! };
}

describe('renderDataTable', () => {
  it('is visually hidden by default, in a 1×1 px clipped box, with caption and headers present', async () => {
    const { table } = await setup();
    const box = table.parentElement!.getBoundingClientRect();
    expect([box.width, box.height]).to.deep.equal([1, 1]);
    expect(getComputedStyle(table.parentElement!).clipPath).to.equal('inset(50%)');
    expect(table.getAttribute('part')).to.equal('table');
    expect(table.caption!.textContent!.trim()).to.equal('Churn by month');
    const cols = [...table.querySelectorAll('thead th')];
    expect(cols.map((th) => [th.getAttribute('scope'), th.textContent])).to.deep.equal([
      ['col', 'Month'],
      ['col', 'Customers'],
      ['col', 'Churn'],
    ]);
    const rows = [...table.tBodies[0]!.rows];
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
    el.requestUpdate();
    await el.updateComplete;
    expect(table.querySelectorAll('tbody th')).to.have.length(0);
    expect(table.querySelectorAll('tbody td')).to.have.length(6);
  });

  it('shows the table with the table attribute, numbers aligned to the end', async () => {
    const { el, table } = await setup();
    el.table = true;
    await el.updateComplete;
    const box = table.getBoundingClientRect();
    expect(box.width).to.be.closeTo(el.getBoundingClientRect().width, 1);
    expect(box.height).to.be.greaterThan(40);
    const num = table.tBodies[0]!.rows[0]!.cells[1]!;
    expect(getComputedStyle(num).textAlign).to.equal('end');
    expect(getComputedStyle(table.tBodies[0]!.rows[0]!.cells[0]!).textAlign).to.equal('start');
  });

  it('lays the visible table out right-to-left in fa', async () => {
    const { el, table } = await setup('fa');
    el.table = true;
    await el.updateComplete;
    const [first, second] = [...table.tHead!.rows[0]!.cells].map((c) => c.getBoundingClientRect());
    expect(first!.left).to.be.greaterThan(second!.left);
    expect(table.caption!.textContent!.trim()).to.equal('ریزش ماهانه');
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
  it('flips aria-expanded and shows or hides the table it controls', async () => {
    const { el, root, table, button } = await setup();
    expect(button.getAttribute('part')).to.equal('table-toggle');
    expect(button.getAttribute('aria-controls')).to.equal(table.id);
    expect(root.getElementById(button.getAttribute('aria-controls')!)).to.equal(table);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(el.hasAttribute('table')).to.equal(true);
    expect(table.getBoundingClientRect().width).to.be.greaterThan(1);
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(table.parentElement!.getBoundingClientRect().width).to.equal(1);
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
