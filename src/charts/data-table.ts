import { css, html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
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
  /** Formatted cells, one array per row, in column order. */
  rows: readonly (readonly string[])[];
  /** The first cell of each row is a `<th scope="row">` (default true). */
  rowHeaders?: boolean;
  /** Shown on screen; otherwise visually hidden but still read by screen readers. */
  visible: boolean;
  /** The rows are about to change (see `DeferredRows`): `aria-busy` on the table. */
  busy?: boolean;
}

/**
 * The chart's data as a real `<table part="table">` with a caption and column (and row) headers.
 * Visually hidden unless `visible` (the `.visually-hidden` class of `baseStyles` on a wrapper,
 * since a table box cannot shrink to 1 px), always in the accessibility tree. Needs
 * `dataTableStyles`.
 */
export function renderDataTable(options: DataTableOptions): TemplateResult {
  const { caption, visible } = options;
  const table = renderTable(options);
  // Shown, a wide table scrolls sideways in its wrapper: a focusable, named region, so keyboard
  // users can scroll it too.
  return html`<div
    class=${visible ? 'table-wrap' : 'visually-hidden'}
    role=${visible ? 'region' : nothing}
    aria-label=${visible ? caption : nothing}
    tabindex=${visible ? '0' : nothing}
  >
    ${table}
  </div>`;
}

function renderTable({
  id,
  caption,
  columns,
  rows,
  rowHeaders = true,
  busy,
}: DataTableOptions): TemplateResult {
  return html` <table id=${id} part="table" class="data-table" aria-busy=${busy ? 'true' : nothing}>
    <caption>
      ${caption}
    </caption>
    <thead>
      <tr>
        ${columns.map((c) => html`<th scope="col" class=${c.numeric ? 'num' : ''}>${c.label}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows.map(
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

/** The key of no rows yet. */
const NONE = {};
// requestIdleCallback where there is one (not in Safari before 18), else a short timeout.
const hasIdle = 'requestIdleCallback' in globalThis;
const idle = (run: () => void): number =>
  hasIdle ? requestIdleCallback(run, { timeout: 500 }) : (setTimeout(run, 50) as unknown as number);
const cancelIdle = (handle: number): void => (hasIdle ? cancelIdleCallback(handle) : clearTimeout(handle));

/**
 * When a data table gets its rows. Shown, at once. Hidden (there for screen readers only), in the
 * first idle moment after the chart is drawn: a first render then builds the chart and the
 * table's caption and headers but not hundreds of rows, and screen readers find the rows a moment
 * later. Until then the table holds the rows it had (none at first) and is `aria-busy`.
 *
 * ```ts
 * #rows = new DeferredRows<string[]>(this);
 * const { rows, busy } = this.#rows.get(data, visible, () => format(data));
 * ```
 */
export class DeferredRows<T> implements ReactiveController {
  #host: ReactiveControllerHost;
  #key: unknown = NONE;
  #rows: T[] = [];
  #handle: number | undefined;
  #due = false;

  constructor(host: ReactiveControllerHost) {
    (this.#host = host).addController(this);
  }

  /** The rows to render: `make()`'s for `key` when `now` or once idle, else the last ones made. */
  get(key: unknown, now: boolean, make: () => T[]): { rows: T[]; busy: boolean } {
    if (key !== this.#key) {
      if (now || this.#due) {
        this.#key = key;
        this.#rows = make();
        this.#due = false;
      } else
        this.#handle ??= idle(() => {
          this.#handle = undefined;
          this.#due = true;
          this.#host.requestUpdate();
        });
    }
    return { rows: this.#rows, busy: key !== this.#key };
  }

  /** @internal */
  hostDisconnected(): void {
    if (this.#handle !== undefined) cancelIdle(this.#handle);
    this.#handle = undefined;
  }
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

/** Styles of the data table and its toggle (colours from `tokens`). */
export const dataTableStyles = css`
  .table-wrap {
    margin-block-start: var(--_space-sm);
    overflow-x: auto;
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
    white-space: nowrap;
    text-align: end;
    font-variant-numeric: tabular-nums;
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
