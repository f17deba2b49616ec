import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Content-box size of the host (or of an inner element given to `observe`), in whole pixels,
 * from a ResizeObserver. Sizes come only from observer entries (no layout reads in render), and
 * the host updates only when the rounded size changes. `width` and `height` are 0 until the
 * first observation.
 *
 * ```ts
 * private size = new SizeController(this);
 * firstUpdated() { this.size.observe(this.renderRoot.querySelector('.plot')!); } // optional
 * ```
 */
export class SizeController implements ReactiveController {
  /** Content-box width in px, rounded. */
  width = 0;
  /** Content-box height in px, rounded. */
  height = 0;
  /**
   * True once the observer has reported: an element that draws at its real size renders its
   * drawing from then on (the first report comes after layout and before the first paint, so the
   * first frame shows it drawn once, at the right size).
   */
  observed = false;
  private _ro?: ResizeObserver;
  private _on = false;
  private _waiting: (() => void)[] = [];

  constructor(
    private readonly _host: ReactiveControllerHost & Element,
    private _el: Element = _host,
  ) {
    _host.addController(this);
  }

  /** Observe `el` instead of the current target (the host by default). */
  observe(el: Element): void {
    this._ro?.unobserve(this._el);
    this._el = el;
    if (this._on) this._ro?.observe(el);
  }

  /**
   * Resolves once the observer has reported, or after the next frame when it has not (an element
   * that is not rendered, `display: none`, gets no report until it is): for an `updateComplete`
   * that includes the drawing made at the real size.
   */
  reported(): Promise<void> {
    return this.observed
      ? Promise.resolve()
      : new Promise((resolve) => {
          this._waiting.push(resolve);
          // The frame's resize observations are delivered before a task queued in its rAF runs.
          requestAnimationFrame(() => setTimeout(resolve));
        });
  }

  /** @internal */
  hostConnected(): void {
    this._on = true;
    (this._ro ??= new ResizeObserver((entries) => {
      const r = entries.findLast((e) => e.target === this._el)?.contentRect;
      if (!r) return;
      const w = Math.round(r.width);
      const h = Math.round(r.height);
      if (!this.observed || w !== this.width || h !== this.height) {
        this.observed = true;
        // After this frame, not inside the observer's delivery: code awaiting it may change sizes.
        const waiting = this._waiting.splice(0);
        if (waiting.length) setTimeout(() => waiting.forEach((resolve) => resolve()));
        this.width = w;
        this.height = h;
        this._host.requestUpdate();
      }
    })).observe(this._el);
  }

  /** @internal */
  hostDisconnected(): void {
    this._on = false;
    this._ro?.disconnect();
  }
}
