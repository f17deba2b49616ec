// The pictures of `<csat-survey appearance="faces|stars">`: inline SVG drawn in `currentColor`,
// hidden from assistive technology (each answer's label names it), no emoji font needed. 24×24,
// 1.5 px strokes with round ends. Each icon is one `html` template, the shapes inside its `<svg>`
// (the HTML parser puts them in the SVG namespace); `svg` templates are for fragments alone.
import { html, type TemplateResult } from 'lit';

/**
 * The mouth of a face for a score 1–5: a quadratic curve 8 wide whose control point lies 2 per step
 * above (1, a frown) or below (5, a smile) its ends, straight at 3, the ends rising as it smiles.
 */
const mouth = (score: number): string => `M8 ${16.5 - score / 2}q4 ${score * 2 - 6} 8 0`;

/**
 * A face for a satisfaction score 1–5, very unhappy → very happy (`class="face"`):
 * a circle, two eyes (zero-length round-capped strokes) and a mouth (`class="mouth"`) that goes
 * from a frown (1) through a straight line (3) to a smile (5) (`mouth`). 24×24, stroked in
 * `currentColor`, `aria-hidden`.
 */
export const face = (score: 1 | 2 | 3 | 4 | 5): TemplateResult =>
  html`<svg
    class="face"
    viewBox="0 0 24 24"
    aria-hidden="true"
    fill="none"
    stroke="currentColor"
    stroke-width="1.5"
    stroke-linecap="round"
  >
    <circle cx="12" cy="12" r="10"></circle>
    <path class="eyes" d="M9 9.5h0m6 0h0" stroke-width="2.5"></path>
    <path class="mouth" d=${mouth(score)}></path>
  </svg>`;

/**
 * A five-pointed star (`class="star"`), an outline: the element's CSS fills the chosen ones
 * (`.star { fill: currentColor }`; a presentation attribute, so any rule beats it). As `face`.
 */
export const star = (): TemplateResult =>
  html`<svg
    class="star"
    viewBox="0 0 24 24"
    aria-hidden="true"
    fill="none"
    stroke="currentColor"
    stroke-width="1.5"
    stroke-linecap="round"
  >
    <path d="M12 3l2.5 6.5h7l-5.5 4.5 2 7-6-4-6 4 2-7-5.5-4.5h7z"></path>
  </svg>`;
