import { css, html, nothing, svg, type PropertyDeclarations } from 'lit';
import { defineMessages } from '../i18n/index.js';
import type * as EngineModule from '../charts/export/index.js';
import type { ExportFormat, ExportTable, PngOptions } from '../charts/export/index.js';
import { CrmElement } from './crm-element.js';

// The menu button's name: the one word of the export every chart carries. The menu's items, the
// tables' headers, the menu's styles and its behaviour come with the export chunk.
defineMessages({
  en: { 'export.menu': 'Export' },
  fa: { 'export.menu': 'خروجی' },
  ar: { 'export.menu': 'تصدير' },
});

type Engine = typeof EngineModule;
let engine: Promise<Engine> | undefined;
/** The export engine and menu: one chunk, downloaded the first time any chart exports. */
const load = (): Promise<Engine> =>
  (engine ??= import('../charts/export/index.js').then((m) => (defineMessages(m.messages), m)));

/** `crm-export` detail: what was exported, as a file ready to save. */
export interface CrmExportDetail {
  format: ExportFormat;
  blob: Blob;
  filename: string;
}

export type { ExportFormat, PngOptions };

const exportStyles = css`
  :host([export]) {
    position: relative;
  }
  :host([export]) .label {
    padding-inline-end: 2rem;
  }
  .export-button {
    position: absolute;
    inset-block-start: var(--crm-card-padding, var(--_space-md));
    inset-inline-end: var(--crm-card-padding, var(--_space-md));
    display: grid;
    place-items: center;
    inline-size: 1.75rem;
    block-size: 1.75rem;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_muted);
    cursor: pointer;
  }
  .export-button:hover,
  .export-button[aria-expanded='true'] {
    color: var(--_text);
  }
  .export-button:focus-visible {
    outline: 2px solid var(--_focus);
  }
  .export-button svg {
    inline-size: 1rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
  }
`;

/**
 * A chart of the kit: a `CrmElement` that exports what it shows as SVG, PNG or CSV, and with the
 * `export` attribute offers that in a small menu. The export code is a separate chunk, imported
 * the first time it is used: pages that never export never download it.
 *
 * @attr export - Shows an Export button (top end corner) with a menu: PNG image, SVG image, CSV data. Keyboard: Enter, Space or ↓ opens it on the first item, ↑ on the last; ↑/↓, Home and End move, Escape closes.
 * @fires {CustomEvent<CrmExportDetail>} crm-export - A menu item made its file: `detail` `{ format, blob, filename }`. Cancelable: `preventDefault()` keeps the file from being downloaded (to upload it, say).
 * @csspart export - The Export button.
 * @csspart export-menu - Its menu (a popover in the top layer).
 */
export abstract class CrmChart<T> extends CrmElement<T> {
  static override styles = [...CrmElement.styles, exportStyles];

  static override properties: PropertyDeclarations = { export: { type: Boolean, reflect: true } };

  /** Shows the Export button and its menu (the `export` attribute). */
  export = false;

  /**
   * The data the element shows as a table: headers in the element's language (`t`, once the
   * export's words are loaded), raw cells (numbers unrounded, dates as ISO strings). `undefined`
   * until the data is ready.
   */
  protected abstract exportTable(): ExportTable | undefined;

  /** The element's title, for the image's `<title>` and the file's name. */
  protected abstract exportTitle(): string;

  #loaded: Engine | undefined;
  #open = false;
  #focus: 'first' | 'last' = 'first';

  async #ready(): Promise<Engine> {
    await this.updateComplete;
    if (this.state !== 'ready')
      throw new Error(`<${this.localName}> has nothing to export while its state is "${this.state}"`);
    return load();
  }

  /**
   * The chart as a standalone SVG document: its colours and fonts resolved, no script, no
   * reference outside it, so it looks the same in any viewer. Rejects unless `state` is `ready`.
   */
  async toSVG(): Promise<string> {
    return (await this.#ready()).toSVG(this, { title: this.exportTitle() });
  }

  /** The chart as a PNG, `scale` (default 2, 1–4) times its CSS size, drawn from the same SVG. */
  async toPNG(options: PngOptions = {}): Promise<Blob> {
    return (await this.#ready()).toPNG(this, { ...options, title: this.exportTitle() });
  }

  /**
   * The data table as CSV (RFC 4180, UTF-8 with a byte-order mark): Latin digits at full
   * precision and ISO dates whatever the page's language, text that a spreadsheet would run as a
   * formula (`=`, `+`, `-`, `@`) neutralised.
   */
  async toCSV(): Promise<string> {
    return (await this.#ready()).toCSV(this.exportTable()!);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#loaded?.menu.closed(this);
  }

  /** The Export button and its menu, when `export` is set and there is data to export. */
  protected renderExport() {
    if (!this.export || this.state !== 'ready') return nothing;
    const { t } = this.locale;
    const m = this.#loaded?.menu;
    return html`<div data-export="skip">
      <button
        type="button"
        part="export"
        class="export-button"
        popovertarget="export-menu"
        aria-haspopup="menu"
        aria-expanded=${this.#open}
        aria-label=${t('export.menu')}
        title=${t('export.menu')}
        @click=${this.#show}
        @keydown=${this.#show}
      >
        ${svg`<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M12 4v11m-4.5-4.5L12 15l4.5-4.5M5 19h14"></path></svg>`}
      </button>
      <div
        id="export-menu"
        part="export-menu"
        class="export-menu"
        role="menu"
        aria-label=${t('export.menu')}
        popover
        @toggle=${(e: ToggleEvent) => {
          this.#open = e.newState == 'open';
          this.requestUpdate();
          if (this.#open) m?.opened(this, this.#focus);
          else m?.closed(this);
          this.#focus = 'first';
        }}
      >
        ${m?.formats.map(
          (format) =>
            html`<button
              type="button"
              role="menuitem"
              tabindex="-1"
              @keydown=${m.key}
              @click=${() => m.save(this, format, this.exportTitle())}
            >
              ${t(`export.${format}`)}
            </button>`,
        )}
      </div>
    </div>`;
  }

  /**
   * A click, Enter or Space opens the menu (the popover's own toggle), ↓ on its first item, ↑ on
   * its last. The first time, the menu's chunk is loaded first and the menu opened once it is.
   */
  #show = async (e: Event) => {
    const key = (e as KeyboardEvent).key;
    const arrow = key == 'ArrowDown' || key == 'ArrowUp';
    if (e.type == 'keydown' && !arrow) return;
    if (e.type == 'click' && this.#loaded) return;
    e.preventDefault();
    this.#focus = key == 'ArrowUp' ? 'last' : 'first';
    this.#loaded ??= await load();
    this.requestUpdate();
    await this.updateComplete;
    const popover = this.renderRoot.querySelector<HTMLElement>('#export-menu');
    if (popover?.isConnected && !popover.matches(':popover-open')) popover.showPopover();
  };
}
