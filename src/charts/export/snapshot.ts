// A snapshot of an element's rendered shadow DOM as an SVG document: one generic walk for every
// chart, whether it draws with HTML boxes (funnel, bars, card) or inline SVG (gauge, trend).

const NS = 'http://www.w3.org/2000/svg';

/** Presentation properties copied from the computed style onto every cloned SVG element. */
const SVG_PROPS = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'direction',
  'paint-order',
] as const;

/** Attributes never copied into the document: styling hooks that would not resolve outside the page. */
const DROPPED = /^(class|part|style|tabindex|role|aria-.*|data-.*|on.*)$/i;

const px = (v: string) => parseFloat(v) || 0;
const round = (v: number) => String(Math.round(v * 100) / 100);
/** A colour that draws nothing: `transparent`, `rgba(…, 0)`, `none`. */
const invisible = (c: string) =>
  !c ||
  c === 'none' ||
  c === 'transparent' ||
  /^rgba\([^,]+,[^,]+,[^,]+,\s*0\)$/.test(c) ||
  /\/\s*0\)$/.test(c);

/** Whether `el` and what it holds are left out: the export menu, hidden or visually hidden boxes. */
function skipped(el: Element, style: CSSStyleDeclaration): boolean {
  // The export menu and the data table's toggle are controls of the page, not of the picture.
  const parts = (el.getAttribute('part') ?? '').split(/\s+/);
  if (parts.includes('export') || parts.includes('table-toggle')) return true;
  if (style.opacity === '0') return true;
  if (el.getAttribute('data-export') === 'skip' || el.hasAttribute('hidden')) return true;
  if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse')
    return true;
  if (style.clipPath !== 'none' || style.clip.startsWith('rect')) return true;
  if (el instanceof HTMLElement && style.overflow !== 'visible') {
    const { width, height } = el.getBoundingClientRect();
    if (width <= 1 || height <= 1) return true;
  }
  return el.localName === 'style' || el.localName === 'script' || el.localName === 'template';
}

interface Side {
  width: number;
  color: string;
  line: string;
}

let measure: CanvasRenderingContext2D | null = null;

/** The ascent and descent of `font` for `text`, to place an SVG baseline where the line box drew it. */
function metrics(font: string, text: string): { ascent: number; descent: number } {
  measure ??= document.createElement('canvas').getContext('2d');
  if (!measure) return { ascent: 0.8, descent: 0.2 };
  measure.font = font;
  const m = measure.measureText(text);
  return { ascent: m.fontBoundingBoxAscent, descent: m.fontBoundingBoxDescent };
}

class Snapshot {
  readonly doc = document.implementation.createDocument(NS, 'svg', null);
  readonly root = this.doc.documentElement;
  readonly left: number;
  readonly top: number;

  constructor(readonly host: HTMLElement) {
    const box = host.getBoundingClientRect();
    this.left = box.left;
    this.top = box.top;
  }

  make(
    name: string,
    attrs: Record<string, string | number | undefined>,
    parent: Element = this.root,
  ): Element {
    const el = this.doc.createElementNS(NS, name);
    for (const [k, v] of Object.entries(attrs))
      if (v !== undefined) el.setAttribute(k, typeof v === 'number' ? round(v) : v);
    parent.append(el);
    return el;
  }

