// The one way every element gets its data: `.data` property > inline JSON child > attributes > `src`.
// Validates with the element's schema, reflects `state`, never throws into the host page.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type * as z from 'zod/mini';
import { listIssues } from './issues.js';
import type { DataIssue } from './issues.js';

/** Loading state, reflected by every element as its `state` attribute. */
export type LoadState = 'loading' | 'ready' | 'empty' | 'error';
/** What went wrong: an HTTP status, a timeout, a body over `max-bytes`, invalid JSON, data failing the schema, or no answer at all. */
export type CrmErrorKind = 'http' | 'timeout' | 'size' | 'json' | 'schema' | 'network';
/** Where the current data came from. */
export type DataSource = 'property' | 'inline' | 'attributes' | 'src';

/** `crm-error` detail: a short English `message` naming the URL or the field, plus what an element needs to localize it. */
export interface CrmErrorDetail {
  kind: CrmErrorKind;
  message: string;
  url?: string;
  status?: number;
  /** Kind `size`: the limit in bytes that the body went over. */
  limit?: number;
  /** Path of the first invalid field, e.g. `stages[2].value` ('' for the root). */
  field?: string;
  issues?: DataIssue[];
}

/** `crm-data` detail: the validated data and where it came from. */
export interface CrmDataDetail<T = unknown> {
  data: T;
  source: DataSource;
}

/** What the host element provides (the base element declares these as Lit properties). */
export interface DataHost extends ReactiveControllerHost, HTMLElement {
  /** `.data` property (attribute: false); beats every other input; null/undefined falls back. */
  data: unknown;
  src: string | null | undefined;
  /** Seconds before a `src` request is abandoned; default 10. */
  timeout: number;
  /** Seconds between re-fetches of `src`; 0/undefined = no refresh. */
  refresh: number;
  /** Bytes a `src` body may have; default 5 MB (5 000 000). */
  maxBytes: number;
  credentials: RequestCredentials | null | undefined;
  /** Reflected attribute `state`; the controller sets it. */
  state: LoadState;
}

/** What the loader needs of a schema: zod's `safeParse`, from any zod schema or a dispatcher such as `churnInput`. */
export interface Validator<T> {
  safeParse(
    input: unknown,
  ): { success: true; data: T } | { success: false; error: { readonly issues: readonly z.core.$ZodIssue[] } };
}

/** How an element plugs into the loader. */
export interface DataControllerOptions<T> {
  /** The element's zod/mini input schema (its own `safeParse` is used, so the loader adds no zod code). */
  schema: Validator<T>;
  /**
   * Input built from the host's attributes, or undefined when none are set. It may throw (an
   * attribute holding JSON that does not parse): the loader reports that as kind `json`.
   */
  attributes: () => unknown;
  /** Valid data with nothing to show → state 'empty'. */
  isEmpty?: (data: T) => boolean;
  /** Reshapes raw input before validation (e.g. a bare array of stages into `{ stages }`). */
  prepare?: (raw: unknown) => unknown;
}

const isScript = (n: Node | null): boolean => n?.nodeName == 'SCRIPT';
/** What a 204 No Content answer stands for: no data. */
const NONE = {};

