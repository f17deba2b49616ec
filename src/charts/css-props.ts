import { nothing } from 'lit';
import { Directive, directive } from 'lit/directive.js';
import type { ElementPart } from 'lit/directive.js';

/** Custom properties for `cssProps`; `null`/`undefined` removes one. */
export type CssProps = Readonly<Record<`--${string}`, string | number | null | undefined>>;

class CssPropsDirective extends Directive {
  render(_props: CssProps): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [props]: [CssProps]): typeof nothing {
    const s = (part.element as HTMLElement).style;
    for (const k in props) {
      const v = props[k as keyof CssProps];
      if (v == null) s.removeProperty(k);
      else s.setProperty(k, String(v));
    }
    return nothing;
  }
}

/**
 * Element directive that sets CSS custom properties through the CSSOM (`style.setProperty`),
 * on every render including the first: `<div ${cssProps({ '--_x': '4px' })}>`. Unlike
 * `styleMap`, whose first render writes a `style="…"` attribute that a Content-Security-Policy
 * without `'unsafe-inline'` blocks, this works under `style-src 'self'`.
 */
export const cssProps = directive(CssPropsDirective);
