// Loaded by /__test__/tt.html, which is served under issue 17's strict policy (`default-src 'self';
// script-src 'self'; style-src 'self'; connect-src 'self'; require-trusted-types-for 'script';
// trusted-types <policy>`, test/tools/test-server.mjs). It imports the kit (src/bundle.ts: every
// element), waits for each chart to render the data it fetched from its `src`, exports each chart
// (its three methods and its menu), answers the NPS survey's popover and the inline CSAT and CES
// surveys (each posting to its collector), and reports every CSP violation, error and console
// error to the parent window.

/** What the fixture page posts to its parent. */
export interface TtReport {
  type: 'tt-fixture';
  /** Whether the kit's module loaded, and its error if not. */
  loaded: boolean;
  loadError: string;
  /** Each element's tag and `state` attribute. */
  states: Record<string, string | null>;
  /** Where each chart's data came from (its `crm-data` event's `source`): `src` for all. */
  sources: Record<string, string>;
  /**
   * Each chart's export under the strict page: toSVG gave an <svg> document, toPNG a PNG's bytes,
   * toCSV a CSV with its byte-order mark, and its Export menu opened and made the CSV file.
   */
  exports: Record<string, { svg: boolean; png: boolean; csv: boolean; menu: string }>;
  /** The survey popover: shown in the top layer, and the status its POST got (0: none). */
  survey: { open: boolean; status: number };
  /** The status the CSAT and CES surveys' POSTs got (0: an error, -1: none). */
  surveys: Record<string, number>;
  violations: string[];
  errors: string[];
  consoleErrors: string[];
}

const violations: string[] = [];
const errors: string[] = [];
const consoleErrors: string[] = [];
document.addEventListener('securitypolicyviolation', (e) =>
  violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
);
window.addEventListener('error', (e) => errors.push(String(e.message)));
// Listened for before the kit loads: no chart's data can arrive unseen.
const sources: Record<string, string> = {};
document.addEventListener('crm-data', (e) => {
  sources[(e.target as Element).localName] = (e as CustomEvent<{ source: string }>).detail.source;
});
window.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
const consoleError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  consoleErrors.push(args.map(String).join(' '));
  consoleError(...args);
};

const TAGS = ['nps-gauge', 'funnel-view', 'churn-trend', 'breakdown-bars', 'kpi-card'];
const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function run(): Promise<TtReport> {
  let loaded = true;
  let loadError = '';
  try {
    await import('../../src/bundle.js');
  } catch (e) {
    loaded = false;
    loadError = String(e);
  }
  const states: Record<string, string | null> = {};
  const exports: TtReport['exports'] = {};
  let survey = { open: false, status: 0 };
  const surveys: Record<string, number> = {};
  if (loaded) {
    // Each element has rendered its data once its state is no longer loading.
    for (const tag of TAGS) {
      const el = document.querySelector(tag)!;
      for (let i = 0; i < 1000 && (el.getAttribute('state') ?? 'loading') == 'loading'; i++) await tick(10);
      states[tag] = el.getAttribute('state');
    }
    for (const tag of TAGS) {
      const el = document.querySelector(tag) as HTMLElement & {
        export: boolean;
        updateComplete: Promise<unknown>;
        toSVG(): Promise<string>;
        toPNG(): Promise<Blob>;
        toCSV(): Promise<string>;
      };
      const result = { svg: false, png: false, csv: false, menu: '' };
      try {
        result.svg = (await el.toSVG()).startsWith('<svg');
        const png = new Uint8Array(await (await el.toPNG()).arrayBuffer());
        result.png = png[1] == 0x50 && png[2] == 0x4e && png[3] == 0x47;
        result.csv = (await el.toCSV()).startsWith('\uFEFF');
        el.export = true;
        await el.updateComplete;
        const made = new Promise<string>((resolve) =>
          el.addEventListener(
            'crm-export',
            (e) => {
              e.preventDefault();
              resolve((e as CustomEvent<{ filename: string }>).detail.filename);
            },
            { once: true },
          ),
        );
        el.shadowRoot!.querySelector<HTMLElement>('[part="export"]')!.click();
        const item = () => el.shadowRoot!.querySelectorAll<HTMLElement>('[role="menuitem"]')[2];
        for (let i = 0; i < 1500 && !item(); i++) await tick(10);
        item()!.click();
        result.menu = await Promise.race([made, tick(15000).then(() => 'no crm-export')]);
      } catch (e) {
        errors.push(`${tag} export: ${String(e)}`);
      }
      exports[tag] = result;
    }
    const el = document.querySelector('nps-survey')!;
    for (let i = 0; i < 1000 && !el.hasAttribute('open'); i++) await tick(10);
    await el.updateComplete;
    const open = !!el.shadowRoot!.querySelector('[popover]')?.matches(':popover-open');
    const status = new Promise<number>((resolve) => {
      el.addEventListener('nps-submitted', (e) => resolve(e.detail.status), { once: true });
      el.addEventListener('crm-error', () => resolve(0), { once: true });
    });
    el.shadowRoot!.querySelector<HTMLElement>('[data-score="9"]')?.click();
    survey = { open, status: await Promise.race([status, tick(5000).then(() => -1)]) };
    for (const kind of ['csat', 'ces']) {
      const el = document.querySelector(`${kind}-survey`) as HTMLElement & {
        updateComplete: Promise<unknown>;
      };
      await el.updateComplete;
      const status = new Promise<number>((resolve) => {
        el.addEventListener(
          `${kind}-submitted`,
          (e) => resolve((e as CustomEvent<{ status: number }>).detail.status),
          {
            once: true,
          },
        );
        el.addEventListener('crm-error', () => resolve(0), { once: true });
      });
      el.shadowRoot!.querySelector<HTMLElement>('[data-score="4"]')?.click();
      surveys[`${kind}-survey`] = await Promise.race([status, tick(5000).then(() => -1)]);
    }
  }
  // Violation events are queued as tasks: let them arrive before reporting.
  await tick(100);
  return {
    type: 'tt-fixture',
    loaded,
    loadError,
    states,
    sources,
    exports,
    survey,
    surveys,
    violations,
    errors,
    consoleErrors,
  };
}

void run().then((report) => parent.postMessage(report, '*'));
