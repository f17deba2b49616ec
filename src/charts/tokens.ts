import { css } from 'lit';

/**
 * Design tokens shared by every element. Each colour is one `light-dark(light, dark)` pair chosen
 * by the host's `color-scheme` (Chromium 123, Safari 17.5, Firefox 120). A page sets the public `--crm-*` properties anywhere up
 * the tree (`:root`, a wrapper, or the element itself); the kit never declares them, it reads
 * them into private `--_*` variables with a light or dark default. Light and dark pairs meet
 * WCAG 2.2 AA against the surface (text ≥ 4.5:1, graphics ≥ 3:1). A page value applies to both
 * themes; set it under your own dark selector to vary it by theme.
 *
 * Theme: `theme="light"` or `theme="dark"` on the element; absent or `auto` follows
 * `prefers-color-scheme`. `forced-colors: active` maps every colour to a system colour;
 * `prefers-reduced-motion: reduce` sets the motion duration to 0s.
 *
 * @cssprop --crm-color-promoter - Promoters (NPS 9–10). Light #1a7f37, dark #3fb950.
 * @cssprop --crm-color-passive - Passives (NPS 7–8). Light #9a6700, dark #d29922.
 * @cssprop --crm-color-detractor - Detractors (NPS 0–6). Light #cf222e, dark #f85149.
 * @cssprop --crm-color-positive - A change for the better. Light #1a7f37, dark #3fb950.
 * @cssprop --crm-color-negative - A change for the worse. Light #cf222e, dark #f85149.
 * @cssprop --crm-color-series-1 - First data series. Light #0969da, dark #4493f8.
 * @cssprop --crm-color-series-2 - Second data series. Light #8250df, dark #ab7df8.
 * @cssprop --crm-color-series-3 - Third data series. Light #bc4c00, dark #db6d28.
 * @cssprop --crm-color-series-4 - Fourth data series. Light #1b7c83, dark #39c5cf.
 * @cssprop --crm-color-series-5 - Fifth data series. Light #bf3989, dark #db61a2.
 * @cssprop --crm-color-grid - Grid lines. Light #d1d9e0, dark #2f353d.
 * @cssprop --crm-color-axis - Axis and tick lines. Light #818b98, dark #656c76.
 * @cssprop --crm-color-text - Text. Light #1f2328, dark #f0f6fc.
 * @cssprop --crm-color-text-muted - Secondary text and tick labels. Light #59636e, dark #9198a1.
 * @cssprop --crm-color-surface - Background of the element. Light #ffffff, dark #0d1117.
 * @cssprop --crm-color-border - Borders and separators. Light #d1d9e0, dark #3d444d.
 * @cssprop --crm-color-focus - Keyboard focus ring. Light #0969da, dark #4493f8.
 * @cssprop --crm-color-tooltip-bg - Tooltip background. Light #1f2328, dark #f0f6fc.
 * @cssprop --crm-color-tooltip-text - Tooltip text. Light #ffffff, dark #1f2328.
 * @cssprop --crm-color-skeleton - Loading placeholder. Light #eff2f5, dark #212830.
 * @cssprop --crm-font-family - Font stack; nothing is downloaded. Default `system-ui, 'Segoe UI', Roboto, 'Geeza Pro', Vazirmatn, 'Noto Sans Arabic', sans-serif`: the system UI font for Latin, then, where that has no Arabic script, fonts that draw Persian and Arabic well (Segoe UI on Windows, Geeza Pro on macOS and iOS, Vazirmatn if installed, Noto Sans Arabic on Linux and Android).
 * @cssprop --crm-font-size-sm - Small text: ticks, tooltips, tables. Default 0.75rem.
 * @cssprop --crm-font-size-md - Body text. Default 0.875rem.
 * @cssprop --crm-font-size-lg - Headings. Default 1rem.
 * @cssprop --crm-font-size-xl - Large headings. Default 1.25rem.
 * @cssprop --crm-font-size-display - Big numbers; follows the container width. Default clamp(1.75rem, 12cqi, 3.5rem).
 * @cssprop --crm-radius - Corner radius. Default 6px.
 * @cssprop --crm-card-border - The element's edge. Default `1px solid` in the border colour; `none` to embed it bare.
 * @cssprop --crm-card-radius - The element's corner radius. Default `--crm-radius`.
 * @cssprop --crm-card-padding - Room inside the edge. Default 0.75rem; 0 to embed bare.
 * @cssprop --crm-space-xs - Spacing step 1. Default 0.25rem.
 * @cssprop --crm-space-sm - Spacing step 2. Default 0.5rem.
 * @cssprop --crm-space-md - Spacing step 3. Default 0.75rem.
 * @cssprop --crm-space-lg - Spacing step 4. Default 1rem.
 * @cssprop --crm-motion-duration - Length of transitions. Default 200ms; 0s under reduced motion.
 */
