import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { CrmErrorDetail, DataController, DataHost, LoadState } from '../data/index.js';
import { LocaleController, bidiIsolate } from '../i18n/index.js';
import { baseStyles, statusStyles, tokens } from '../charts/tokens.js';
import { VERSION } from './define.js';
import './messages.js';

/**
 * What every crm-widgets element shares: its data (through the loader), its language and
 * direction (through the locale controller), and its theme (through the tokens).
 *
 * Data precedence: the `data` property > an inline `<script type="application/json">` child >
 * the element's own attributes > the `src` URL.
 *
 * @attr src - URL of the JSON data; fetched with a timeout, cancelled when it changes.
 * @attr timeout - Seconds before a fetch of `src` gives up (default 10).
 * @attr refresh - Seconds between re-fetches of `src` while the element is connected and the page visible; the last good data stays on screen if one fails.
 * @attr max-bytes - Bytes a body from `src` may have (default 5 000 000, 5 MB): counted as it arrives, a larger one is abandoned at once with an error naming the limit.
 * @attr credentials - Fetch credentials for `src`: `omit`, `same-origin` (default) or `include` (intranet cookies).
 * @attr state - Reflected, read-only: `loading`, `ready`, `empty` or `error`, so pages can style each.
 * @attr theme - `light` or `dark`; absent follows the system's `prefers-color-scheme`.
 * @attr numbering - Digits: `latn`, `arab` or `arabext`; default: the locale's own.
 * @attr calendar - `gregory` or `persian`; default: `persian` for Persian, else `gregory`.
 * @attr lang - Language; default: the closest ancestor's `lang`, then the document's, then the browser's.
 * @attr dir - Direction; default: the closest ancestor's `dir`, else from the language.
 * @prop data - The data as an object; beats every other input. Set `undefined` to fall back.
 * @fires {CustomEvent<CrmDataDetail>} crm-data - The data loaded and passed validation: `detail` `{ data, source }`.
 * @fires {CustomEvent<CrmErrorDetail>} crm-error - Loading failed (`detail` `{ kind: 'http' | 'timeout' | 'size' | 'json' | 'schema' | 'network', message, url?, status?, field?, issues? }`); the element shows a short message instead of throwing.
 *
 * @csspart skeleton - The placeholder shown while loading, about as tall as what replaces it (set its `block-size` if your data draws taller).
 *
 * @cssprop --crm-card-border - The element's edge. Default `1px solid` in `--crm-color-border`; `none` to embed it bare.
 * @cssprop --crm-card-radius - The element's corner radius. Default `--crm-radius` (6px).
 * @cssprop --crm-card-padding - Room inside the edge. Default 0.75rem; 0 to embed bare.
 * @cssprop --crm-color-surface - The card's background.
 * @cssprop --crm-font-family - Font stack. Default `system-ui, 'Segoe UI', Roboto, 'Geeza Pro', Vazirmatn, 'Noto Sans Arabic', sans-serif`: the system UI font, then fonts that draw Persian and Arabic well where it has no Arabic script.
 */
export abstract class CrmElement<T> extends LitElement implements DataHost {
  static version = VERSION;
  static override styles = [tokens, baseStyles, statusStyles];

  // Static declarations rather than decorators: the decorator runtime costs every page 0.4 kB.
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    src: {},
    timeout: { type: Number },
    refresh: { type: Number },
    maxBytes: { type: Number, attribute: 'max-bytes' },
    credentials: {},
    state: { reflect: true },
    theme: { reflect: true },
    numbering: { reflect: true },
    calendar: { reflect: true },
  };

  data: unknown = undefined;
  src: string | null = null;
  timeout = 10;
  refresh = 0;
  maxBytes = 5e6;
  credentials: RequestCredentials | null = null;
  state: LoadState = 'loading';
  theme: 'light' | 'dark' | null = null;
  numbering: 'latn' | 'arab' | 'arabext' | null = null;
  calendar: string | null = null;

  protected readonly locale = new LocaleController(this);
  protected abstract readonly loader: DataController<T>;

  /**
   * A render that throws on data the schema accepted (a metric's RangeError) ends in the error
   * state with its message and `crm-error`, rendered again as such: never an exception into the page.
   */
  protected override update(changed: PropertyValues): void {
    try {
      super.update(changed);
    } catch (e) {
      this.loader.fault(e);
      super.update(changed);
    }
  }

  /** The localized sentence for a loading error, naming the URL or the field. */
  protected errorText(error: CrmErrorDetail): string {
    const { t } = this.locale;
    // Isolated, so a Latin URL keeps its order inside Persian or Arabic text.
    const url = bidiIsolate(error.url ?? '');
    switch (error.kind) {
      case 'http':
        return t('error.http', { url, status: String(error.status ?? '') });
      case 'timeout':
        return t('error.timeout', { url, count: this.timeout });
      case 'size':
        // The limit as the page wrote it, in bytes, in the element's digits: "5,000,000", "۵٬۰۰۰٬۰۰۰".
        return t('error.size', { url, limit: error.limit! });
      case 'network':
        return t('error.network', { url });
      case 'json':
        return t('error.json', { source: error.url ? url : t('source.inline') });
      default:
        // The whole input is wrong (not an object, say): name where it came from instead.
        return t('error.schema', { field: error.field || error.url || 'data' });
    }
  }

  /**
   * The loading skeleton, the empty message or the error message, or `nothing` when the data is
   * ready. `empty` is the element's own wording of "no data".
   */
  protected renderStatus(empty = this.locale.t('state.empty')) {
    const { state, error } = this.loader;
    if (state === 'loading') {
      return html`<div class="skeleton" part="skeleton" role="status">
        <span class="visually-hidden">${this.locale.t('state.loading')}</span>
      </div>`;
    }
    if (state === 'empty') return html`<p class="message" part="message" role="status">${empty}</p>`;
    if (state === 'error' && error) {
      return html`<p class="message error" part="message" role="alert">${this.errorText(error)}</p>`;
    }
    return nothing;
  }
}
