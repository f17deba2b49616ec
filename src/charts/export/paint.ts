// Paints the SVG document of `snapshot` onto a 2D canvas: the subset of SVG the snapshot and the
// charts emit (svg, g, rect, path, line, polyline, polygon, circle, ellipse, text, tspan), with
// inherited fill, stroke, opacity and font, and transforms. Canvas drawing is not governed by CSP.

interface Paint {
  fill: string;
  stroke: string;
  strokeWidth: number;
  fillOpacity: number;
  strokeOpacity: number;
  dash: number[];
  dashOffset: number;
  cap: CanvasLineCap;
  join: CanvasLineJoin;
  fontFamily: string;
  fontSize: number;
  fontWeight: string;
  fontStyle: string;
  anchor: string;
  baseline: string;
  direction: 'ltr' | 'rtl';
}

const INITIAL: Paint = {
  fill: 'black',
  stroke: 'none',
  strokeWidth: 1,
  fillOpacity: 1,
  strokeOpacity: 1,
  dash: [],
  dashOffset: 0,
  cap: 'butt',
  join: 'miter',
  fontFamily: 'sans-serif',
  fontSize: 16,
  fontWeight: '400',
  fontStyle: 'normal',
  anchor: 'start',
  baseline: 'auto',
  direction: 'ltr',
};

const num = (v: string | null, fallback = 0): number => {
  const n = parseFloat(v ?? '');
  return Number.isFinite(n) ? n : fallback;
};
const numbers = (v: string | null): number[] =>
  (v ?? '')
    .trim()
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(Number)
    .filter(Number.isFinite);

/** A length that may be in `em` (the axis ticks' `dy="0.32em"`). */
const length = (v: string | null, fontSize: number): number =>
  v?.trim().endsWith('em') ? num(v) * fontSize : num(v);

function inherit(el: Element, parent: Paint): Paint {
  const a = (name: string) => el.getAttribute(name);
  const p = { ...parent };
  if (a('fill')) p.fill = a('fill')!;
  if (a('stroke')) p.stroke = a('stroke')!;
  if (a('stroke-width')) p.strokeWidth = num(a('stroke-width'), 1);
  if (a('fill-opacity')) p.fillOpacity = num(a('fill-opacity'), 1);
  if (a('stroke-opacity')) p.strokeOpacity = num(a('stroke-opacity'), 1);
  if (a('stroke-dasharray')) p.dash = a('stroke-dasharray') === 'none' ? [] : numbers(a('stroke-dasharray'));
  if (a('stroke-dashoffset')) p.dashOffset = num(a('stroke-dashoffset'));
  if (a('stroke-linecap')) p.cap = a('stroke-linecap') as CanvasLineCap;
  if (a('stroke-linejoin'))
    p.join = (a('stroke-linejoin') === 'miter-clip' ? 'miter' : a('stroke-linejoin')) as CanvasLineJoin;
  if (a('font-family')) p.fontFamily = a('font-family')!;
  if (a('font-size')) p.fontSize = num(a('font-size'), p.fontSize);
  if (a('font-weight')) p.fontWeight = a('font-weight')!;
  if (a('font-style')) p.fontStyle = a('font-style')!;
  if (a('text-anchor')) p.anchor = a('text-anchor')!;
  if (a('dominant-baseline')) p.baseline = a('dominant-baseline')!;
  if (a('direction')) p.direction = a('direction') === 'rtl' ? 'rtl' : 'ltr';
  return p;
}

