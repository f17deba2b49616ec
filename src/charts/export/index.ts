// The export engine of the chart elements (issue 16): CSV from an element's data table, SVG from a
// snapshot of its shadow DOM, PNG painted from that SVG. Loaded on first use with a dynamic import,
// so a page that never exports never downloads it.
//
// Strict pages: under `default-src 'self'` an SVG cannot be drawn through an <img> (a blob: or data:
// URL is not 'self'), and under Trusted Types `DOMParser.parseFromString` is a sink. So the
// snapshot is built as an XML document with DOM calls (createElementNS, setAttribute, textContent),
// serialized for toSVG, and the same document is painted onto a canvas for toPNG.
export { toCSV } from './csv.js';
export type { ExportTable } from './csv.js';
import { paint } from './paint.js';
import { snapshot } from './snapshot.js';

/** Options of `toSVG`: a `<title>` for the image (the element's name). */
export interface SvgOptions {
  title?: string;
}

/** Options of `toPNG`: `scale` (default 2, 1–4) times the element's CSS size. */
export interface PngOptions extends SvgOptions {
  scale?: number;
}

/**
 * A standalone SVG document that looks like `host` does on screen: its boxes, texts and inline
 * SVG with the colours and fonts the page resolved (no `var()`, no class, no script, no external
 * reference), in a viewBox of the host's size.
 */
export function toSVG(host: HTMLElement, options: SvgOptions = {}): string {
  return new XMLSerializer().serializeToString(snapshot(host, options.title));
}

/** A PNG of `host`, painted from the same SVG document `toSVG` serializes. */
export function toPNG(host: HTMLElement, options: PngOptions = {}): Promise<Blob> {
  const scale = Math.min(4, Math.max(1, Number.isFinite(options.scale) ? options.scale! : 2));
  const doc = snapshot(host, options.title);
  const svg = doc.documentElement as unknown as SVGSVGElement;
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const ctx = canvas.getContext('2d')!;
  ctx.scale(canvas.width / Math.max(width, 1e-9), canvas.height / Math.max(height, 1e-9));
  paint(ctx, svg);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be encoded'))),
      'image/png',
    ),
  );
}

export { menu, fileName, download } from './menu.js';
export type { ExportFormat, ExportMenu, Exporting } from './menu.js';
export { messages } from './messages.js';
