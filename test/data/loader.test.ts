// DataController against a real server (test/tools/test-server.mjs, /__test__/ routes): no fetch mocks.
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { DataController, funnelObjectSchema, funnelStages, wrapStages } from '../../src/data/index.js';
import type {
  CrmDataDetail,
  CrmErrorDetail,
  CrmErrorKind,
  DataHost,
  FunnelData,
  LoadState,
} from '../../src/data/index.js';

class TestDataHost extends LitElement implements DataHost {
  @property({ attribute: false }) data: unknown;
  @property() src: string | null = null;
  @property({ type: Number }) timeout = 10;
  @property({ type: Number }) refresh = 0;
  @property({ type: Number, attribute: 'max-bytes' }) maxBytes = 5e6;
  @property() credentials: RequestCredentials | null = null;
  @property({ reflect: true }) state: LoadState = 'loading';
  /** Attribute input: `labels="Visits,Leads" values="100,40"`. */
  @property() labels: string | null = null;
  @property() values: string | null = null;
  /** Attribute input as JSON (stages or `{ stages }`), parsed as an element would: it may throw. */
  @property() json: string | null = null;
  /** The state at each render. */
  rendered: LoadState[] = [];

  readonly loader = new DataController(this, {
    // As <funnel-view> does: a bare array is wrapped, then one object schema validates.
    schema: funnelObjectSchema,
    prepare: wrapStages,
    attributes: () =>
      this.json != null
        ? (JSON.parse(this.json) as unknown)
        : this.labels == null
          ? undefined
          : {
              stages: this.labels
                .split(',')
                .map((label, i) => ({ label, value: Number(this.values?.split(',')[i]) })),
            },
    isEmpty: (d) => funnelStages(d).length == 0,
  });

  override render() {
    this.rendered.push(this.state);
    const { value, error } = this.loader;
    return html`<p>${this.state}</p>
      ${error ? html`<p role="alert">${error.message}</p>` : ''}
      ${
        value
          ? html`<ul>
              ${funnelStages(value).map((s) => html`<li>${s.label}: ${s.value}</li>`)}
            </ul>`
          : ''
      }`;
  }
}
if (!customElements.get('test-data-host-b')) customElements.define('test-data-host-b', TestDataHost);

declare global {
  interface HTMLElementTagNameMap {
    'test-data-host-b': TestDataHost;
  }
}

const A: FunnelData = { stages: [{ label: 'Visits', value: 100 }] };
const B: FunnelData = { stages: [{ label: 'Leads', value: 40 }] };
const C: FunnelData = [{ label: 'Customers', value: 7 }];
/** C as the loader hands it on: the bare array wrapped by `prepare`. */
const Cw: FunnelData = { stages: C as { label: string; value: number }[] };

const uid = () => Math.random().toString(36).slice(2);
/** `/__test__/<route>?id=…&body=…&…` (body: a JSON value, stringified, or raw text). */
const route = (name: string, params: Record<string, unknown> = {}) => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) q.set(k, typeof v == 'string' ? v : JSON.stringify(v));
  return `/__test__/${name}?${q}`;
};
interface Stats {
  requests: number;
  finished: number;
  notModified: number;
  aborted: number;
  ifNoneMatch: (string | null)[];
  accept: (string | null)[];
  cookie: (string | null)[];
}
const stats = async (id: string): Promise<Stats> => (await fetch(route('stats', { id }))).json();
const shown = (el: HTMLElement) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

// Every crm-data / crm-error, recorded where the page would listen: on document (bubbling, composed).
type Logged = {
  type: string;
  target: EventTarget | null;
  detail: CrmDataDetail | CrmErrorDetail;
  composed: boolean;
};
let log: Logged[] = [];
const record = (e: Event) => {
  const { type, target, composed } = e as CustomEvent;
  log.push({ type, target, composed, detail: (e as CustomEvent).detail });
};
const eventsOf = (el: HTMLElement, type?: string) =>
  log.filter((e) => e.target === el && (!type || e.type == type));
const errorOf = (e: Logged) => e.detail as CrmErrorDetail;

// The page's visibility, under the test's control: a runner's background tab may really be hidden,
// and the loader rightly pauses refreshes then.
let hidden = false;

