// Helpers of the export tests: real elements rendered with small data, and readers of SVG and PNG.
import { fixture } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import '../../../src/components/nps-gauge/index.js';
import '../../../src/components/funnel-view/index.js';
import '../../../src/components/churn-trend/index.js';
import '../../../src/components/kpi-card/index.js';
import '../../../src/components/breakdown-bars/index.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Renders `template` inside a wrapper of that language and direction; resolves with `tag` once it is ready and laid out. */
export async function render<T extends HTMLElement = HTMLElement>(
  lang: 'en' | 'fa' | 'ar',
  template: TemplateResult,
): Promise<T> {
  const dir = lang == 'en' ? 'ltr' : 'rtl';
  const wrap = await fixture<HTMLElement>(
    html`<div lang=${lang} dir=${dir} style="width: 360px">${template}</div>`,
  );
  const el = wrap.firstElementChild as T & { updateComplete?: Promise<unknown> };
  for (let i = 0; i < 300 && (el.getAttribute('state') ?? 'loading') == 'loading'; i++)
    await new Promise((r) => setTimeout(r, 10));
  await el.updateComplete;
  await frame();
  await frame();
  await el.updateComplete;
  return el;
}

export const gauge = (theme = 'light') =>
  html`<nps-gauge theme=${theme} promoters="60" passives="25" detractors="15"></nps-gauge>`;
export const funnel = (theme = 'light', first = 'Visits') =>
  html`<funnel-view
    theme=${theme}
    stages=${JSON.stringify([
      { label: first, value: 1200 },
      { label: 'Leads', value: 300 },
      { label: 'Customers', value: 42 },
    ])}
  ></funnel-view>`;
export const churn = (theme = 'light') =>
  html`<churn-trend
    theme=${theme}
    points=${JSON.stringify([
      { date: '2025-01-31', rate: 0.04 },
      { date: '2025-02-28', rate: 0.03 },
      { date: '2025-03-31', rate: 0.05 },
    ])}
  ></churn-trend>`;
export const bars = (theme = 'light') =>
  html`<breakdown-bars
    theme=${theme}
    items=${JSON.stringify([
      { label: 'Web', value: 500 },
      { label: 'Ads', value: 300 },
    ])}
  ></breakdown-bars>`;
export const kpi = (theme = 'light') =>
  html`<kpi-card theme=${theme} metric="cac" spend="125000" new-customers="410"></kpi-card>`;

/** Parses an SVG string; fails the test on a parser error. */
export function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  if (doc.querySelector('parsererror'))
    throw new Error(`SVG does not parse: ${doc.querySelector('parsererror')!.textContent}`);
  return doc;
}

/** The texts of every <text> of an SVG document, in order. */
export const texts = (doc: Document): string[] =>
  [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');

/** The PNG signature and the IHDR width and height (bytes 16–23, big-endian). */
export async function pngSize(blob: Blob): Promise<{ signature: boolean; width: number; height: number }> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => bytes[i] == b);
  const view = new DataView(bytes.buffer);
  const ihdr = String.fromCharCode(...bytes.slice(12, 16));
  return { signature: sig && ihdr == 'IHDR', width: view.getUint32(16), height: view.getUint32(20) };
}

/** The RGBA pixels of a PNG blob, decoded by the browser. */
export async function pixels(blob: Blob): Promise<ImageData> {
  const bitmap = await createImageBitmap(blob);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  return ctx.getImageData(0, 0, bitmap.width, bitmap.height);
}

/** An rgb()/rgba() colour as [r, g, b]. */
export const rgb = (c: string): [number, number, number] => {
  const m = c.match(/[\d.]+/g)!.map(Number);
  return [m[0]!, m[1]!, m[2]!];
};

/** How many opaque pixels are within `tol` of a colour. */
export function count(img: ImageData, [r, g, b]: [number, number, number], tol = 6): number {
  let k = 0;
  const d = img.data;
  for (let i = 0; i < d.length; i += 4)
    if (
      d[i + 3]! > 250 &&
      Math.abs(d[i]! - r) <= tol &&
      Math.abs(d[i + 1]! - g) <= tol &&
      Math.abs(d[i + 2]! - b) <= tol
    )
      k++;
  return k;
}
