import { css, html } from 'lit';
import type { TemplateResult } from 'lit';
import { defineMessages } from '../i18n/index.js';

// The table's own strings, kept beside it so an element without a table does not carry them.
defineMessages({
  en: { 'table.show': 'Show data table', 'table.hide': 'Hide data table', 'table.caption': '{title}: data' },
  fa: {
    'table.show': 'نمایش جدول داده‌ها',
    'table.hide': 'پنهان کردن جدول داده‌ها',
    'table.caption': 'داده‌های {title}',
  },
  ar: {
    'table.show': 'عرض جدول البيانات',
    'table.hide': 'إخفاء جدول البيانات',
    'table.caption': 'بيانات {title}',
  },
});

/** A column of `renderDataTable`: its header, and whether its cells are numbers (end-aligned). */
export interface DataTableColumn {
  label: string;
  numeric?: boolean;
}

/** Options of `renderDataTable`. */
export interface DataTableOptions {
  id: string;
  caption: string;
  columns: readonly DataTableColumn[];
  /** Formatted cells, one array per row, in column order: asked for only when the table is shown. */
  rows: () => readonly (readonly string[])[];
  /** The first cell of each row is a `<th scope="row">` (default true). */
  rowHeaders?: boolean;
  /** Shown: built and on screen. Otherwise only an empty, hidden placeholder with the `id` is there. */
  visible: boolean;
}

/**
 * The chart's data as a real `<table part="table">` with a caption and column (and row) headers,
 * in a focusable, named region (a wide table scrolls sideways in it, keyboard users too), built
 * only while it is shown: hidden, it is an empty placeholder holding the `id` that the toggle's
 * `aria-controls` names. A hidden table of a thousand rows cost a first render more than the
 * whole chart (layout of every cell, even clipped to 1 px); screen-reader users reach the same
 * rows through the toggle, right after the chart's summary. Needs `dataTableStyles`.
 */
export function renderDataTable(options: DataTableOptions): TemplateResult {
  const { id, caption, visible } = options;
  if (!visible) return html`<div id=${id} hidden></div>`;
  return html`<div id=${id} class="table-wrap" role="region" aria-label=${caption} tabindex="0">
    ${renderTable(options)}
  </div>`;
}

function renderTable({ caption, columns, rows, rowHeaders = true }: DataTableOptions): TemplateResult {
  return html` <table part="table" class="data-table">
    <caption>
      ${caption}
    </caption>
    <thead>
      <tr>
        ${columns.map((c) => html`<th scope="col" class=${c.numeric ? 'num' : ''}>${c.label}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows().map(
        (r) =>
          html`<tr>
            ${r.map((cell, i) => {
              const num = columns[i]?.numeric ? 'num' : '';
              return i === 0 && rowHeaders
                ? html`<th scope="row" class=${num}>${cell}</th>`
                : html`<td class=${num}>${cell}</td>`;
            })}
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/** Options of `renderTableToggle`; `label` is the localized button text. */
export interface TableToggleOptions {
  controls: string;
  expanded: boolean;
  label: string;
  onToggle: () => void;
}

/** A `<button part="table-toggle">` showing or hiding the data table (`aria-expanded`, `aria-controls`). */
export function renderTableToggle({
  controls,
  expanded,
  label,
  onToggle,
}: TableToggleOptions): TemplateResult {
  return html`<button
    type="button"
    part="table-toggle"
    class="table-toggle"
    aria-controls=${controls}
    aria-expanded=${expanded ? 'true' : 'false'}
    @click=${onToggle}
  >
    ${label}
  </button>`;
}

/**
 * The toggle of an element's data table (`id="data"`): "Show data table" or "Hide data table" in
 * the element's language (`t`, its translate function).
 */
export const tableToggle = (
  t: (key: string) => string,
  expanded: boolean,
  onToggle: () => void,
): TemplateResult =>
  renderTableToggle({
    controls: 'data',
    expanded,
    label: t(expanded ? 'table.hide' : 'table.show'),
    onToggle,
  });

/** Styles of the data table and its toggle (colours from `tokens`). */
export const dataTableStyles = css`
  /*
   * A table wider than its box scrolls sideways, with a shadow at each edge that has more to
   * scroll to: the surface-coloured covers scroll with the content (local) and hide the shadows
   * (fixed to the box) once an end is reached. It works in both directions with no script.
   */
  .table-wrap {
    margin-block-start: var(--_space-sm);
    overflow-x: auto;
    --_shade: color-mix(in srgb, var(--_text) 35%, transparent);
    background:
      linear-gradient(90deg, var(--_surface) 50%, transparent) 0 / 2rem 100% local,
      linear-gradient(270deg, var(--_surface) 50%, transparent) 100% / 2rem 100% local,
      radial-gradient(farthest-side at 0, var(--_shade), transparent) 0 / 1rem 100%,
      radial-gradient(farthest-side at 100%, var(--_shade), transparent) 100% / 1rem 100%;
    background-repeat: no-repeat;
  }
  .data-table {
    width: 100%;
    border-collapse: collapse;
    font-size: var(--_fs-sm);
  }
  .data-table caption {
    padding-block-end: var(--_space-xs);
    font-weight: 600;
    text-align: start;
  }
  .data-table th,
  .data-table td {
    padding: var(--_space-xs) var(--_space-sm);
    border-block-end: 1px solid var(--_border);
    text-align: start;
  }
  .data-table thead th {
    color: var(--_muted);
    font-weight: 600;
  }
  .data-table .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  /* Numbers stay whole; headers wrap, so a narrow box scrolls less. */
  .data-table tbody .num {
    white-space: nowrap;
  }
  .table-toggle {
    padding: var(--_space-xs) var(--_space-sm);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_text);
    font: inherit;
    font-size: var(--_fs-sm);
    cursor: pointer;
  }
`;
