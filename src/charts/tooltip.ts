import { css, html } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { cssProps } from './css-props.js';

/** Options of `renderTooltip`. */
export interface TooltipOptions {
  /** Id for the `aria-describedby` of the point it describes. */
  id: string;
  open: boolean;
  /** The point, in px from the top-left of the tooltip's containing block (the host). */
  x: number;
  y: number;
  /** A Lit template or a string, rendered as text. */
  content: unknown;
  /** Size of the containing block: the tooltip stays inside it. */
  bounds: { width: number; height: number };
  /** Preferred side of the point: `'top'` (default) or `'bottom'`. */
  placement?: 'top' | 'bottom';
  /** Room in px the tooltip needs on its side, below which it flips (56). */
  space?: number;
}

/**
 * A `role="tooltip"` element (`part="tooltip"`) centred above (or below) a point, flipped to the
 * other side when the point is within `space` px of that edge, and clamped inside `bounds` by
 * CSS (its own size is never measured). Positioned through custom properties set with the
 * CSSOM (CSP-safe); `hidden` when not open; `pointer-events: none`. Needs `tooltipStyles`.
 * Link the active point to it with `aria-describedby=${id}`.
 */
export function renderTooltip({
  id,
  open,
  x,
  y,
  content,
  bounds,
  placement = 'top',
  space = 56,
}: TooltipOptions): TemplateResult {
  const below = placement === 'top' ? y < space : y + space <= bounds.height;
  // A tooltip is named by its content (ARIA "name from contents"), which the rule cannot see.
  // eslint-disable-next-line lit-a11y/accessible-name
  return html`<div
    id=${id}
    role="tooltip"
    part="tooltip"
    class=${below ? 'tooltip below' : 'tooltip'}
    ?hidden=${!open}
    ${cssProps({
      '--_tx': `${x}px`,
      '--_ty': `${y}px`,
      '--_bw': `${bounds.width}px`,
      '--_bh': `${bounds.height}px`,
    })}
  >
    ${content}
  </div>`;
}

/** Styles of `renderTooltip` (colours from `tokens`). */
export const tooltipStyles = css`
  .tooltip {
    --_dy: calc(-100% - 8px);
    position: absolute;
    top: 0;
    left: 0;
    z-index: 1;
    width: max-content;
    max-width: min(16rem, 100%);
    padding: var(--_space-xs) var(--_space-sm);
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: var(--_tooltip-bg);
    color: var(--_tooltip-text);
    font-size: var(--_fs-sm);
    line-height: 1.4;
    pointer-events: none;
    translate: clamp(0px, calc(var(--_tx) - 50%), calc(var(--_bw) - 100%))
      clamp(0px, calc(var(--_ty) + var(--_dy)), calc(var(--_bh) - 100%));
  }
  .below {
    --_dy: 8px;
  }
  .tooltip[hidden] {
    display: none;
  }
`;

const EVENTS = ['pointerover', 'focusin', 'focusout', 'keydown'] as const;

/**
 * Tracks which item shows its tooltip: the `data-tip` value of the nearest element under the
 * pointer or holding focus, `null` when the pointer leaves, focus goes or Escape is pressed.
 * Listens on the render root (moves between points inside a shadow root never reach the host)
 * and requests a host update when `active` changes.
 */
export class TooltipController implements ReactiveController {
  /** `data-tip` of the active item, or `null`. */
  active: string | null = null;

  constructor(
    private readonly _host: ReactiveControllerHost &
      HTMLElement & { renderRoot?: HTMLElement | DocumentFragment },
  ) {
    _host.addController(this);
  }

  /** Sets the active item (e.g. from the chart's own keyboard handling). */
  set(key: string | null): void {
    if (key !== this.active) {
      this.active = key;
      this._host.requestUpdate();
    }
  }

  /** @internal */
  handleEvent(e: Event): void {
    if (e.type === 'keydown' && (e as KeyboardEvent).key !== 'Escape') return;
    let key: string | null = null;
    if (e.type === 'pointerover' || e.type === 'focusin') {
      for (const n of e.composedPath()) {
        if (n === this._host) break;
        key = (n as Element).getAttribute?.('data-tip') ?? null;
        if (key !== null) break;
      }
    }
    this.set(key);
  }

  /** @internal */
  hostConnected(): void {
    this._listen('addEventListener');
  }

  /** @internal */
  hostDisconnected(): void {
    this._listen('removeEventListener');
  }

  private _listen(m: 'addEventListener' | 'removeEventListener'): void {
    const root = this._host.renderRoot ?? this._host;
    for (const t of EVENTS) root[m](t, this);
    this._host[m]('pointerleave', this);
  }
}
