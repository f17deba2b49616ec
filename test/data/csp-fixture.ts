// Loaded by /__test__/csp.html under `default-src 'self'; style-src 'self'; require-trusted-types-for
// 'script'` (test/tools/test-server.mjs): a loader-driven element with `static styles`, a styleMap and
// a reflected `state` renders data fetched from a /__test__/ route; every CSP violation and error is
// collected and reported to the parent window (test/data/csp.test.ts) with postMessage.
//
// Found here: Lit's `styleMap` writes its FIRST value as a `style="…"` attribute string (setAttribute),
// which `style-src 'self'` blocks (one style-src-attr violation per element); only later updates go
// through CSSOM. Dynamic values therefore go through `cssProps` (src/charts), which only uses CSSOM.
// The page also holds a real <nps-gauge> loading from its own `src`.
import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { cssProps } from '../../src/charts/css-props.js';
import '../../src/components/nps-gauge/index.js';
import '../../src/components/nps-survey/index.js';
import { DataController, funnelInputSchema, funnelStages } from '../../src/data/index.js';
import type { DataHost, LoadState } from '../../src/data/index.js';

/** What the fixture page posts to its parent. */
export interface CspReport {
  type: 'csp-fixture';
  state: LoadState;
  text: string;
  /** The `--bar` custom property of each bar, as set through CSSOM. */
  bars: string[];
  /** The <nps-gauge>: its state, score text, needle angle and accessible name. */
  gauge: { state: string | null; score: string; angle: string; name: string };
  /** The <nps-survey> popover: shown in the top layer, answered 9, the status its POST got. */
  survey: { open: boolean; step: string | null; status: number };
  violations: string[];
  errors: string[];
}

const violations: string[] = [];
const errors: string[] = [];
document.addEventListener('securitypolicyviolation', (e) =>
  violations.push(`${e.violatedDirective} ${e.blockedURI || e.sample}`),
);
window.addEventListener('error', (e) => errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));

class CspFixtureHost extends LitElement implements DataHost {
  static override styles = css`
    :host {
      display: block;
      font:
        14px/1.4 system-ui,
        sans-serif;
    }
    li {
      inline-size: var(--bar);
      background: #cde;
    }
  `;
  @property({ attribute: false }) data: unknown;
  @property() src: string | null = null;
  @property({ type: Number }) timeout = 10;
  @property({ type: Number }) refresh = 0;
  @property({ type: Number, attribute: 'max-bytes' }) maxBytes = 5e6;
  @property() credentials: RequestCredentials | null = null;
  @property({ reflect: true }) state: LoadState = 'loading';

  readonly loader = new DataController(this, { schema: funnelInputSchema, attributes: () => undefined });

  override render() {
    const data = this.loader.value;
    if (this.state == 'error') return html`<p role="alert">${this.loader.error?.message}</p>`;
    if (!data) return html`<p>…</p>`;
    const stages = funnelStages(data);
    const max = Math.max(...stages.map((s) => s.value));
    return html`<ol>
      ${stages.map((s) => html`<li ${cssProps({ '--bar': `${(100 * s.value) / max}%` })}>${s.label} ${s.value}</li>`)}
    </ol>`;
  }
}
if (!customElements.get('csp-fixture-host')) customElements.define('csp-fixture-host', CspFixtureHost);

const host = document.querySelector<CspFixtureHost>('csp-fixture-host')!;
const gauge = document.querySelector('nps-gauge')!;
/** Resolves when the element has loaded or failed. */
const settled = (el: Element) =>
  new Promise((resolve) => {
    el.addEventListener('crm-data', resolve, { once: true });
    el.addEventListener('crm-error', resolve, { once: true });
  });

const survey = document.querySelector('nps-survey')!;
/** Answers the survey (its popover open at once) with a 9; resolves with the status its POST got. */
const answered = (async () => {
  // delay="0" opens it on the next task: wait for the host's `open`.
  while (!survey.hasAttribute('open')) await new Promise((resolve) => setTimeout(resolve, 10));
  await survey.updateComplete;
  const open = !!survey.shadowRoot!.querySelector('[popover]')?.matches(':popover-open');
  const status = new Promise<number>((resolve) => {
    survey.addEventListener('nps-submitted', (e) => resolve(e.detail.status), { once: true });
    survey.addEventListener('crm-error', () => resolve(0), { once: true });
  });
  survey.shadowRoot!.querySelector<HTMLElement>('[data-score="9"]')!.click();
  return { open, status: await status };
})();

void Promise.all([settled(host), settled(gauge), answered]).then(async ([, , answer]) => {
  await Promise.all([host.updateComplete, gauge.updateComplete, survey.updateComplete]);
  // Violation events are queued as tasks: let them arrive before reporting.
  await new Promise((resolve) => setTimeout(resolve, 100));
  const root = gauge.shadowRoot!;
  const message: CspReport = {
    type: 'csp-fixture',
    state: host.state,
    text: host.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    bars: [...(host.shadowRoot?.querySelectorAll('li') ?? [])].map((li) =>
      li.style.getPropertyValue('--bar'),
    ),
    gauge: {
      state: gauge.getAttribute('state'),
      score: root.querySelector('[part~="score"]')?.textContent ?? '',
      angle: root.querySelector<SVGElement>('[part~="needle"]')?.style.getPropertyValue('--angle') ?? '',
      name: root.querySelector('[role="meter"]')?.getAttribute('aria-label') ?? '',
    },
    survey: { ...answer, step: survey.getAttribute('step') },
    violations,
    errors,
  };
  parent.postMessage(message, '*');
});
