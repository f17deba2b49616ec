// Counts what a page keeps alive on an element's behalf: pending timeouts, intervals, animation
// frames, fetches in flight, listeners on window and document, and what each ResizeObserver,
// IntersectionObserver and MutationObserver still observes. Imported before the elements (ES
// modules evaluate in import order), so every timer and observer they make is seen.
type Target = object;

/** Pending timeouts and where each was set (the stack), for a failure's message. */
const timeouts = new Map<number, string>();
const intervals = new Set<number>();
const frames = new Set<number>();
let inFlight = 0;
const listeners = new Map<string, number>();
const observed = new Map<object, Set<Target>>();

const { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci } = window;
const { requestAnimationFrame: raf, cancelAnimationFrame: caf } = window;
window.setTimeout = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
  // The test runner's own (its websocket's message timeouts) are not the page's: not counted.
  const runner = /__web-dev-server__/.test(new Error().stack ?? '');
  const id: number = st(() => {
    timeouts.delete(id);
    if (typeof fn == 'function') (fn as (...a: unknown[]) => void)(...args);
  }, ms);
  if (!runner)
    timeouts.set(
      id,
      `${ms ?? 0} ms ${new Error().stack?.split('\n').slice(2, 5).join(' <- ').replace(/\s+/g, ' ') ?? ''}`,
    );
  return id;
}) as typeof window.setTimeout;
window.clearTimeout = ((id?: number) => {
  if (id !== undefined) timeouts.delete(id);
  ct(id);
}) as typeof window.clearTimeout;
window.setInterval = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
  const id = si(fn, ms, ...args);
  intervals.add(id);
  return id;
}) as typeof window.setInterval;
window.clearInterval = ((id?: number) => {
  if (id !== undefined) intervals.delete(id);
  ci(id);
}) as typeof window.clearInterval;
window.requestAnimationFrame = (fn: FrameRequestCallback) => {
  const id = raf((t) => {
    frames.delete(id);
    fn(t);
  });
  frames.add(id);
  return id;
};
window.cancelAnimationFrame = (id: number) => {
  frames.delete(id);
  caf(id);
};

const realFetch = window.fetch.bind(window);
window.fetch = (...args: Parameters<typeof fetch>) => {
  inFlight++;
  const p = realFetch(...args);
  // Settled (answered, failed or aborted); a body nobody reads is the response's own business.
  void p.then(
    () => inFlight--,
    () => inFlight--,
  );
  return p;
};

const listenerIds = new WeakMap<object, number>();
let nextId = 0;
const idOf = (fn: object): number => {
  let id = listenerIds.get(fn);
  if (id === undefined) listenerIds.set(fn, (id = nextId++));
  return id;
};
const capture = (o: AddEventListenerOptions | EventListenerOptions | boolean | undefined) =>
  typeof o == 'boolean' ? o : !!o?.capture;
for (const host of [window, document] as EventTarget[]) {
  const name = host === window ? 'window' : 'document';
  const add = host.addEventListener.bind(host);
  const remove = host.removeEventListener.bind(host);
  host.addEventListener = (type, fn, o) => {
    if (fn) {
      // One entry per (type, listener, capture), as the platform counts them.
      const key = `${name} ${type} ${idOf(fn)} ${capture(o)}`;
      if (!listeners.has(key)) {
        listeners.set(key, 1);
        const forget = () => listeners.delete(key);
        if (typeof o == 'object' && o.once) add(type, forget, { once: true, capture: capture(o) });
        if (typeof o == 'object' && o.signal) o.signal.addEventListener('abort', forget, { once: true });
      }
    }
    add(type, fn, o);
  };
  host.removeEventListener = (type, fn, o) => {
    if (fn) listeners.delete(`${name} ${type} ${idOf(fn)} ${capture(o)}`);
    remove(type, fn, o);
  };
}

for (const name of ['ResizeObserver', 'IntersectionObserver', 'MutationObserver'] as const) {
  const Real = window[name] as unknown as new (...a: never[]) => {
    observe(t: Target, o?: unknown): void;
    unobserve?(t: Target): void;
    disconnect(): void;
  };
  class Tracked extends Real {
    override observe(t: Target, o?: unknown) {
      let set = observed.get(this);
      if (!set) observed.set(this, (set = new Set()));
      set.add(t);
      super.observe(t, o);
    }
    override unobserve(t: Target) {
      observed.get(this)?.delete(t);
      super.unobserve?.(t);
    }
    override disconnect() {
      observed.delete(this);
      super.disconnect();
    }
  }
  (window as unknown as Record<string, unknown>)[name] = Tracked;
}

/** What is alive now. */
export function alive() {
  let detachedTargets = 0;
  for (const set of observed.values())
    for (const t of set) if (t instanceof Node && !t.isConnected) detachedTargets++;
  return {
    timeouts: timeouts.size,
    intervals: intervals.size,
    frames: frames.size,
    fetches: inFlight,
    listeners: listeners.size,
    /** Which listeners (`window resize 12 false`) and timeouts, for a failure's message. */
    listenerKeys: [...listeners.keys()],
    timeoutSites: [...timeouts.values()],
    /** Nodes out of the document that an observer still watches. */
    detachedTargets,
  };
}
export type Alive = ReturnType<typeof alive>;
