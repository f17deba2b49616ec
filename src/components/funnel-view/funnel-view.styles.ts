import { css } from 'lit';

/** <funnel-view>: stacked bands (vertical) or columns (horizontal), mirrored by the direction. */
export const funnelStyles = css`
  .stages {
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
  .stage {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
    align-items: center;
    gap: var(--_space-sm);
    inline-size: 100%;
    padding: var(--_space-xs);
    border: 0;
    border-radius: var(--_radius);
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .stage:hover,
  .stage:focus-visible {
    /* 5%: the up/down colours keep 4.5:1 on it. */
    background: color-mix(in srgb, var(--_series-1) 5%, transparent);
  }
  .text {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_space-sm);
    min-inline-size: 0;
  }
  .name {
    flex-basis: 100%;
    overflow: hidden;
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
  }
  /* The name is data: isolated (FSI…PDI), in its accessible name too (generated content is read
     into it), so an override in it cannot reorder the figures after it. */
  .name::before {
    content: '\\2068';
  }
  .name::after {
    content: '\\2069';
  }
  /* The value carries the row: larger and bolder than the stage's name. */
  .value {
    font-size: var(--_fs-lg);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .note,
  .conv,
  .vs {
    margin: 0;
    color: var(--_muted);
    font-size: var(--_fs-sm);
  }
  /*
   * Each labelled percentage on a line of its own, so that the rows read alike; where the text has
   * room (narrow: the full width; wide), they follow the value.
   */
  .conv,
  .vs {
    flex-basis: 100%;
  }
  @container (min-width: 720px) {
    :host(:not([orientation='horizontal'])) :is(.conv, .vs) {
      flex-basis: auto;
    }
  }
  .up {
    color: var(--_positive);
  }
  .down {
    color: var(--_negative);
  }
  .track {
    display: flex;
    justify-content: center;
  }
  /* Beside their text, the bands are as tall as two lines: stacked, they draw the funnel. */
  .band {
    display: block;
    block-size: 2.5rem;
    inline-size: max(4px, calc(var(--size) * 100%));
    border-radius: 3px;
    background: var(--_series-1);
  }
  /* Too small to draw to scale: drawn at the minimum, hollow, as the note says. */
  .floor {
    border: 1px dashed var(--_series-1);
    background: none;
  }
  /* Drop-off details under the hovered or focused stage, centred, inside the element's width. */
  .tip {
    display: none;
    position: absolute;
    inset-block-start: calc(100% - 2px);
    inset-inline: 0;
    z-index: 1;
    inline-size: max-content;
    max-inline-size: 100%;
    margin-inline: auto;
    padding: var(--_space-xs) var(--_space-sm);
    border-radius: var(--_radius);
    background: var(--_tooltip-bg);
    color: var(--_tooltip-text);
    font-size: var(--_fs-sm);
    line-height: 1.4;
  }
  /* Hoverable (WCAG 1.4.13): the tooltip is inside the list item, so the pointer can rest on it. */
  li:hover > .tip,
  .stage:focus-visible + .tip {
    display: block;
  }
  /* Escape (WCAG 1.4.13): more specific than the rules above. */
  .stages.dismissed .tip {
    display: none;
  }
  .overall {
    margin: 0;
    font-weight: 600;
  }
  /* Horizontal: one column per stage, heights scaled, text under the bars. */
  @container (min-width: 480px) {
    :host([orientation='horizontal']) .stages {
      grid-auto-flow: column;
      grid-auto-columns: minmax(0, 1fr);
      align-items: stretch;
    }
    :host([orientation='horizontal']) .stage {
      grid-template-columns: none;
      grid-template-rows: 10rem auto;
      block-size: 100%;
      align-content: start;
    }
    :host([orientation='horizontal']) .track {
      order: -1;
      align-items: flex-end;
      block-size: 100%;
    }
    :host([orientation='horizontal']) .band {
      inline-size: 100%;
      block-size: max(4px, calc(var(--size) * 100%));
    }
  }
  /* Narrow: the label above its band. */
  @container (max-width: 360px) {
    .stage {
      grid-template-columns: minmax(0, 1fr);
      gap: 2px;
    }
    .band {
      block-size: 1.75rem;
    }
    /* The full width holds the value and its change on one line. */
    .vs {
      flex-basis: auto;
    }
  }
  /* Loading: about the ready height of five stages (test/components/skeleton.test.ts). */
  .skeleton {
    block-size: 21.5rem;
  }
  @container (max-width: 360px) {
    .skeleton {
      block-size: 35rem;
    }
  }
`;
