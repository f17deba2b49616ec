import { css } from 'lit';

/** <nps-gauge>: the dial over the score, the split beside it when there is room. */
export const gaugeStyles = css`
  :host {
    min-inline-size: 160px;
  }
  .meter {
    position: relative;
    max-inline-size: 28rem;
    inline-size: 100%;
    justify-self: center;
  }
  svg {
    display: block;
    inline-size: 100%;
    block-size: auto;
    overflow: visible;
  }
  .zone.detractor {
    fill: var(--_detractor);
  }
  .zone.passive {
    fill: var(--_passive);
  }
  .zone.promoter {
    fill: var(--_promoter);
  }
  .needle,
  .hub {
    fill: var(--_text);
  }
  .needle {
    transform-box: fill-box;
    transform-origin: 50% 100%;
    transform: rotate(var(--angle, 0deg));
    transition: transform calc(3 * var(--_motion)) cubic-bezier(0.3, 1.3, 0.5, 1);
  }
  .target {
    stroke: var(--_text);
    stroke-width: 3;
    stroke-linecap: round;
  }
  .end {
    fill: var(--_muted);
    font-size: 10px;
  }
  .readout {
    display: flex;
    align-items: baseline;
    justify-content: center;
    gap: var(--_space-xs);
    margin-block-start: calc(-0.25 * var(--_fs-display));
  }
  .score {
    font-size: var(--_fs-display);
    font-weight: 700;
    line-height: 1;
    font-variant-numeric: tabular-nums;
  }
  /* A number's own marks place its sign (LRM in fa, ALM in ar); bare "-13" stays "-13" in RTL. */
  .score,
  .end,
  .delta > span {
    unicode-bidi: plaintext;
  }
  .margin,
  .muted,
  .count {
    color: var(--_muted);
  }
  .delta,
  .note {
    margin: 0;
    font-size: var(--_fs-md);
    text-align: center;
  }
  .delta.up {
    color: var(--_positive);
  }
  .delta.down {
    color: var(--_negative);
  }
  .note {
    color: var(--_muted);
    font-style: italic;
  }
  .split {
    display: grid;
    gap: var(--_space-sm);
    font-size: var(--_fs-md);
  }
  .bar {
    display: flex;
    block-size: 0.625rem;
    border-radius: var(--_radius);
    overflow: hidden;
    background: var(--_skeleton);
  }
  .bar > span {
    flex: var(--share, 0) 1 0;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-md);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend li {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_space-xs);
  }
  .count {
    white-space: nowrap;
  }
  .share {
    font-weight: 600;
  }
  .swatch {
    inline-size: 0.625rem;
    block-size: 0.625rem;
    border-radius: 2px;
    align-self: center;
  }
  .promoter > .swatch,
  .bar > .promoter {
    background: var(--_promoter);
  }
  .passive > .swatch,
  .bar > .passive {
    background: var(--_passive);
  }
  .detractor > .swatch,
  .bar > .detractor {
    background: var(--_detractor);
  }
  /* Narrow slots: counts move under the shares, smaller text. */
  @container (max-width: 239px) {
    .label {
      font-size: var(--_fs-md);
    }
    .split,
    .delta,
    .note {
      font-size: var(--_fs-sm);
    }
    .legend {
      flex-direction: column;
    }
  }
  /* Wide: the dial and the split side by side. */
  @container (min-width: 560px) {
    .base {
      grid-template-columns: minmax(0, 1.2fr) minmax(0, 1fr);
      align-items: center;
      column-gap: var(--_space-lg);
    }
    .label,
    .delta,
    .note {
      grid-column: 1 / -1;
    }
    .split {
      grid-column: 2;
      grid-row: 2;
    }
    .legend {
      flex-direction: column;
    }
  }
  /* Loading: about the ready height (test/components/skeleton.test.ts): the dial's, which grows
     with the width, and the text's. */
  .skeleton {
    block-size: calc(min(57cqi, 16.8rem) + 8.5rem);
  }
  @container (min-width: 560px) {
    .skeleton {
      block-size: calc(min(31cqi, 16rem) + 3.6rem);
    }
  }
`;