/** Applies an SVG `transform` list: translate, scale, rotate, skewX, skewY, matrix. */
function transform(ctx: CanvasRenderingContext2D, value: string | null): void {
  if (!value) return;
  for (const [, fn, args = ''] of value.matchAll(/(\w+)\s*\(([^)]*)\)/g)) {
    const n = numbers(args);
    switch (fn) {
      case 'translate':
        ctx.translate(n[0] ?? 0, n[1] ?? 0);
        break;
      case 'scale':
        ctx.scale(n[0] ?? 1, n[1] ?? n[0] ?? 1);
        break;
      case 'rotate': {
        const [deg = 0, cx = 0, cy = 0] = n;
        ctx.translate(cx, cy);
        ctx.rotate((deg * Math.PI) / 180);
        ctx.translate(-cx, -cy);
        break;
      }
      case 'skewX':
        ctx.transform(1, 0, Math.tan(((n[0] ?? 0) * Math.PI) / 180), 1, 0, 0);
        break;
      case 'skewY':
        ctx.transform(1, Math.tan(((n[0] ?? 0) * Math.PI) / 180), 0, 1, 0, 0);
        break;
      case 'matrix':
        if (n.length === 6) ctx.transform(n[0]!, n[1]!, n[2]!, n[3]!, n[4]!, n[5]!);
        break;
    }
  }
}

/** The outline of a basic shape, or null for what is not one. */
function shape(el: Element, p: Paint): Path2D | null {
  const a = (name: string) => num(el.getAttribute(name));
  const path = new Path2D();
  switch (el.localName) {
    case 'path':
      return new Path2D(el.getAttribute('d') ?? '');
    case 'rect': {
      const w = a('width');
      const h = a('height');
      if (w <= 0 || h <= 0) return null;
      const rx = Math.min(el.hasAttribute('rx') ? a('rx') : a('ry'), w / 2);
      const ry = Math.min(el.hasAttribute('ry') ? a('ry') : rx, h / 2);
      if (rx > 0 || ry > 0) path.roundRect(a('x'), a('y'), w, h, [{ x: rx, y: ry }]);
      else path.rect(a('x'), a('y'), w, h);
      return path;
    }
    case 'line':
      path.moveTo(a('x1'), a('y1'));
      path.lineTo(a('x2'), a('y2'));
      return path;
    case 'polyline':
    case 'polygon': {
      const n = numbers(el.getAttribute('points'));
      for (let i = 0; i + 1 < n.length; i += 2) (i ? path.lineTo : path.moveTo).call(path, n[i]!, n[i + 1]!);
      if (el.localName === 'polygon') path.closePath();
      return path;
    }
    case 'circle':
      path.arc(a('cx'), a('cy'), a('r'), 0, 2 * Math.PI);
      return path;
    case 'ellipse':
      path.ellipse(a('cx'), a('cy'), a('rx'), a('ry'), 0, 0, 2 * Math.PI);
      return path;
  }
  void p;
  return null;
}

function fillAndStroke(
  ctx: CanvasRenderingContext2D,
  p: Paint,
  draw: (mode: 'fill' | 'stroke') => void,
): void {
  const alpha = ctx.globalAlpha;
  if (p.fill !== 'none' && !p.fill.startsWith('url(')) {
    ctx.fillStyle = p.fill;
    ctx.globalAlpha = alpha * p.fillOpacity;
    draw('fill');
  }
  if (p.stroke !== 'none' && !p.stroke.startsWith('url(') && p.strokeWidth > 0) {
    ctx.strokeStyle = p.stroke;
    ctx.lineWidth = p.strokeWidth;
    ctx.setLineDash(p.dash);
    ctx.lineDashOffset = p.dashOffset;
    ctx.lineCap = p.cap;
    ctx.lineJoin = p.join;
    ctx.globalAlpha = alpha * p.strokeOpacity;
    draw('stroke');
  }
  ctx.globalAlpha = alpha;
}

const BASELINES: Record<string, CanvasTextBaseline> = {
  middle: 'middle',
  central: 'middle',
  hanging: 'hanging',
  'text-before-edge': 'top',
  'text-top': 'top',
  'text-after-edge': 'bottom',
  'text-bottom': 'bottom',
  ideographic: 'ideographic',
};

