import { css } from 'lit';

/** <churn-trend>: legend, plot, lines in series colours, dashed target, average and partial periods. */
export const churnStyles = css`
  .base {
    min-inline-size: 0;
  }
  .ruler {
    block-size: 0;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-md);
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: var(--_fs-sm);
    color: var(--_muted);
  }
  .note {
    margin: var(--_space-xs) 0 0;
    font-size: var(--_fs-sm);
    color: var(--_muted);
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: var(--_space-xs);
  }
  .swatch {
    inline-size: 1.25rem;
    border-block-start: 2px solid var(--_c);
  }
  .avg .swatch {
    border-block-start: 2px dashed var(--_muted);
  }
  .target .swatch {
    border-block-start: 2px dashed var(--_text);
  }
  .churn {
    --_c: var(--_series-1);
  }
  .retention {
    --_c: var(--_series-2);
  }
  .plot {
    position: relative;
  }
  svg {
    display: block;
    max-inline-size: 100%;
    overflow: visible;
  }
  .line {
    fill: none;
    stroke: var(--_c);
    stroke-width: 2;
    stroke-linejoin: round;
  }
  .line.avg {
    stroke-width: 1.5;
    stroke-dasharray: 5 3;
  }
  .area {
    fill: color-mix(in srgb, var(--_c) 14%, transparent);
  }
  .dot {
    fill: var(--_surface);
    stroke: var(--_c);
    stroke-width: 2;
  }
  .target line {
    stroke: var(--_text);
    stroke-width: 1.5;
    stroke-dasharray: 6 4;
  }
  .target text {
    fill: var(--_text);
    font-weight: 600;
  }
  .partial {
    stroke-dasharray: 4 3;
  }
  /* A period's name on one line ("فصل چهارم ۱۴۰۴ (ناتمام)"): the table scrolls rather than
     breaking it into a word per line. */
  tbody th {
    white-space: nowrap;
  }
  .crosshair line {
    stroke: var(--_axis);
    stroke-dasharray: 3 3;
  }
  /* Loading: about the ready height, the plot's 240px and the legend and table toggle. */
  .skeleton {
    block-size: calc(240px + 3.7rem);
  }
`;
