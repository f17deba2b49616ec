// The export menu's behaviour, in the lazy chunk with the engine: its look, its keys, where it
// opens, the file an item makes and its download. The element renders its button and items
// (CrmChart); what is here arrives the first time the menu opens. It imports nothing the elements
// share (no Lit, no catalog code), so the chunk stands alone beside the all-in-one
// dist/crm-widgets.js, which stays one file.

/** What an export makes. */
export type ExportFormat = 'png' | 'svg' | 'csv';

/** A chart that exports (CrmChart): the three methods the menu's items call. */
export interface Exporting extends HTMLElement {
  toSVG(): Promise<string>;
  toPNG(): Promise<Blob>;
  toCSV(): Promise<string>;
}

/** The behaviour of a chart's menu: its items, their keys, what opening and closing do. */
export interface ExportMenu {
  readonly formats: readonly ExportFormat[];
  /** ↑/↓ move (wrapping), Home/End jump; Tab closes the menu and goes on from its button. */
  key(e: KeyboardEvent): void;
  /** After the popover opened: styled, placed under its button, focus on the first or last item. */
  opened(host: HTMLElement, focus: 'first' | 'last'): void;
  /** After it closed, or when its element leaves the page: stops following scroll and resize. */
  closed(host: HTMLElement): void;
  /** An item chosen (`title`: the chart's, for the file's name): closes the menu, makes the file, fires `crm-export`, downloads unless cancelled. */
  save(host: Exporting, format: ExportFormat, title: string): Promise<void>;
}

/** The menu's look, adopted by a chart's shadow root the first time its menu opens. */
const CSS = `
.export-menu {
  position: fixed;
  inset: var(--_y, 0) auto auto var(--_x, 0);
  margin: 0;
  padding: var(--_space-xs);
  min-inline-size: 10rem;
  border: 1px solid var(--_border);
  border-radius: var(--_radius);
  background: var(--_surface);
  color: var(--_text);
  font: inherit;
  font-size: var(--_fs-sm);
  box-shadow: 0 4px 16px color-mix(in srgb, var(--_text) 20%, transparent);
}
.export-menu [role='menuitem'] {
  display: block;
  inline-size: 100%;
  padding: 0.375rem 0.625rem;
  border: 0;
  border-radius: 4px;
  background: none;
  color: inherit;
  font: inherit;
  text-align: start;
  cursor: pointer;
}
.export-menu [role='menuitem']:hover,
.export-menu [role='menuitem']:focus {
  background: color-mix(in srgb, var(--_text) 10%, transparent);
}
.export-menu [role='menuitem']:focus-visible {
  outline: 2px solid var(--_focus);
}
`;
let sheet: CSSStyleSheet | undefined;

function style(root: ShadowRoot): void {
  if (!sheet) (sheet = new CSSStyleSheet()).replaceSync(CSS);
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

const parts = (host: HTMLElement) => {
  const root = host.shadowRoot!;
  return {
    root,
    button: root.querySelector<HTMLElement>('[part~="export"]'),
    menu: root.querySelector<HTMLElement>('[part~="export-menu"]'),
  };
};

const items = (menu: Element) => [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')];

/** Under the button, its end edge on the button's end edge; above it if there is no room below. */
function place(host: HTMLElement): void {
  const { button, menu } = parts(host);
  if (!button || !menu) return;
  const b = button.getBoundingClientRect();
  const m = menu.getBoundingClientRect();
  const rtl = getComputedStyle(menu).direction === 'rtl';
  const gap = 4;
  const x = Math.max(gap, Math.min(innerWidth - m.width - gap, rtl ? b.left : b.right - m.width));
  const below = b.bottom + gap;
  const y = below + m.height <= innerHeight - gap ? below : Math.max(gap, b.top - gap - m.height);
  menu.style.setProperty('--_x', `${x}px`);
  menu.style.setProperty('--_y', `${y}px`);
}

const following = new WeakMap<HTMLElement, () => void>();

function key(e: KeyboardEvent): void {
  const item = e.currentTarget as HTMLElement;
  const menu = item.closest('[role="menu"]') as HTMLElement;
  const all = items(menu);
  const i = all.indexOf(item);
  const to =
    e.key === 'ArrowDown'
      ? (i + 1) % all.length
      : e.key === 'ArrowUp'
        ? (i - 1 + all.length) % all.length
        : e.key === 'Home'
          ? 0
          : e.key === 'End'
            ? all.length - 1
            : -1;
  if (to >= 0) {
    e.preventDefault();
    all[to]!.focus();
  } else if (e.key === 'Tab') {
    // Hiding returns focus to the button; the Tab then moves on from there.
    menu.hidePopover();
  }
}

export const menu: ExportMenu = {
  formats: ['png', 'svg', 'csv'],
  key,

  opened(host, focus) {
    const { root, menu } = parts(host);
    if (!menu) return;
    style(root);
    place(host);
    const all = items(menu);
    all[focus === 'last' ? all.length - 1 : 0]?.focus();
    if (!following.has(host)) {
      const follow = () => place(host);
      following.set(host, follow);
      addEventListener('scroll', follow, { capture: true, passive: true });
      addEventListener('resize', follow, { passive: true });
    }
  },

  closed(host) {
    const follow = following.get(host);
    if (follow) {
      removeEventListener('scroll', follow, { capture: true });
      removeEventListener('resize', follow);
      following.delete(host);
    }
    const { root, button, menu } = parts(host);
    if (menu?.matches(':popover-open')) menu.hidePopover();
    // Focus left in the closed menu goes back to the button (Escape and a chosen item return it
    // natively; this covers the rest).
    if (host.isConnected && root.activeElement && menu?.contains(root.activeElement)) button?.focus();
  },

  async save(host, format, title) {
    parts(host).menu?.hidePopover();
    const blob =
      format == 'png'
        ? await host.toPNG()
        : new Blob([format == 'svg' ? await host.toSVG() : await host.toCSV()], {
            type: format == 'svg' ? 'image/svg+xml' : 'text/csv;charset=utf-8',
          });
    const filename = `${fileName(title, host.localName)}.${format}`;
    const go = host.dispatchEvent(
      new CustomEvent('crm-export', {
        detail: { format, blob, filename },
        bubbles: true,
        composed: true,
        cancelable: true,
      }),
    );
    if (go) download(blob, filename);
  },
};

/**
 * A file name from the element's title: its letters and digits in any script (and the zero-width
 * non-joiner inside Persian words), other runs as one "-" ("Support NPS" → "Support-NPS",
 * «نرخ ریزش» → «نرخ-ریزش»), else the tag name.
 */
export function fileName(title: string, fallback: string): string {
  const name = title
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N}\u200c]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return name || fallback;
}

/** Saves `blob` as `filename` through a download link (no navigation, no window). */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  // The download has taken the URL once the click's task ran.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