function text(ctx: CanvasRenderingContext2D, el: Element, p: Paint, at: { x: number; y: number }): void {
  const x = el.hasAttribute('x') ? (numbers(el.getAttribute('x'))[0] ?? at.x) : at.x;
  const y = el.hasAttribute('y') ? (numbers(el.getAttribute('y'))[0] ?? at.y) : at.y;
  const pos = {
    x: x + length(el.getAttribute('dx'), p.fontSize),
    y: y + length(el.getAttribute('dy'), p.fontSize),
  };
  const runs = [...el.childNodes];
  for (const node of runs) {
    if (node.nodeType === Node.TEXT_NODE) {
      const content = (node.textContent ?? '').replace(/\s+/g, ' ');
      if (!content.trim()) continue;
      ctx.font = `${p.fontStyle} ${p.fontWeight} ${p.fontSize}px ${p.fontFamily}`;
      ctx.direction = p.direction;
      ctx.textAlign = p.anchor === 'middle' ? 'center' : p.anchor === 'end' ? 'end' : 'start';
      ctx.textBaseline = BASELINES[p.baseline] ?? 'alphabetic';
      const fitted = runs.length === 1 && el.getAttribute('lengthAdjust') === 'spacingAndGlyphs';
      const width = fitted ? num(el.getAttribute('textLength')) : 0;
      fillAndStroke(ctx, p, (mode) => {
        const draw = mode === 'fill' ? ctx.fillText : ctx.strokeText;
        if (width > 0) draw.call(ctx, content.trim(), pos.x, pos.y, width);
        else draw.call(ctx, content.trim(), pos.x, pos.y);
      });
      pos.x += ctx.measureText(content).width * (p.direction === 'rtl' ? -1 : 1);
    } else if (node instanceof Element && node.localName === 'tspan') {
      text(ctx, node, inherit(node, p), pos);
    }
  }
}

/** Paints `el` and its descendants with the paint inherited from its ancestors. */
export function paint(ctx: CanvasRenderingContext2D, el: Element, parent: Paint = INITIAL): void {
  const name = el.localName;
  if (name === 'title' || name === 'desc' || name === 'defs' || name === 'style' || name === 'clipPath')
    return;
  if (el.getAttribute('display') === 'none' || el.getAttribute('visibility') === 'hidden') return;
  const p = inherit(el, parent);
  ctx.save();
  const opacity = el.getAttribute('opacity');
  if (opacity !== null) ctx.globalAlpha *= num(opacity, 1);
  if (name === 'svg') {
    // A nested viewport: its position, its viewBox (xMidYMid meet), and its clip.
    const x = num(el.getAttribute('x'));
    const y = num(el.getAttribute('y'));
    const w = num(el.getAttribute('width'));
    const h = num(el.getAttribute('height'));
    ctx.translate(x, y);
    if (el.getAttribute('overflow') === 'hidden' && w > 0 && h > 0) {
      ctx.beginPath();
      ctx.rect(0, 0, w, h);
      ctx.clip();
    }
    const [bx = 0, by = 0, bw = 0, bh = 0] = numbers(el.getAttribute('viewBox'));
    if (bw > 0 && bh > 0 && w > 0 && h > 0) {
      if (el.getAttribute('preserveAspectRatio') === 'none') ctx.scale(w / bw, h / bh);
      else {
        const s = Math.min(w / bw, h / bh);
        ctx.translate((w - bw * s) / 2, (h - bh * s) / 2);
        ctx.scale(s, s);
      }
      ctx.translate(-bx, -by);
    }
  }
  transform(ctx, el.getAttribute('transform'));
  if (name === 'text') text(ctx, el, p, { x: 0, y: 0 });
  else {
    const outline = shape(el, p);
    if (outline) fillAndStroke(ctx, p, (mode) => (mode === 'fill' ? ctx.fill(outline) : ctx.stroke(outline)));
    else for (const child of el.children) paint(ctx, child, p);
  }
  ctx.restore();
}
