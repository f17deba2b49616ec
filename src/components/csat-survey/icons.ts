// The pictures of `<csat-survey appearance="faces|stars">`: inline SVG drawn in `currentColor`,
// hidden from assistive technology (each answer's label names it), no emoji font needed. 24×24,
// 1.5 px strokes with round ends. As the kit's other elements do, the `<svg>` is written in an
// `html` template and the shapes inside it in an `svg` one.
import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

/** Mouths by score − 1: a quadratic curve, wide and bent up at 1 (frown), narrow at 2–4, wide and bent down at 5. */
const MOUTHS = [
  'M7.5 17.5q4.5-5 9 0',
  'M8.5 16.5q3.5-2 7 0',
  'M8.5 15.5h7',
  'M8.5 15q3.5 2 7 0',
  'M7.5 14q4.5 5 9 0',
];

/** An icon: `class="icon <name>"`, 24×24, stroked in `currentColor`, `aria-hidden`. */
const icon = (name: string, shapes: SVGTemplateResult): TemplateResult =>
  html`<svg
    class="icon ${name}"
    viewBox="0 0 24 24"
    aria-hidden="true"
    fill="none"
    stroke="currentColor"
    stroke-width="1.5"
    stroke-linecap="round"
    stroke-linejoin="round"
  >
    ${shapes}
  </svg>`;

/**
 * A face for a satisfaction score 1–5, very unhappy → very happy (`class="icon face face-<score>"`):
 * a circle, two eyes (zero-length round-capped strokes) and a mouth (`class="mouth"`) that goes
 * from a frown (1) through a straight line (3) to a smile (5).
 */
export const face = (score: 1 | 2 | 3 | 4 | 5): TemplateResult =>
  icon(
    `face face-${score}`,
    svg`<circle cx="12" cy="12" r="10"></circle>
      <path class="eyes" d="M9 9.5h0m6 0h0" stroke-width="2.5"></path>
      <path class="mouth" d=${MOUTHS[score - 1]!}></path>`,
  );

/**
 * A five-pointed star (`class="icon star"`), an outline: the element's CSS fills the chosen ones
 * (`.star { fill: currentColor }`; a presentation attribute, so any rule beats it).
 */
export const star = (): TemplateResult =>
  icon(
    'star',
    svg`<path d="M12 2.6l2.4 6.8 7.1.1-5.7 4.3 2.1 6.9-5.9-4.1-5.9 4.1 2.1-6.9-5.7-4.3 7.1-.1z"></path>`,
  );