  /** The background and borders of an HTML box, as rectangles. */
  box(el: Element, style: CSSStyleDeclaration): void {
    const r = el.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0) return;
    const x = r.left - this.left;
    const y = r.top - this.top;
    const rx = Math.min(px(style.borderTopLeftRadius), r.width / 2, r.height / 2);
    const opacity = style.opacity !== '1' ? { opacity: style.opacity } : {};
    // A gradient (a pattern for those who cannot tell colours apart) is drawn in its first colour.
    const fill = invisible(style.backgroundColor)
      ? (style.backgroundImage.match(/(?:rgba?|color|oklch|oklab|lab|lch|hsla?)\([^)]*\)/)?.[0] ?? '')
      : style.backgroundColor;
    if (!invisible(fill))
      this.make('rect', {
        x,
        y,
        width: r.width,
        height: r.height,
        ...(rx ? { rx } : {}),
        fill,
        ...opacity,
      });
    const sides = ['Top', 'Right', 'Bottom', 'Left'].map((s) => ({
      width: px(style.getPropertyValue(`border-${s.toLowerCase()}-width`)),
      color: style.getPropertyValue(`border-${s.toLowerCase()}-color`),
      line: style.getPropertyValue(`border-${s.toLowerCase()}-style`),
    }));
    const drawn = sides.map(
      (s) => s.width > 0 && s.line !== 'none' && s.line !== 'hidden' && !invisible(s.color),
    );
    const [top, right, bottom, left] = sides as [Side, Side, Side, Side];
    if (drawn.every(Boolean) && sides.every((s) => s.width === top.width && s.color === top.color)) {
      const w = top.width;
      this.make('rect', {
        x: x + w / 2,
        y: y + w / 2,
        width: Math.max(0, r.width - w),
        height: Math.max(0, r.height - w),
        ...(rx ? { rx: Math.max(0, rx - w / 2) } : {}),
        fill: 'none',
        stroke: top.color,
        'stroke-width': w,
        ...opacity,
      });
      return;
    }
    const edges = [
      { x, y, width: r.width, height: top.width },
      { x: x + r.width - right.width, y, width: right.width, height: r.height },
      { x, y: y + r.height - bottom.width, width: r.width, height: bottom.width },
      { x, y, width: left.width, height: r.height },
    ];
    edges.forEach((edge, i) => {
      if (drawn[i]) this.make('rect', { ...edge, fill: sides[i]!.color, ...opacity });
    });
  }

  /** A text node, one `<text>` per line box, with the font and colour it is drawn in. */
  text(node: Text, style: CSSStyleDeclaration): void {
    const raw = node.data;
    if (!raw.trim()) return;
    const range = document.createRange();
    range.selectNodeContents(node);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
    if (!rects.length) return;
    let lines: { text: string; rect: DOMRect }[];
    if (rects.length === 1) lines = [{ text: raw, rect: rects[0]! }];
    else {
      // Wrapped text: each character goes to the line box it was laid out in.
      lines = rects.map((rect) => ({ text: '', rect }));
      for (let i = 0; i < raw.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const c = range.getBoundingClientRect();
        const mid = c.top + c.height / 2;
        const line = lines.find((l) => mid >= l.rect.top && mid <= l.rect.bottom) ?? lines[lines.length - 1]!;
        line.text += raw[i];
      }
    }
    const transform = style.textTransform;
    const font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const rtl = style.direction === 'rtl';
    for (const { text, rect } of lines) {
      let content = text.replace(/\s+/g, ' ');
      if (!content.trim()) continue;
      if (transform === 'uppercase') content = content.toUpperCase();
      else if (transform === 'lowercase') content = content.toLowerCase();
      const { ascent, descent } = metrics(font, content);
      const baseline = rect.top - this.top + (rect.height - ascent - descent) / 2 + ascent;
      const el = this.make('text', {
        x: (rtl ? rect.right : rect.left) - this.left,
        y: baseline,
        'font-family': style.fontFamily,
        'font-size': style.fontSize,
        'font-weight': style.fontWeight,
        ...(style.fontStyle !== 'normal' ? { 'font-style': style.fontStyle } : {}),
        fill: style.color,
        ...(rtl ? { direction: 'rtl', 'unicode-bidi': 'embed' } : {}),
        ...(style.opacity !== '1' ? { opacity: style.opacity } : {}),
        'xml:space': 'preserve',
        textLength: rect.width,
        lengthAdjust: 'spacingAndGlyphs',
      });
      el.textContent = content.trim() === content ? content : content.trim();
    }
  }

  /** An inline `<svg>` cloned with its computed presentation, placed at its box. */
  svg(el: SVGSVGElement): void {
    const r = el.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0) return;
    const clone = this.doc.importNode(el, true) as Element;
    copyPresentation(el, clone);
    clone.setAttribute('x', round(r.left - this.left));
    clone.setAttribute('y', round(r.top - this.top));
    clone.setAttribute('width', round(r.width));
    clone.setAttribute('height', round(r.height));
    clone.setAttribute('overflow', getComputedStyle(el).overflow === 'visible' ? 'visible' : 'hidden');
    this.root.append(clone);
  }

  walk(parent: Node): void {
    for (const node of parent.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) {
        const owner = node.parentElement ?? this.host;
        this.text(node as Text, getComputedStyle(owner));
        continue;
      }
      if (!(node instanceof Element)) continue;
      const style = getComputedStyle(node);
      if (skipped(node, style)) continue;
      if (node instanceof SVGSVGElement) {
        this.svg(node);
        continue;
      }
      if (node instanceof HTMLSlotElement) {
        for (const assigned of node.assignedNodes({ flatten: true })) {
          if (assigned instanceof Element) this.walk({ childNodes: [assigned] } as unknown as Node);
          else if (assigned.nodeType === Node.TEXT_NODE) this.text(assigned as Text, getComputedStyle(node));
        }
        continue;
      }
      this.box(node, style);
      // A closed <details> shows only its summary.
      if (node instanceof HTMLDetailsElement && !node.open) {
        const summary = node.querySelector(':scope > summary');
        if (summary) this.walk({ childNodes: [summary] } as unknown as Node);
        continue;
      }
      this.walk(node.shadowRoot ?? node);
    }
  }
}

