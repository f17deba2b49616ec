// Long-lived dashboards: 1 000 create/remove cycles of an element (each element's
// leaks.test.ts calls `leakTest`), each chart fed by `src` with `refresh`, each survey a popover
// waiting to appear. Most cycles remove the element while its fetch is in flight; every tenth
// waits until it is ready, its refresh armed. Afterwards nothing
// the elements made may be left: no timer, interval or animation frame, no fetch in flight, no
// listener on window or document, no observer watching a removed node; and the JS heap, after a
// garbage collection, within 1 MB of where it was after the warm-up (the figures are printed).
import { alive, type Alive } from './leak-tracker.js';
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

type Heap = {
  usedSize: number;
  totalSize: number;
  documents: number;
  nodes: number;
  jsEventListeners: number;
};
const heap = () => executeServerCommand<Heap, undefined>('heap');

const CYCLES = 1000;
const WARM_UP = 50;

const collect = `/__test__/collect?id=leaks&steps=${encodeURIComponent('[{"status":201}]')}`;
/** A survey's cycle: a popover whose timer is waiting to show it. */
export const SURVEY = { action: collect, mode: 'popover', delay: '60', 'throttle-days': '0' };
/** A JSON body served by the test server. */
export const json = (body: unknown) => `/__test__/json?body=${encodeURIComponent(JSON.stringify(body))}`;

const settled = (el: HTMLElement) =>
  new Promise<void>((resolve) => {
    const done = () => resolve();
    el.addEventListener('crm-data', done, { once: true });
    el.addEventListener('crm-error', done, { once: true });
  });

async function cycle(tag: string, attrs: Record<string, string>, host: HTMLElement, wait: boolean) {
  const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean> };
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if ('src' in attrs) el.setAttribute('refresh', '1');
  const ready = 'src' in attrs ? settled(el) : undefined;
  host.append(el);
  await el.updateComplete;
  if (wait && ready) await ready;
  el.remove();
}

/** Waits (a few frames, then up to 2 s) until nothing is in flight or pending. */
async function quiet(): Promise<Alive> {
  // The test runner's own timeouts (its websocket's, e.g. of the heap command) are not the element's.
  for (let i = 0; i < 100; i++) {
    await new Promise((r) => setTimeout(r, 20));
    const a = alive();
    if (!a.fetches && !a.timeouts && !a.frames) return a;
  }
  return alive();
}

/** The leak test of one element (imported first: leak-tracker.js must see the element's module load). */
export function leakTest(tag: string, attrs: Record<string, string>): void {
  describe(`<${tag}>: 1 000 create/remove cycles`, () => {
    let host: HTMLElement;
    before(() => {
      host = document.createElement('div');
      document.body.append(host);
    });
    after(() => host.remove());

    {
      it(`leave no timer, fetch, listener or observer; heap within 1 MB`, async function (this: {
        timeout(ms: number): void;
      }) {
        this.timeout(110_000);
        for (let i = 0; i < WARM_UP; i++) await cycle(tag, attrs, host, i % 10 == 0);
        const start = await quiet();
        const before = await heap();
        for (let i = 0; i < CYCLES; i++) await cycle(tag, attrs, host, i % 10 == 0);
        const end = await quiet();
        const afterwards = await heap();
        const grown = afterwards.usedSize - before.usedSize;
        console.log(
          `leaks <${tag}>: ${CYCLES} cycles, heap ${(before.usedSize / 1e6).toFixed(2)} → ${(afterwards.usedSize / 1e6).toFixed(2)} MB (${grown >= 0 ? '+' : ''}${(grown / 1024).toFixed(0)} KiB), DOM nodes ${before.nodes} → ${afterwards.nodes}, JS listeners ${before.jsEventListeners} → ${afterwards.jsEventListeners}`,
        );
        expect(host.childElementCount).to.equal(0);
        expect({ ...end, listenerKeys: undefined, timeoutSites: undefined }).to.deep.equal(
          { ...start, listenerKeys: undefined, timeoutSites: undefined },
          `left: ${JSON.stringify(end)}`,
        );
        expect(end.timeouts, 'timeouts').to.equal(0);
        expect(end.intervals, 'intervals').to.equal(0);
        expect(end.fetches, 'fetches in flight').to.equal(0);
        expect(end.detachedTargets, 'observed nodes out of the document').to.equal(0);
        expect(afterwards.jsEventListeners, 'JS event listeners').to.be.at.most(before.jsEventListeners);
        expect(afterwards.nodes - before.nodes, 'DOM nodes').to.be.below(200);
        expect(grown, 'heap growth in bytes').to.be.below(1024 * 1024);
      });
    }
  });
}