// Nothing ever escapes into the host page.
let pageErrors: unknown[] = [];
const onPageError = (e: ErrorEvent | PromiseRejectionEvent) =>
  pageErrors.push('reason' in e ? e.reason : e.error);

/** waitUntil with room for a throttled background tab (timers there fire about once a second). */
const until = (predicate: () => boolean | Promise<boolean>, message: string) =>
  waitUntil(predicate, message, { timeout: 5000 });

const nextError = async (el: HTMLElement) => (await oneEvent(el, 'crm-error')).detail;
const nextData = async (el: HTMLElement) => (await oneEvent(el, 'crm-data')).detail;

describe('DataController', () => {
  it('reports an attribute holding invalid JSON as kind json, once per value, and recovers', async () => {
    const errors: CrmErrorDetail[] = [];
    const onError = (e: Event) => errors.push((e as CustomEvent<CrmErrorDetail>).detail);
    document.addEventListener('crm-error', onError);
    try {
      const el = await fixture<TestDataHost>(
        html`<test-data-host-b json='[{label: "A"}]'></test-data-host-b>`,
      );
      await el.updateComplete;
      expect(el.state).to.equal('error');
      // Later renders with the same bad value report nothing new.
      el.requestUpdate();
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      expect(errors).to.have.length(1);
      expect(errors[0]!.kind).to.equal('json');
      expect(errors[0]!.message).to.match(/^Invalid JSON in an attribute \(SyntaxError: /);
      el.json = '[{"label":"A","value":1}]';
      await el.updateComplete;
      await el.updateComplete;
      expect(el.state).to.equal('ready');
      expect(el.loader.value).to.deep.equal({ stages: [{ label: 'A', value: 1 }] });
      expect(errors).to.have.length(1);
    } finally {
      document.removeEventListener('crm-error', onError);
    }
  });

  beforeEach(() => {
    log = [];
    pageErrors = [];
    document.addEventListener('crm-data', record);
    document.addEventListener('crm-error', record);
    window.addEventListener('error', onPageError);
    window.addEventListener('unhandledrejection', onPageError);
    hidden = false;
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  });
  afterEach(() => {
    document.removeEventListener('crm-data', record);
    document.removeEventListener('crm-error', record);
    window.removeEventListener('error', onPageError);
    window.removeEventListener('unhandledrejection', onPageError);
    delete (document as { hidden?: boolean }).hidden;
    expect(pageErrors, 'errors that reached the page').to.deep.equal([]);
  });

  describe('synchronous inputs', () => {
    it('shows the .data property in the very first render, with no loading state and one update', async () => {
      const el = await fixture<TestDataHost>(html`<test-data-host-b .data=${A}></test-data-host-b>`);
      expect(el.rendered).to.deep.equal(['ready']);
      expect(el.getAttribute('state')).to.equal('ready');
      expect(el.loader.state).to.equal('ready');
      expect(el.loader.source).to.equal('property');
      expect(el.loader.value).to.deep.equal(A);
      expect(shown(el)).to.include('Visits: 100');
      const [data] = eventsOf(el, 'crm-data');
      expect(data?.detail).to.deep.equal({ data: A, source: 'property' });
      expect(data?.composed).to.equal(true);
    });

    it('validates a new .data object and falls back when it is removed', async () => {
      const el = await fixture<TestDataHost>(
        html`<test-data-host-b .data=${A} labels="Leads" values="40"></test-data-host-b>`,
      );
      el.data = C;
      await el.updateComplete;
      expect(el.loader.value).to.deep.equal(Cw);
      expect(shown(el)).to.include('Customers: 7');
      el.data = undefined;
      await el.updateComplete;
      expect(el.loader.source).to.equal('attributes');
      expect(el.loader.value).to.deep.equal(B);
    });

    it('reads an inline <script type="application/json"> child and follows its changes', async () => {
      const el = await fixture<TestDataHost>(
        html`<test-data-host-b
          ><script type="application/json">
            { "stages": [{ "label": "Visits", "value": 100 }] }
          </script></test-data-host-b
        >`,
      );
      expect(el.rendered).to.deep.equal(['ready']);
      expect(el.loader.source).to.equal('inline');
      expect(el.loader.value).to.deep.equal(A);
      el.querySelector('script')!.textContent = JSON.stringify(B);
      await until(() => shown(el).includes('Leads: 40'), 'inline change shown');
      expect(el.loader.value).to.deep.equal(B);
      expect(eventsOf(el, 'crm-data').map((e) => (e.detail as CrmDataDetail).source)).to.deep.equal([
        'inline',
        'inline',
      ]);
    });

    it('reports invalid inline JSON as kind json and recovers when it is fixed', async () => {
      const el = await fixture<TestDataHost>(
        html`<test-data-host-b
          ><script type="application/json">
            {"stages": [
          </script></test-data-host-b
        >`,
      );
      expect(el.state).to.equal('error');
      expect(el.loader.error).to.deep.include({
        kind: 'json',
        message: 'Invalid JSON in the inline <script>',
      });
      expect(eventsOf(el, 'crm-error').map((e) => errorOf(e).kind)).to.deep.equal(['json']);
      expect(shown(el)).to.include('Invalid JSON in the inline <script>');
      await expect(el).to.be.accessible();
      el.querySelector('script')!.textContent = JSON.stringify(C);
      await until(() => el.state == 'ready', 'fixed inline JSON shown');
      expect(el.loader.error).to.equal(undefined);
      expect(el.loader.value).to.deep.equal(Cw);
    });

    it('ignores a JSON script that is not a direct child', async () => {
      const el = await fixture<TestDataHost>(
        html`<test-data-host-b
          ><div>
            <script type="application/json">
              { "stages": [] }
            </script>
          </div></test-data-host-b
        >`,
      );
      expect(el.state).to.equal('empty');
      expect(el.loader.source).to.equal(undefined);
    });

    it('builds input from attributes and re-validates when they change', async () => {
      const el = await fixture<TestDataHost>(
        html`<test-data-host-b labels="Visits,Leads" values="100,40"></test-data-host-b>`,
      );
      expect(el.rendered).to.deep.equal(['ready']);
      expect(el.loader.source).to.equal('attributes');
      expect(el.loader.value).to.deep.equal({
        stages: [
          { label: 'Visits', value: 100 },
          { label: 'Leads', value: 40 },
        ],
      });
      el.setAttribute('values', '100,x');
      await el.updateComplete;
      expect(el.state).to.equal('error');
      expect(el.loader.error).to.deep.include({
        kind: 'schema',
        field: 'stages[1].value',
        message: 'Invalid data at stages[1].value: expected number',
      });
      expect(el.loader.error?.issues).to.deep.equal([
        { path: 'stages[1].value', message: 'expected number' },
      ]);
    });

    it('is empty with no input at all, and when isEmpty says so', async () => {
      const none = await fixture<TestDataHost>(html`<test-data-host-b></test-data-host-b>`);
      expect(none.state).to.equal('empty');
      expect(none.rendered).to.deep.equal(['empty']);
      expect(none.loader.value).to.equal(undefined);
      expect(log).to.deep.equal([]);
      const empty = await fixture<TestDataHost>(
        html`<test-data-host-b .data=${{ stages: [] }}></test-data-host-b>`,
      );
      expect(empty.state).to.equal('empty');
      expect(empty.loader.value).to.deep.equal({ stages: [] });
      expect(eventsOf(empty, 'crm-data')).to.have.length(1);
    });

    it('follows the precedence property > inline > attributes > src, falling back as each goes', async () => {
      const id = uid();
      const src = route('json', { id, body: C });
      const el = await fixture<TestDataHost>(html`
        <test-data-host-b .data=${A} labels="Leads" values="40" src=${src}>
          <script type="application/json">
            { "stages": [{ "label": "Inline", "value": 1 }] }
          </script>
        </test-data-host-b>
      `);
      expect(el.loader.source).to.equal('property');
      expect(el.loader.value).to.deep.equal(A);
      el.data = undefined;
      await el.updateComplete;
      expect(el.loader.source).to.equal('inline');
      expect(el.loader.value).to.deep.equal({ stages: [{ label: 'Inline', value: 1 }] });
      el.querySelector('script')!.remove();
      await until(() => el.loader.source == 'attributes', 'fell back to attributes');
      expect(el.loader.value).to.deep.equal(B);
      expect((await stats(id)).requests, 'src is not fetched while a stronger input exists').to.equal(0);
      const data = nextData(el);
      el.labels = null;
      await el.updateComplete;
      expect(el.state).to.equal('loading');
      expect(await data).to.deep.equal({ data: Cw, source: 'src' });
      expect(el.state).to.equal('ready');
      el.data = A;
      await el.updateComplete;
      expect(el.loader.source).to.equal('property');
      expect((await stats(id)).requests).to.equal(1);
    });
  });

  describe('src', () => {
    it('fetches JSON: loading, then crm-data and ready, with Accept: application/json', async () => {
      const id = uid();
      const el = await fixture<TestDataHost>(
        html`<test-data-host-b src=${route('fixture/funnel', { id })}></test-data-host-b>`,
      );
      expect(el.rendered[0]).to.equal('loading');
      const detail = await nextData(el);
      expect(detail.source).to.equal('src');
      expect(funnelStages(detail.data as FunnelData).map((s) => s.label)).to.deep.equal([
        'Visits',
        'Leads',
        'Customers',
      ]);
      expect(el.state).to.equal('ready');
      expect(el.getAttribute('state')).to.equal('ready');
      expect(el.loader.value).to.deep.equal(detail.data);
      expect(shown(el)).to.include('Customers: 42');
      const s = await stats(id);
      expect(s.requests).to.equal(1);
      expect(s.accept).to.deep.equal(['application/json']);
    });

    it('is empty when the fetched data is empty', async () => {
      const el = await fixture<TestDataHost>(
        html`<test-data-host-b src=${route('fixture/empty-funnel', { id: uid() })}></test-data-host-b>`,
      );
      await nextData(el);
      expect(el.state).to.equal('empty');
    });

    it('is empty, not invalid JSON, when src answers 204 No Content, and ready again with data', async () => {
      const id = uid();
      const steps = JSON.stringify([{ status: 204 }, { body: { stages: [{ label: 'Leads', value: 3 }] } }]);
      const el = await fixture<TestDataHost>(
        html`<test-data-host-b src=${route('seq', { id, steps })}></test-data-host-b>`,
      );
      await until(async () => (await stats(id)).requests === 1 && el.state !== 'loading', 'no answer');
      await el.updateComplete;
      expect(el.state).to.equal('empty');
      expect(el.loader.value).to.equal(undefined);
      expect(eventsOf(el, 'crm-error')).to.deep.equal([]);
      expect(eventsOf(el, 'crm-data')).to.deep.equal([]);
      el.loader.reload();
      await nextData(el);
      expect(el.state).to.equal('ready');
      expect(shown(el)).to.include('Leads: 3');
    });

    for (const status of [404, 500]) {
      it(`reports HTTP ${status} as kind http with the status and the URL, throwing nothing`, async () => {
        const src = route('json', { id: uid(), status: String(status), note: 'intentional' });
        const el = await fixture<TestDataHost>(html`<test-data-host-b src=${src}></test-data-host-b>`);
        const detail = await nextError(el);
        expect(detail).to.deep.include({
          kind: 'http',
          status,
          url: src,
          message: `HTTP ${status} from ${src}`,
        });
        expect(el.state).to.equal('error');
        expect(el.getAttribute('state')).to.equal('error');
        expect(el.loader.error).to.equal(detail);
        expect(el.loader.value).to.equal(undefined);
        expect(shown(el)).to.include(`HTTP ${status} from`);
        await aTimeout(0);
        expect(pageErrors).to.deep.equal([]);
      });
    }

    it('gives up after `timeout` seconds (kind timeout) and aborts the request', async () => {
      const id = uid();
      const src = route('json', { id, ms: '4000', body: A });
      const el = await fixture<TestDataHost>(
        html`<test-data-host-b timeout="0.3" src=${src}></test-data-host-b>`,
      );
      const detail = await nextError(el);
      expect(detail).to.deep.include({ kind: 'timeout', url: src });
      expect(detail.message).to.equal(`Timed out after 0.3 s loading ${src}`);
      expect(el.state).to.equal('error');
      await until(async () => (await stats(id)).aborted == 1, 'server saw the abort');
    });

    it('reports invalid JSON as kind json', async () => {
      const src = route('json', { id: uid(), body: '{"stages": [' });
      const el = await fixture<TestDataHost>(html`<test-data-host-b src=${src}></test-data-host-b>`);
      const detail = await nextError(el);
      expect(detail).to.deep.include({ kind: 'json', url: src, message: `Invalid JSON from ${src}` });
      expect(el.state).to.equal('error');
    });

    it('reports data failing the schema as kind schema, naming the field', async () => {
      const body = {
        stages: [
          { label: 'Visits', value: 100 },
          { label: 'Leads', value: '40' },
        ],
      };
      const src = route('json', { id: uid(), body });
      const el = await fixture<TestDataHost>(html`<test-data-host-b src=${src}></test-data-host-b>`);
      const detail = await nextError(el);
      expect(detail).to.deep.include({ kind: 'schema', url: src, field: 'stages[1].value' });
      expect(detail.message).to.equal(`Invalid data from ${src} at stages[1].value: expected number`);
      expect(detail.issues).to.deep.equal([{ path: 'stages[1].value', message: 'expected number' }]);
      expect(shown(el)).to.include('stages[1].value');
    });

    it('reports an unreachable server as kind network', async () => {
      const src = 'http://127.0.0.1:9/unreachable';
      const el = await fixture<TestDataHost>(html`<test-data-host-b src=${src}></test-data-host-b>`);
      const detail = await nextError(el);
      expect(detail).to.deep.include({ kind: 'network', url: src, message: `Could not load ${src}` });
    });

    it('aborts the older request when src changes: a slow first answer never overwrites a fast second', async () => {
      const slow = uid();
      const fast = uid();
      const start = performance.now();
      const el = await fixture<TestDataHost>(
        html`<test-data-host-b src=${route('json', { id: slow, ms: '1500', body: A })}></test-data-host-b>`,
      );
      await until(async () => (await stats(slow)).requests == 1, 'first request sent');
      el.src = route('json', { id: fast, body: B });
      expect(await nextData(el)).to.deep.equal({ data: B, source: 'src' });
      await until(async () => (await stats(slow)).aborted == 1, 'first request aborted');
      await aTimeout(1700 - (performance.now() - start)); // past the moment the first answer would have come
      expect(el.loader.value).to.deep.equal(B);
      expect(shown(el)).to.include('Leads: 40');
      expect(eventsOf(el).map((e) => e.type)).to.deep.equal(['crm-data']);
    });

    it('aborts an in-flight request on disconnect and makes it again on reconnect', async () => {
      const id = uid();
      const steps = [{ ms: 5000, body: A }, { body: B }];
      const el = await fixture<TestDataHost>(
        html`<test-data-host-b src=${route('seq', { id, steps })}></test-data-host-b>`,
      );
      await until(async () => (await stats(id)).requests == 1, 'request sent');
      const parent = el.parentNode!;
      el.remove();
      await until(async () => (await stats(id)).aborted == 1, 'request aborted');
      expect(eventsOf(el)).to.deep.equal([]);
      const data = nextData(el);
      parent.append(el);
      expect((await data).data).to.deep.equal(B);
      expect(el.state).to.equal('ready');
      expect((await stats(id)).requests).to.equal(2);
    });

    it('refreshes every `refresh` seconds, keeping the last good data (stale) when a refresh fails', async () => {
      const id = uid();
      const steps = [{ body: A }, { status: 500, note: 'intentional' }, { body: B }];
      const el = await fixture<TestDataHost>(
        html`<test-data-host-b refresh="0.2" src=${route('seq', { id, steps })}></test-data-host-b>`,
      );
      expect((await nextData(el)).data).to.deep.equal(A);
      expect(el.loader.stale).to.equal(false);
      const failed = await nextError(el);
      expect(failed).to.deep.include({ kind: 'http', status: 500 });
      expect(el.state).to.equal('ready');
      expect(el.loader.stale).to.equal(true);
      expect(el.loader.error).to.equal(failed);
      expect(el.loader.value).to.deep.equal(A);
      expect(shown(el)).to.include('Visits: 100');
      expect((await nextData(el)).data).to.deep.equal(B);
      expect(el.loader.stale).to.equal(false);
      expect(el.loader.error).to.equal(undefined);
      expect(el.rendered.filter((s) => s == 'loading')).to.have.length(1);
    });

    it('pauses refresh while the page is hidden and fetches at once when visible again', async () => {
      const id = uid();
      const el = await fixture<TestDataHost>(
        html`<test-data-host-b refresh="0.2" src=${route('json', { id, body: A })}></test-data-host-b>`,
      );
      await nextData(el);
      hidden = true;
      document.dispatchEvent(new Event('visibilitychange'));
      await aTimeout(700);
      expect((await stats(id)).requests, 'no refresh while hidden').to.equal(1);
      const data = nextData(el);
      hidden = false;
      document.dispatchEvent(new Event('visibilitychange'));
      await data;
      expect((await stats(id)).requests).to.equal(2);
    });

    it('sends If-None-Match with the last ETag and reuses the data on 304', async () => {
      const id = uid();
      const el = await fixture<TestDataHost>(
        html`<test-data-host-b src=${route('json', { id, etag: '1', body: A })}></test-data-host-b>`,
      );
      await nextData(el);
      const again = nextData(el);
      el.loader.reload();
      await el.updateComplete;
      expect(el.state, 'a reload of shown data does not flash loading').to.equal('ready');
      expect(await again).to.deep.equal({ data: A, source: 'src' });
      const s = await stats(id);
      expect(s.requests).to.equal(2);
      expect(s.notModified).to.equal(1);
      expect(s.ifNoneMatch[0]).to.equal(null);
      expect(s.ifNoneMatch[1]).to.match(/^".+"$/);
      expect(el.loader.value).to.deep.equal(A);
      expect(el.state).to.equal('ready');
    });

    it('retries with reload() after an error', async () => {
      const id = uid();
      const steps = [{ status: 500, note: 'intentional' }, { body: A }];
      const el = await fixture<TestDataHost>(
        html`<test-data-host-b src=${route('seq', { id, steps })}></test-data-host-b>`,
      );
      await nextError(el);
      expect(el.state).to.equal('error');
      const data = nextData(el);
      el.loader.reload();
      await el.updateComplete;
      expect(el.state).to.equal('loading');
      expect((await data).data).to.deep.equal(A);
      expect(el.state).to.equal('ready');
    });

    it('shows loading for a src whose data is not shown, even one that loaded before', async () => {
      const good = route('json', { id: uid(), body: A });
      const el = await fixture<TestDataHost>(html`<test-data-host-b src=${good}></test-data-host-b>`);
      await nextData(el);
      const failed = nextError(el);
      el.src = route('json', { id: uid(), status: '500', note: 'intentional' });
      await el.updateComplete;
      expect(el.state).to.equal('loading');
      await failed;
      expect(el.state).to.equal('error');
      const data = nextData(el);
      el.src = good;
      await el.updateComplete;
      expect(el.state).to.equal('loading');
      expect((await data).data).to.deep.equal(A);
      expect(el.state).to.equal('ready');
    });

    it('sends cookies same-origin by default and none with credentials="omit"', async () => {
      document.cookie = 'crm-loader-test=1; path=/';
      try {
        const id = uid();
        const el = await fixture<TestDataHost>(
          html`<test-data-host-b src=${route('json', { id, body: A })}></test-data-host-b>`,
        );
        await nextData(el);
        const data = nextData(el);
        el.credentials = 'omit';
        await data;
        expect((await stats(id)).cookie).to.deep.equal(['crm-loader-test=1', null]);
        expect(
          el.rendered.filter((st) => st == 'loading'),
          'refetching the shown src does not flash loading',
        ).to.have.length(1);
      } finally {
        document.cookie = 'crm-loader-test=; path=/; max-age=0';
      }
    });

    describe('max-bytes', () => {
      /** A's JSON padded with spaces to `n` bytes (an array: one size per request), chunked or with a Content-Length. */
      const sized = (id: string, n: number | number[], length = false) =>
        route('bytes', { id, n, body: A, ...(length ? { length: '1' } : {}) });
      const written = async (id: string) => ((await stats(id)) as Stats & { written: number }).written;

      for (const length of [false, true]) {
        const how = length ? 'with a Content-Length' : 'chunked';
        it(`accepts max-bytes="1000" bytes and refuses 1001 (${how})`, async () => {
          const ok = sized(uid(), 1000, length);
          const el = await fixture<TestDataHost>(
            html`<test-data-host-b max-bytes="1000" src=${ok}></test-data-host-b>`,
          );
          expect((await nextData(el)).data).to.deep.equal(A);
          const big = sized(uid(), 1001, length);
          el.src = big;
          const detail = await nextError(el);
          expect(detail).to.deep.equal({
            kind: 'size',
            message: `${big} is larger than 1000 bytes`,
            url: big,
            limit: 1000,
          });
          expect(el.state).to.equal('error');
        });

        it(`refuses a body over the default 5 MB and accepts one of exactly 5 000 000 bytes (${how})`, async () => {
          const big = sized(uid(), 5e6 + 1, length);
          const el = await fixture<TestDataHost>(html`<test-data-host-b src=${big}></test-data-host-b>`);
          expect(el.maxBytes).to.equal(5e6);
          expect(await nextError(el)).to.deep.include({ kind: 'size', url: big, limit: 5e6 });
          expect(el.state).to.equal('error');
          el.src = sized(uid(), 5e6, length);
          expect((await nextData(el)).data).to.deep.equal(A);
          expect(el.state).to.equal('ready');
        });

        it(`aborts a 50 MB body instead of reading it to the end (${how})`, async () => {
          const id = uid();
          const el = await fixture<TestDataHost>(
            html`<test-data-host-b src=${sized(id, 50e6, length)}></test-data-host-b>`,
          );
          expect(await nextError(el)).to.deep.include({ kind: 'size', limit: 5e6 });
          await until(async () => (await stats(id)).aborted == 1, 'the server saw the client go');
          expect((await stats(id)).finished).to.equal(0);
          // Beyond the limit only what the sockets' buffers held was written, far from 50 MB.
          expect(await written(id)).to.be.below(25e6);
        });
      }

      it('keeps the last good data (stale) when a refresh answers a body over the limit', async () => {
        const id = uid();
        const src = sized(id, [500, 2000, 600]);
        const el = await fixture<TestDataHost>(
          html`<test-data-host-b refresh="0.2" max-bytes="1000" src=${src}></test-data-host-b>`,
        );
        expect((await nextData(el)).data).to.deep.equal(A);
        expect(await nextError(el)).to.deep.include({ kind: 'size', url: src, limit: 1000 });
        expect(el.state).to.equal('ready');
        expect(el.loader.stale).to.equal(true);
        expect(el.loader.value).to.deep.equal(A);
        expect(shown(el)).to.include('Visits: 100');
        await nextData(el);
        expect(el.loader.stale).to.equal(false);
      });

      it('fetches again when max-bytes changes', async () => {
        const src = sized(uid(), 2000);
        const el = await fixture<TestDataHost>(
          html`<test-data-host-b max-bytes="1000" src=${src}></test-data-host-b>`,
        );
        expect((await nextError(el)).kind).to.equal('size');
        el.maxBytes = 3000;
        expect((await nextData(el)).data).to.deep.equal(A);
      });
    });

    it('types crm-error and crm-data listeners', async () => {
      const el = await fixture<TestDataHost>(
        html`<test-data-host-b src=${route('json', { id: uid(), body: '[' })}></test-data-host-b>`,
      );
      const kind = await new Promise<CrmErrorKind>((resolve) =>
        el.addEventListener('crm-error', (e) => resolve(e.detail.kind), { once: true }),
      );
      expect(kind).to.equal('json');
      el.data = C;
      const source = await new Promise<string>((resolve) =>
        el.addEventListener('crm-data', (e) => resolve(e.detail.source), { once: true }),
      );
      expect(source).to.equal('property');
    });
  });
});