/** Loads, validates and watches an element's data; sets `host.state`; fires `crm-data` / `crm-error` (bubbling, composed) after the render that shows them. */
export class DataController<T> implements ReactiveController {
  #host: DataHost;
  #o: DataControllerOptions<T>;
  #value: T | undefined;
  #error: CrmErrorDetail | undefined;
  #state: LoadState = 'loading';
  #source: DataSource | undefined;
  #stale = false;
  /** The input last decided on: its kind and what identifies it. */
  #key: [DataSource | undefined, unknown] | undefined;
  /** The `src` URL whose data `value` holds (a refresh of it that fails leaves it shown, stale). */
  #ok: string | undefined;
  #ctl: AbortController | undefined;
  #req = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #due = 0;
  #connected = false;
  #etags = new Map<string, [string, unknown]>();
  #events: [string, unknown][] = [];
  #mo = new MutationObserver((records) => {
    if (
      records.some(
        (r) =>
          isScript(r.target) ||
          isScript(r.target.parentNode) ||
          [...r.addedNodes, ...r.removedNodes].some(isScript),
      )
    )
      this.#host.requestUpdate();
  });
  #onVisibility = () => this.#schedule();

  constructor(host: DataHost, options: DataControllerOptions<T>) {
    this.#host = host;
    this.#o = options;
    host.addController(this);
  }

  /** Last good validated data. */
  get value(): T | undefined {
    return this.#value;
  }
  /** The last error, cleared by the next success. */
  get error(): CrmErrorDetail | undefined {
    return this.#error;
  }
  /** Current state (also written to `host.state`). */
  get state(): LoadState {
    return this.#state;
  }
  /** Where `value` came from. */
  get source(): DataSource | undefined {
    return this.#source;
  }
  /** A refresh failed: `value` is the last good data. */
  get stale(): boolean {
    return this.#stale;
  }

  /** Re-reads the input now: re-fetches `src` (for a retry button), re-validates any other input. */
  reload(): void {
    this.#key = undefined;
    this.#host.requestUpdate();
  }

  /**
   * What the element computes from valid data failed (a metric's RangeError naming the field): the
   * error state, kind `schema`, with that message, instead of an exception into the page.
   */
  fault(e: unknown): void {
    const message = String((e as Error)?.message ?? e);
    // A metric's message starts with the field: `stages[1].value must be …`. No URL: never stale.
    this.#fail({ kind: 'schema', message, field: message.split(' must ')[0] });
  }

  hostConnected(): void {
    this.#connected = true;
    this.#mo.observe(this.#host, { childList: true, subtree: true, characterData: true });
    document.addEventListener('visibilitychange', this.#onVisibility);
    this.#schedule();
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#mo.disconnect();
    document.removeEventListener('visibilitychange', this.#onVisibility);
    // An aborted request is made again on reconnection.
    if (this.#ctl) this.#key = undefined;
    this.#stop();
  }

  hostUpdate(): void {
    const h = this.#host;
    const script = h.querySelector<HTMLScriptElement>(':scope>script[type="application/json"]');
    let attrs: unknown;
    // An attribute holding JSON that does not parse: reported like invalid inline JSON.
    let bad: string | undefined;
    if (h.data == null && !script) {
      try {
        attrs = this.#o.attributes();
      } catch (e) {
        bad = `!${e}`;
      }
    }
    const [source, key]: [DataSource | undefined, unknown] =
      h.data != null
        ? ['property', h.data]
        : script
          ? ['inline', script.text]
          : bad !== undefined || attrs !== undefined
            ? ['attributes', bad ?? JSON.stringify(attrs)]
            : h.src
              ? ['src', [h.src, h.timeout, h.credentials, h.refresh, h.maxBytes].join(' ')]
              : [undefined, undefined];
    const last = this.#key;
    if (last && last[0] == source && last[1] === key) return;
    this.#key = [source, key];
    this.#stop();
    if (source == 'src') {
      if (!this.#connected) this.#key = undefined;
      else {
        if (this.#ok !== h.src) this.#set('loading');
        void this.#fetch(h.src!);
      }
    } else if (source == 'inline') {
      let json: unknown;
      try {
        json = JSON.parse(key as string);
      } catch {
        return this.#fail({ kind: 'json', message: 'Invalid JSON in the inline <script>' });
      }
      this.#accept(json, source);
    } else if (bad !== undefined) {
      this.#fail({ kind: 'json', message: `Invalid JSON in an attribute (${bad.slice(1)})` });
    } else if (source) this.#accept(source == 'property' ? h.data : attrs, source);
    else this.#none();
  }

  /** No input at all (or a `src` that answered 204 No Content): the empty state, nothing shown. */
  #none(url?: string): void {
    this.#value = this.#error = this.#source = undefined;
    this.#ok = url;
    this.#stale = false;
    this.#set('empty');
  }

  hostUpdated(): void {
    for (const [type, detail] of this.#events.splice(0))
      this.#host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  #set(state: LoadState): void {
    this.#host.state = this.#state = state;
  }

  #emit(type: string, detail: unknown): void {
    this.#events.push([type, detail]);
    this.#host.requestUpdate();
  }

  #stop(): void {
    this.#ctl?.abort();
    this.#ctl = undefined;
    this.#req++;
    clearTimeout(this.#timer);
  }

  /** Re-fetch when `refresh` is due, only while connected and the page is visible. */
  #schedule(): void {
    clearTimeout(this.#timer);
    if (
      this.#host.refresh > 0 &&
      this.#connected &&
      this.#key?.[0] == 'src' &&
      !this.#ctl &&
      !document.hidden
    ) {
      const src = this.#host.src!;
      this.#timer = setTimeout(() => void this.#fetch(src), this.#due - Date.now());
    }
  }

  /** Validates an input; true when it was accepted. */
  #accept(raw: unknown, source: DataSource, url?: string): boolean {
    let r;
    let empty;
    try {
      r = this.#o.schema.safeParse(this.#o.prepare ? this.#o.prepare(raw) : raw);
      empty = r.success && this.#o.isEmpty?.(r.data);
    } catch {
      // A throwing refinement or isEmpty is still only invalid data.
    }
    if (!r?.success) {
      const issues = r ? listIssues(r.error) : [];
      const first = issues[0] ?? { path: '', message: 'invalid value' };
      const from = url ? ` from ${url}` : '';
      const at = first.path ? ` at ${first.path}` : '';
      this.#fail(
        {
          kind: 'schema',
          message: `Invalid data${from}${at}: ${first.message}`,
          url,
          field: first.path,
          issues,
        },
        url,
      );
      return false;
    }
    const data = r.data;
    this.#value = data;
    this.#error = undefined;
    this.#stale = false;
    this.#source = source;
    this.#ok = url;
    this.#set(empty ? 'empty' : 'ready');
    this.#emit('crm-data', { data, source } satisfies CrmDataDetail<T>);
    return true;
  }

  /** An error: state 'error', unless a `src` refresh failed while its last good data is shown (then `stale`). */
  #fail(detail: CrmErrorDetail, url?: string): void {
    this.#error = detail;
    if (url && url === this.#ok) this.#stale = true;
    else {
      this.#ok = undefined;
      this.#set('error');
    }
    this.#emit('crm-error', detail);
  }

  async #fetch(url: string): Promise<void> {
    const h = this.#host;
    const ctl = (this.#ctl = new AbortController());
    const id = ++this.#req;
    const seconds = h.timeout > 0 ? h.timeout : 10;
    const max = h.maxBytes > 0 ? h.maxBytes : 5e6;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      ctl.abort();
    }, seconds * 1e3);
    let fail: CrmErrorDetail | undefined;
    let json: unknown;
    let etag: string | null = null;
    let href = '';
    try {
      href = new URL(url, document.baseURI).href;
      const cached = this.#etags.get(href);
      const c = h.credentials;
      const res = await fetch(href, {
        signal: ctl.signal,
        // The browser then hands a 304 to us instead of answering from its own cache.
        cache: 'no-store',
        credentials: c == 'include' || c == 'omit' ? c : 'same-origin',
        headers: cached
          ? { accept: 'application/json', 'if-none-match': cached[0] }
          : { accept: 'application/json' },
      });
      if (res.status == 304 && cached) json = cached[1];
      // 204 No Content: the server has no data for this URL (yet), which is not invalid JSON.
      else if (res.status == 204) json = NONE;
      else if (!res.ok)
        fail = { kind: 'http', message: `HTTP ${res.status} from ${url}`, url, status: res.status };
      else {
        etag = res.headers.get('etag');
        // Counted as it arrives: a body over the limit (or announced as one) is abandoned at once.
        const parts: BlobPart[] = [];
        let n = Number(res.headers.get('content-length'));
        if (n <= max) {
          n = 0;
          const reader = res.body!.getReader();
          for (let r; n <= max && !(r = await reader.read()).done; n += r.value.length) parts.push(r.value);
        }
        if (n > max) {
          ctl.abort();
          fail = { kind: 'size', message: `${url} is larger than ${max} bytes`, url, limit: max };
        } else
          try {
            json = JSON.parse(await new Blob(parts).text());
          } catch {
            fail = { kind: 'json', message: `Invalid JSON from ${url}`, url, status: res.status };
          }
      }
    } catch {
      fail = timedOut
        ? { kind: 'timeout', message: `Timed out after ${seconds} s loading ${url}`, url }
        : { kind: 'network', message: `Could not load ${url}`, url };
    } finally {
      clearTimeout(timer);
    }
    // A newer input, a newer request or a disconnection took over: this answer is never shown.
    if (id != this.#req) return;
    this.#ctl = undefined;
    if (fail) this.#fail(fail, url);
    else if (json === NONE) this.#none(url);
    else if (this.#accept(json, 'src', url) && etag) this.#etags.set(href, [etag, json]);
    this.#due = Date.now() + h.refresh * 1e3;
    this.#schedule();
  }
}

declare global {
  interface HTMLElementEventMap {
    'crm-error': CustomEvent<CrmErrorDetail>;
    'crm-data': CustomEvent<CrmDataDetail>;
  }
  interface GlobalEventHandlersEventMap {
    'crm-error': CustomEvent<CrmErrorDetail>;
    'crm-data': CustomEvent<CrmDataDetail>;
  }
}
