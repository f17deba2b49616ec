import { css } from 'lit';

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
    font: inherit;
    container-type: inline-size;
    box-shadow: 0 8px 24px rgb(0 0 0 / 0.2);
  }
  .label {
    margin: 0;
    padding-inline-end: 2rem;
  }
  .scale {
    display: grid;
    grid-template-columns: repeat(11, minmax(0, 1fr));
    gap: var(--_space-xs);
  }
  /* Phones: two rows of buttons big enough for a thumb, never a horizontal scroll. */
  @container (max-width: 30rem) {
    .scale {
      grid-template-columns: repeat(6, minmax(0, 1fr));
    }
  }
  button,
  textarea {
    font: inherit;
    color: inherit;
    border-radius: var(--_radius);
  }
  button {
    min-height: 2.75rem;
    padding: 0 var(--_space-sm);
    border: 1px solid var(--_border);
    background: var(--_surface);
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
  [role='radio'] {
    min-width: 0;
    padding: 0;
    font-variant-numeric: tabular-nums;
    border-block-end: 3px solid var(--_c);
  }
  .detractor {
    --_c: var(--_detractor);
  }
  .passive {
    --_c: var(--_passive);
  }
  .promoter {
    --_c: var(--_promoter);
  }
  [role='radio'][aria-checked='true'] {
    background: var(--_c);
    border-color: var(--_c);
    color: var(--_surface);
    font-weight: 700;
  }
  @media (forced-colors: active) {
    [role='radio'][aria-checked='true'] {
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
    border: 1px solid var(--_border);
    background: var(--_surface);
    resize: vertical;
  }
  .actions span {
    margin-inline-end: auto;
  }
  .send {
    background: var(--_focus);
    border-color: var(--_focus);
    color: var(--_surface);
    font-weight: 600;
  }
  .send:hover:not(:disabled) {
    background: color-mix(in srgb, var(--_focus) 85%, var(--_text));
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
  .thanks {
    padding-block: var(--_space-md);
    outline: none;
  }
`;
