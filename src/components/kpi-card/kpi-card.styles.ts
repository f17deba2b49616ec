import { css } from 'lit';

/** <kpi-card>: the caption, the value large, the change and the target, the trend, the formula. */
export const cardStyles = css`
  /* A grid host: the wrapper fills the host, and the host its cell in a grid of cards. */
  :host {
    display: grid;
    min-inline-size: 160px;
  }
  .base {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
  }
  .label {
    font-size: var(--_fs-md);
    color: var(--_muted);
  }
  /* The readout takes the room left: trends and formulas line up at the bottom of a row. */
  .readout {
    flex: 1 0 auto;
  }
  .value {
    font-size: var(--_fs-display);
    font-weight: 700;
    line-height: 1.15;
    overflow-wrap: anywhere;
    font-variant-numeric: tabular-nums;
  }
  /* The number's own marks order it ("‎$ ۱۶ هزار" is a left-to-right run); the line aligns to the card's start. */
  .value span,
  dd {
    unicode-bidi: plaintext;
  }
  p,
  dl {
    margin: 0;
  }
  .delta,
  .target,
  details {
    font-size: var(--_fs-sm);
    color: var(--_muted);
  }
  .better {
    color: var(--_positive);
  }
  .worse {
    color: var(--_negative);
  }
  .spark {
    display: block;
    inline-size: 100%;
    block-size: 2rem;
    overflow: visible;
    fill: none;
    stroke: var(--_focus);
    stroke-width: 2;
    stroke-linecap: round;
  }
  /* Time runs from the start side, as in <churn-trend>. */
  [dir='rtl'] .spark {
    scale: -1 1;
  }
  .spark path {
    vector-effect: non-scaling-stroke;
  }
  .dot {
    stroke-width: 7;
  }
  summary {
    cursor: pointer;
  }
  .formula {
    margin-block: var(--_space-xs);
    color: var(--_text);
  }
  dl div {
    display: flex;
    justify-content: space-between;
    flex-wrap: wrap;
    gap: 0 var(--_space-sm);
  }
  dd {
    margin: 0;
  }
  /* Loading: about the height of a value with its change and target and the formula's line. */
  .skeleton {
    block-size: calc(1.15 * var(--_fs-display) + 3.4rem);
  }
  /* Narrow slots (a 160 px sidebar): a smaller value, so "$ ۱۶ هزار" keeps its words whole. */
  @container (max-width: 239px) {
    .value {
      font-size: var(--_fs-xl);
    }
    .skeleton {
      block-size: calc(1.15 * var(--_fs-xl) + 3.4rem);
    }
  }
`;