/**
 * Copies the computed presentation of `source` and its descendants onto `clone` as attributes, and
 * drops what would not resolve outside the page (classes, parts, inline styles, ARIA, handlers,
 * references to anything but the document's own fragments).
 */
function copyPresentation(source: Element, clone: Element): void {
  const style = getComputedStyle(source);
  if (style.display === 'none' || style.visibility === 'hidden') {
    clone.remove();
    return;
  }
  for (const { name, value } of [...clone.attributes]) {
    if (DROPPED.test(name) || ((name === 'href' || name === 'xlink:href') && !value.startsWith('#')))
      clone.removeAttribute(name);
  }
  for (const prop of SVG_PROPS) {
    const value = style.getPropertyValue(prop);
    if (value && !value.includes('var(')) clone.setAttribute(prop, value);
  }
  // A CSS transform (the gauge's needle) becomes an attribute about the same origin: CSS turns
  // about `transform-origin` within the `transform-box`, an SVG attribute about the user origin.
  const transform = style.transform;
  if (
    transform &&
    transform !== 'none' &&
    source instanceof SVGGraphicsElement &&
    source.localName !== 'svg'
  ) {
    let [ox = 0, oy = 0] = style.transformOrigin.split(' ').map(px);
    if (style.transformBox === 'fill-box') {
      const bbox = source.getBBox();
      ox += bbox.x;
      oy += bbox.y;
    }
    // The computed value already holds a transform attribute's own (it is a presentation attribute).
    clone.setAttribute(
      'transform',
      `translate(${round(ox)} ${round(oy)}) ${transform} translate(${round(-ox)} ${round(-oy)})`,
    );
  }
  const sources = [...source.children];
  const clones = [...clone.children];
  sources.forEach((child, i) => {
    if (clones[i]) copyPresentation(child, clones[i]);
  });
}

/** The SVG document of `host`'s shadow DOM as the page shows it now. */
export function snapshot(host: HTMLElement, title?: string): XMLDocument {
  const shot = new Snapshot(host);
  const box = host.getBoundingClientRect();
  const style = getComputedStyle(host);
  const { root } = shot;
  root.setAttribute('width', round(box.width));
  root.setAttribute('height', round(box.height));
  root.setAttribute('viewBox', `0 0 ${round(box.width)} ${round(box.height)}`);
  root.setAttribute('font-family', style.fontFamily);
  if (title) shot.make('title', {}).textContent = title;
  shot.box(host, style);
  shot.walk(host.shadowRoot ?? host);
  return shot.doc;
}
