// Loaded by /__test__/csp.html under `default-src 'self'; style-src 'self'; require-trusted-types-for
// 'script'` (test/tools/test-server.mjs): a loader-driven element with `static styles`, a styleMap and
// a reflected `state` renders data fetched from a /__test__/ route; every CSP violation and error is
// collected and reported to the parent window (test/data/csp.test.ts) with postMessage.
//
// Found here: Lit's `styleMap` writes its FIRST value as a `style="…"` attribute string (setAttribute),
// which `style-src 'self'` blocks (one style-src-attr violation per element); only later updates go
// through CSSOM. Dynamic values therefore go through an element directive that only ever uses CSSOM.
import { LitElement, css, html, noChange } from 'lit';
import type { ElementPart } from 'lit';
import { property } from 'lit/decorators.js';
import { Directive, directive } from 'lit/directive.js';
import { DataController, funnelInputSchema, funnelStages } from '../../src/data/index.js';
import type { DataHost, LoadState } from '../../src/data/index.js';

/** What the fixture page posts to its parent. */
export interface CspReport {
  type: 'csp-fixture';
  state: LoadState;
  text: string;
  /** The `--bar` custom property of each bar, as set through CSSOM. */
  bars: string[];
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

/** `<li ${cssProps({ '--bar': '40%' })}>`: sets custom properties through CSSOM only, never a style attribute. */
const cssProps = directive(
  class extends Directive {
    render(_props: Record<string, string>) {
      return noChange;
    }
    override update(part: ElementPart, [props]: [Record<string, string>]) {
      for (const [name, value] of Object.entries(props))
        (part.element as HTMLElement).style.setProperty(name, value);
      return noChange;
    }
  },
);

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
const report = async () => {
  await host.updateComplete;
  // Violation events are queued as tasks: let them arrive before reporting.
  await new Promise((resolve) => setTimeout(resolve, 100));
  const message: CspReport = {
    type: 'csp-fixture',
    state: host.state,
    text: host.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    bars: [...(host.shadowRoot?.querySelectorAll('li') ?? [])].map((li) =>
      li.style.getPropertyValue('--bar'),
    ),
    violations,
    errors,
  };
  parent.postMessage(message, '*');
};
host.addEventListener('crm-data', () => void report(), { once: true });
host.addEventListener('crm-error', () => void report(), { once: true });
