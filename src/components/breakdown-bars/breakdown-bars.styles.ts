import { css } from 'lit';

/** <breakdown-bars>: labels above their bars when narrow, beside them from 480 px; mirrored by the direction. */
export const barsStyles = css`
  .bars,
  .legend {
    display: grid;
    gap: 2px;
    margin: 0;
    padding: 0;
    list-style: none;
    /* Long labels (tooltips too) and numbers in narrow columns wrap rather than overflow. */
    overflow-wrap: anywhere;
  }
  li {
    position: relative;
  }
  /*
   * Narrow: the label, then the figures at the end of its line (or of the next, when both do not
   * fit: words stay whole), the change, then the bar across the width.
   */
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: 2px var(--_space-sm);
    inline-size: 100%;
    padding: var(--_space-xs);
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
  }
  .vs,
  .track {
    flex-basis: 100%;
  }
  .name {
    grid-area: n;
  }
  /* The name is data: isolated (FSI…PDI), in its accessible name too (generated content is read
     into it), so an override in it cannot reorder the figures after it. */
  .name::before {
    content: '\\2068';
  }
  .name::after {
    content: '\\2069';
  }
  .fig {
    grid-area: f;
    margin-inline-start: auto;
  }
  /* The share in the figures, and the change, quieter than the value. */
  .fig,
  .vs {
    color: var(--_muted);
    font-size: var(--_fs-sm);
  }
  /* An inline block: the browser then keeps the space after it in the bar's name. */
  b {
    display: inline-block;
    color: var(--_text);
    font-size: var(--_fs-md);
  }
  .vs {
    grid-area: v;
    text-align: end;
  }
  .up,
  :host([better='lower']) .down {
    color: var(--_positive);
  }
  .down,
  :host([better='lower']) .up {
    color: var(--_negative);
  }
  .track {
    grid-area: t;
    display: flex;
    block-size: 1rem;
  }
  .fill,
  .seg,
  .sw {
    inline-size: calc(var(--size) * 100%);
    min-inline-size: 2px;
    background: var(--c, var(--_series-1));
    forced-color-adjust: none;
  }
  [part~='other'] .fill {
    background: var(--_muted);
  }
  /* Segments parted by a gap of the surface's colour: their order is the legend's. */
  .seg + .seg {
    border-inline-start: 2px solid var(--_surface);
  }
  .c1 {
    --c: var(--_series-2);
  }
  .c2 {
    --c: var(--_series-3);
  }
  .c3 {
    --c: var(--_series-4);
  }
  .c4 {
    --c: var(--_series-5);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-md);
    font-size: var(--_fs-sm);
  }
  .sw {
    display: inline-block;
    inline-size: 0.75em;
    block-size: 0.75em;
  }
  /* Beside: label, bar, figures; the change under the figures. */
  @container (min-width: 480px) {
    .bar {
      display: grid;
      grid-template: 'n t f' 'n t v' / minmax(0, 1fr) minmax(0, 2fr) minmax(0, 1fr);
      align-items: center;
    }
  }
  /* The details under the hovered or focused bar, inside the element's width. */
  .tip {
    display: none;
    position: absolute;
    inset-block-start: 100%;
    inset-inline-start: 0;
    z-index: 1;
    inline-size: max-content;
    max-inline-size: 100%;
    padding: var(--_space-xs) var(--_space-sm);
    border-radius: var(--_radius);
    background: var(--_tooltip-bg);
    color: var(--_tooltip-text);
    font-size: var(--_fs-sm);
  }
  /* Hoverable (WCAG 1.4.13): the tooltip is inside the list item, so the pointer can rest on it. */
  li:hover > .tip,
  .bar:focus-visible + .tip {
    display: block;
  }
  /* Escape (WCAG 1.4.13): more specific than the rules above. */
  .bars.dismissed .tip {
    display: none;
  }
  /*
   * Loading: about the ready height of six bars with a change (test/components/skeleton.test.ts):
   * 27rem when narrow (labels above), 20rem from 480 px (beside), in between from 320 px.
   */
  .skeleton {
    block-size: clamp(20rem, 41rem - 70cqi, 27rem);
  }
`;