export const tokens = css`
  :host {
    color-scheme: light;
    --_promoter: var(--crm-color-promoter, light-dark(#1a7f37, #3fb950));
    --_passive: var(--crm-color-passive, light-dark(#9a6700, #d29922));
    --_detractor: var(--crm-color-detractor, light-dark(#cf222e, #f85149));
    --_positive: var(--crm-color-positive, light-dark(#1a7f37, #3fb950));
    --_negative: var(--crm-color-negative, light-dark(#cf222e, #f85149));
    --_text: var(--crm-color-text, light-dark(#1f2328, #f0f6fc));
    --_muted: var(--crm-color-text-muted, light-dark(#59636e, #9198a1));
    --_surface: var(--crm-color-surface, light-dark(#fff, #0d1117));
    --_border: var(--crm-color-border, light-dark(#d1d9e0, #3d444d));
    --_focus: var(--crm-color-focus, light-dark(#0969da, #4493f8));
    --_skeleton: var(--crm-color-skeleton, light-dark(#eff2f5, #212830));
    --_font: var(
      --crm-font-family,
      system-ui,
      'Segoe UI',
      Roboto,
      'Geeza Pro',
      Vazirmatn,
      'Noto Sans Arabic',
      sans-serif
    );
    --_fs-sm: var(--crm-font-size-sm, 0.75rem);
    --_fs-md: var(--crm-font-size-md, 0.875rem);
    --_fs-lg: var(--crm-font-size-lg, 1rem);
    --_fs-xl: var(--crm-font-size-xl, 1.25rem);
    --_fs-display: var(--crm-font-size-display, clamp(1.75rem, 12cqi, 3.5rem));
    --_radius: var(--crm-radius, 6px);
    --_space-xs: var(--crm-space-xs, 0.25rem);
    --_space-sm: var(--crm-space-sm, 0.5rem);
    --_space-md: var(--crm-space-md, 0.75rem);
    --_space-lg: var(--crm-space-lg, 1rem);
    --_motion: var(--crm-motion-duration, 200ms);
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      color-scheme: dark;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_motion: 0s;
    }
  }
  @media (forced-colors: active) {
    :host {
      --_promoter: Highlight;
      --_passive: CanvasText;
      --_detractor: LinkText;
      --_positive: Highlight;
      --_negative: LinkText;
      --_text: CanvasText;
      --_muted: CanvasText;
      --_surface: Canvas;
      --_border: CanvasText;
      --_focus: Highlight;
      --_skeleton: GrayText;
    }
  }
`;

/**
 * Base look of every element (use after `tokens`): the kit's one card (the host: its edge and
 * corners, and the `.base` wrapper's padding, from the `--crm-card-*` tokens) on the surface
 * colour, the kit's font, an inline-size container, `[hidden]`, `.visually-hidden`
 * (screen-reader only), a visible `:focus-visible` ring, and every element's `.base` wrapper and
 * `.label` caption. The host is `position: relative` so tooltips place against it. A page's own
 * `border`, `border-radius`, `box-shadow` or `background` on the element beats these.
 */
export const baseStyles = css`
  :host {
    display: block;
    position: relative;
    box-sizing: border-box;
    container-type: inline-size;
    font-family: var(--_font);
    font-size: var(--_fs-md);
    line-height: 1.4;
    color: var(--_text);
    background: var(--_surface);
    border: var(--crm-card-border, 1px solid var(--_border));
    border-radius: var(--crm-card-radius, var(--_radius));
  }
  :host([hidden]) {
    display: none;
  }
  *,
  ::before,
  ::after {
    box-sizing: inherit;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: -1px;
    padding: 0;
    border: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  /* Every element's wrapper (part="base") and caption (part="label"). */
  .base {
    display: grid;
    gap: var(--_space-sm);
    padding: var(--crm-card-padding, var(--_space-md));
  }
  .label {
    font-size: var(--_fs-lg);
    font-weight: 600;
    overflow-wrap: anywhere;
  }
`;

/**
 * The loading, empty and error states of an element with data (`renderStatus`): a `.skeleton`
 * shimmer (still under reduced motion; each element gives it about its ready height) and
 * `.message` for empty and error text. Apart from `baseStyles` so that the survey does not carry
 * them (a pure IIFE, so bundlers drop it when unused).
 */
export const statusStyles = /* @__PURE__ */ (() => css`
  .skeleton {
    min-height: 1em;
    border-radius: var(--_radius);
    background: linear-gradient(
        90deg,
        transparent 30%,
        color-mix(in srgb, var(--_surface) 55%, transparent) 50%,
        transparent 70%
      )
      0 0 / 300% 100% var(--_skeleton);
    animation: crm-shimmer 1.5s linear infinite;
  }
  @keyframes crm-shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: 0 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
  .message {
    margin: 0;
    padding: var(--_space-md);
    color: var(--_muted);
    text-align: center;
  }
`)();

/**
 * The tokens only charts use (series, grid, axis, tooltip), apart from `tokens` so that an element
 * without axes or tooltips does not carry them (a pure IIFE, so bundlers drop it when unused).
 * Use after `tokens`.
 */
export const chartTokens = /* @__PURE__ */ (() => css`
  :host {
    --_series-1: var(--crm-color-series-1, light-dark(#0969da, #4493f8));
    --_series-2: var(--crm-color-series-2, light-dark(#8250df, #ab7df8));
    --_series-3: var(--crm-color-series-3, light-dark(#bc4c00, #db6d28));
    --_series-4: var(--crm-color-series-4, light-dark(#1b7c83, #39c5cf));
    --_series-5: var(--crm-color-series-5, light-dark(#bf3989, #db61a2));
    --_grid: var(--crm-color-grid, light-dark(#d1d9e0, #2f353d));
    --_axis: var(--crm-color-axis, light-dark(#818b98, #656c76));
    --_tooltip-bg: var(--crm-color-tooltip-bg, light-dark(#1f2328, #f0f6fc));
    --_tooltip-text: var(--crm-color-tooltip-text, light-dark(#fff, #1f2328));
  }
  @media (forced-colors: active) {
    :host {
      --_series-1: Highlight;
      --_series-2: LinkText;
      --_series-3: CanvasText;
      --_series-4: VisitedText;
      --_series-5: ActiveText;
      --_grid: GrayText;
      --_axis: CanvasText;
      --_tooltip-bg: Canvas;
      --_tooltip-text: CanvasText;
    }
  }
`)();
