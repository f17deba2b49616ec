import { css } from 'lit';

/** <nps-gauge>: the dial over the score, the split beside it when there is room. */
export const gaugeStyles = css`
  :host {
    min-inline-size: 160px;
  }
  /* The dial does not mirror in right-to-left pages: −100 stays on the left. */
  .meter {
    position: relative;
    max-inline-size: 28rem;
    inline-size: 100%;
    justify-self: center;
    direction: ltr;
  }
  svg {
    display: block;
    inline-size: 100%;
    block-size: auto;
    overflow: visible;
  }
  .promoter {
    --z: var(--_promoter);
  }
  .passive {
    --z: var(--_passive);
  }
  .detractor {
    --z: var(--_detractor);
  }
  .zone {
    fill: var(--z);
    stroke: var(--z);
    stroke-width: 6;
    stroke-linejoin: round;
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
  /* Target: its own colour, a triangle and a stem outside the rim, its label above the dial. */
  .target {
    color: var(--crm-color-target, var(--_focus));
    fill: currentColor;
    stroke: currentColor;
  }
  .tl {
    inline-size: fit-content;
    margin-inline-start: calc(var(--x) * 1%);
    translate: calc(var(--x) * -1%);
    white-space: nowrap;
  }
  /* The ends centred under the zones' ends (13.4% of the width in), in the small text size. */
  .ends {
    display: flex;
    justify-content: space-between;
  }
  .end {
    inline-size: 26.8%;
    text-align: center;
  }
  .tl,
  .ends {
    font-size: var(--_fs-sm);
  }
  .readout {
    display: flex;
    align-items: baseline;
    justify-content: center;
    gap: var(--_space-xs);
    margin-block-start: calc(-1.4 * var(--_fs-sm) - var(--_space-sm));
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
  .tl,
  .delta > span {
    unicode-bidi: plaintext;
  }
  .ends,
  .margin,
  .muted,
  .count,
  .note {
    color: var(--_muted);
  }
  .delta,
  .note {
    margin: 0;
    text-align: center;
  }
  .delta.up {
    color: var(--_positive);
  }
  .delta.down {
    color: var(--_negative);
  }
  .note {
    font-style: italic;
  }
  .split {
    display: grid;
    gap: var(--_space-sm);
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
  .swatch,
  .bar > span {
    background: var(--z);
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
  /*
   * Wide: the dial beside the numbers. The score, the delta, the note and the split stack in the
   * second column, centred against the dial by the two 1fr rows (an absent one takes no room);
   * the split stops at 24rem.
   */
  @container (min-width: 560px) {
    .base {
      grid-template: auto 1fr repeat(4, auto) 1fr / min(24rem, 50%) minmax(0, 1fr);
      gap: 0 calc(2 * var(--_space-lg));
    }
    .label {
      grid-column: 1 / -1;
      margin-block-end: var(--_space-sm);
    }
    .meter {
      grid-area: 2 / 1 / -1;
      align-self: center;
    }
    .readout {
      grid-area: 3 / 2;
      justify-content: start;
      margin: 0;
    }
    .delta {
      grid-area: 4 / 2;
    }
    .note {
      grid-area: 5 / 2;
    }
    .delta,
    .note {
      margin-block-start: var(--_space-xs);
      text-align: start;
    }
    .split {
      grid-area: 6 / 2;
      max-inline-size: 24rem;
      margin-block-start: var(--_space-md);
    }
    .legend {
      flex-direction: column;
    }
  }
  /* Loading: about the ready height (test/components/skeleton.test.ts): the dial's, which grows
     with the width, and the text's; in wide slots, the dial's cell. */
  .skeleton {
    block-size: calc(min(57cqi, 16.8rem) + 8.5rem);
  }
  @container (min-width: 560px) {
    .skeleton {
      grid-area: 2 / 1 / -1;
      block-size: auto;
      aspect-ratio: 216 / 134;
    }
  }
`;
