import { css } from 'lit';

// What NPS adds to the engine's styles: its 11 buttons in two rows on phones, and the colours of
// its categories (with `colored`).
export const npsStyles = css`
  /* Phones: two rows of buttons big enough for a thumb, never a horizontal scroll. */
  @container (max-width: 30rem) {
    .scale {
      grid-auto-flow: row;
      grid-template-columns: repeat(6, minmax(0, 1fr));
    }
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
`;
