// Loaded by /__test__/tt.html, which enforces Trusted Types (`require-trusted-types-for 'script';
// trusted-types <policy>`) on top of the strict CSP (test/tools/test-server.mjs). It imports the kit
// (src/bundle.ts: every element), waits for each element to render its data, answers the survey's
// popover, and reports every CSP violation, error and console error to the parent window.

/** What the fixture page posts to its parent. */
export interface TtReport {
  type: 'tt-fixture';
  /** Whether the kit's module loaded, and its error if not. */
  loaded: boolean;
  loadError: string;
  /** Each element's tag and `state` attribute. */
  states: Record<string, string | null>;
  /** The survey popover: shown in the top layer, and the status its POST got (0: none). */
  survey: { open: boolean; status: number };
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
  let survey = { open: false, status: 0 };
  if (loaded) {
    // Each element has rendered its data once its state is no longer loading.
    for (const tag of TAGS) {
      const el = document.querySelector(tag)!;
      for (let i = 0; i < 200 && (el.getAttribute('state') ?? 'loading') == 'loading'; i++) await tick(10);
      states[tag] = el.getAttribute('state');
    }
    const el = document.querySelector('nps-survey')!;
    for (let i = 0; i < 200 && !el.hasAttribute('open'); i++) await tick(10);
    await el.updateComplete;
    const open = !!el.shadowRoot!.querySelector('[popover]')?.matches(':popover-open');
    const status = new Promise<number>((resolve) => {
      el.addEventListener('nps-submitted', (e) => resolve(e.detail.status), { once: true });
      el.addEventListener('crm-error', () => resolve(0), { once: true });
    });
    el.shadowRoot!.querySelector<HTMLElement>('[data-score="9"]')?.click();
    survey = { open, status: await Promise.race([status, tick(5000).then(() => -1)]) };
  }
  // Violation events are queued as tasks: let them arrive before reporting.
  await tick(100);
  return { type: 'tt-fixture', loaded, loadError, states, survey, violations, errors, consoleErrors };
}

void run().then((report) => parent.postMessage(report, '*'));
