import { css } from 'lit';

// The survey engine's look: the card, the popover, the scale, the follow-up and the thank-you.
export const surveyStyles = css`
  :host {
    max-width: 40rem;
  }
  :host([step='hidden']) {
    display: none;
  }
  /* Popover: the card is the popover, not the host left in the page. */
  :host([mode='popover']) {
    background: none;
    border: 0;
    /* A containing block here would hold a fixed-position fallback popover inside the host. */
    container-type: normal;
  }
  .base {
    gap: var(--_space-md);
  }
  .popover {
    position: fixed;
    inset-block: auto var(--_space-lg);
    inset-inline: auto var(--_space-lg);
    z-index: 2147483000;
    width: min(30rem, calc(100vw - 2 * var(--_space-lg)));
    max-height: calc(100vh - 2 * var(--_space-lg));
    overflow: auto;
    margin: 0;
    padding: 0;
    border: var(--crm-card-border, 1px solid var(--_border));
    border-radius: var(--crm-card-radius, var(--_radius));
    background: var(--_surface);
    color: inherit;
    container-type: inline-size;
    box-shadow: 0 8px 24px rgb(0 0 0 / 0.2);
  }
  .label {
    margin: 0;
    padding-inline-end: 2rem;
  }
  /* One row of equal buttons, however many the kind's scale has. */
  .scale {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: minmax(0, 1fr);
    gap: var(--_space-xs);
  }
  /* Phones: a long scale (NPS's 11) in rows of 6 buttons big enough for a thumb, never a horizontal scroll. */
  @container (max-width: 30rem) {
    .scale:has(> :nth-child(8)) {
      grid-auto-flow: row;
      grid-template-columns: repeat(6, minmax(0, 1fr));
    }
  }
  button,
  textarea {
    font: inherit;
    color: inherit;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  button {
    min-height: 2.75rem;
    padding: 0 var(--_space-sm);
    cursor: pointer;
    transition: background-color var(--_motion);
  }
  button:hover:not(:disabled) {
    background: color-mix(in srgb, var(--_text) 8%, var(--_surface));
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  /* One neutral style for every score (a colour-coded scale biases the answers); "colored" opts in. */
  [role='radio'] {
    min-width: 0;
    padding: 0;
    font-variant-numeric: tabular-nums;
  }
  :host([colored]) [role='radio'] {
    --_k: var(--_c);
    border-block-end: 3px solid var(--_c);
  }
  /* Each kind's categories (the button's class) in the three tones. */
  .detractor,
  .unsatisfied,
  .hard {
    --_c: var(--_detractor);
  }
  .passive,
  .neutral {
    --_c: var(--_passive);
  }
  .promoter,
  .satisfied,
  .easy {
    --_c: var(--_promoter);
  }
  @media (forced-colors: active) {
    [aria-checked='true'] {
      outline: 3px solid Highlight;
    }
  }
  .labels,
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: var(--_space-sm);
  }
  .labels,
  .muted,
  .note {
    color: var(--_muted);
    font-size: var(--_fs-sm);
  }
  .note {
    margin: 0;
  }
  .error {
    color: var(--_negative);
  }
  .follow-up {
    font-weight: 600;
  }
  textarea {
    width: 100%;
    min-height: 4.5rem;
    padding: var(--_space-sm);
    resize: vertical;
  }
  .actions span {
    margin-inline-end: auto;
  }
  /* The chosen score and Send: the focus colour (the category's with "colored"), hovered too. */
  .send,
  [aria-checked='true'] {
    background: var(--_k, var(--_focus));
    border-color: var(--_k, var(--_focus));
    color: var(--_surface);
    font-weight: 700;
  }
  :is(.send, [aria-checked='true']):hover:not(:disabled) {
    background: color-mix(in srgb, var(--_k, var(--_focus)) 85%, var(--_text));
  }
  .close {
    position: absolute;
    inset-block-start: var(--_space-sm);
    inset-inline-end: var(--_space-sm);
    min-height: 2rem;
    width: 2rem;
    padding: 0;
    border: 0;
    background: none;
    font-size: 1.25rem;
    line-height: 1;
    color: var(--_muted);
  }
  /* The steps share one grid cell, so the card keeps its height from the follow-up to the thank-you. */
  .ask,
  .thanks {
    grid-area: 1/1;
  }
  .ask {
    display: grid;
    gap: inherit;
  }
  [inert] {
    visibility: hidden;
  }
  .thanks {
    align-self: center;
    padding-inline: 2rem;
    text-align: center;
    outline: none;
  }
`;
