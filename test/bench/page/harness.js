// The in-page half of the benchmark, loaded unbundled by every contender's page before that
// contender's bundle. It makes the data (seeded, identical for every contender), converts it to
// the contender's input form, and times "create (or update) → two animation frames after".
// Everything that is not the contender's own work happens in `setup`, before any timing.
//
// A peer's bundle sets `window.benchAdapter` (see test/bench/peers/); a kit page names its tag in
// <html data-kit="churn-trend"> and is driven by the kit adapter below.

// Served beside this file from the build folder (test/bench/bundles.mjs copies test/tools/prng.js).
import { mulberry32 as prng } from './prng.js';

const DAY = 864e5;
const EPOCH_2000 = Date.UTC(2000, 0, 1);
/** Longest wait for a kit drawing that is not there two frames after creation. */
const PATIENCE_MS = 10_000;

/** The raw data of each kind. */
const make = {
  gauge: () => ({ promoters: 412, passives: 180, detractors: 96 }),
  /** Decreasing stage values: each 80–98 % of the one before. */
  funnel(n, seed) {
    const random = prng(seed);
    const stages = [];
    let value = 100_000;
    for (let i = 0; i < n; i++) {
      stages.push({ label: `Stage ${i + 1}`, value });
      value = Math.min(value - 1, Math.round(value * (0.8 + 0.18 * random())));
    }
    return { stages };
  },
  /**
   * Leads by source: `n` sources with counts sorted descending (each 70–97 % of the one before,
   * at least 1), the first eight named as a CRM names them.
   */
  bars(n, seed) {
    const random = prng(seed);
    const names = ['Web', 'Referral', 'Email', 'Events', 'Paid search', 'Social', 'Partners', 'Cold calls'];
    const items = [];
    let value = 100_000;
    for (let i = 0; i < n; i++) {
      items.push({ label: names[i] ?? `Campaign ${i - names.length + 1}`, value });
      value = Math.max(1, Math.min(value - 1, Math.round(value * (0.7 + 0.27 * random()))));
    }
    return { items };
  },
  /** Support tickets, one every 10 minutes from 2000-01-01: answered within 0–8 h, most resolved. */
  tickets(n, seed) {
    const random = prng(seed);
    const tickets = [];
    for (let i = 0; i < n; i++) {
      const opened = EPOCH_2000 + i * 6e5;
      const firstResponse = opened + Math.round(random() * random() * 8 * 36e5);
      tickets.push(
        random() < 0.9
          ? { opened, firstResponse, resolved: firstResponse + Math.round(random() * 48 * 36e5) }
          : { opened },
      );
    }
    return { tickets };
  },
  /** One churn rate per day from 2000-01-01 (UTC): a random walk kept inside 0…0.2. */
  trend(n, seed) {
    const random = prng(seed);
    const dates = new Float64Array(n);
    const rates = new Float64Array(n);
    let rate = 0.05;
    for (let i = 0; i < n; i++) {
      rate += (random() - 0.5) * 0.004;
      if (rate < 0) rate = -rate;
      if (rate > 0.2) rate = 0.4 - rate;
      dates[i] = EPOCH_2000 + i * DAY;
      rates[i] = rate;
    }
    return { dates, rates };
  },
};

const PAD = Array.from({ length: 32 }, (_, i) => String(i).padStart(2, '0'));
/**
 * 'YYYY-MM-DD' of a UTC midnight, by day arithmetic (civil-from-days): three times faster than
 * toISOString() over a million dates, which only shortens the untimed setup.
 */
function isoDay(t) {
  const z = Math.floor(t / DAY) + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const m = mp < 10 ? mp + 3 : mp - 9;
  return `${yoe + era * 400 + (m <= 2 ? 1 : 0)}-${PAD[m]}-${PAD[doy - Math.floor((153 * mp + 2) / 5) + 1]}`;
}
for (const t of [EPOCH_2000, EPOCH_2000 + 59 * DAY, EPOCH_2000 + 999_999 * DAY]) {
  if (isoDay(t) !== new Date(t).toISOString().slice(0, 10)) throw new Error(`isoDay(${t}) is wrong`);
}

/** Raw data → the input a contender is given. Trend forms only; gauges and funnels pass through. */
const forms = {
  /** The kit's columnar form: the typed arrays themselves. */
  columnar: ({ dates, rates }) => ({ dates, rates }),
  iso: ({ dates, rates }) => ({ points: Array.from(dates, (t, i) => ({ date: isoDay(t), rate: rates[i] })) }),
  epoch: ({ dates, rates }) => ({ points: Array.from(dates, (t, i) => ({ date: t, rate: rates[i] })) }),
  /** ECharts: [[t, v], …]. */
  pairs: ({ dates, rates }) => Array.from(dates, (t, i) => [t, rates[i]]),
  /** Chart.js with parsing: false: [{ x, y }, …]. */
  xy: ({ dates, rates }) => Array.from(dates, (t, i) => ({ x: t, y: rates[i] })),
};

/** What each kit element draws once it has rendered its data. */
const drawing = {
  'nps-gauge': (root) => !!root.querySelector('[part~="needle"]'),
  'funnel-view': (root) => !!root.querySelector('[part~="band"]'),
  'churn-trend': (root) => !!root.querySelector('[part~="line"]')?.getAttribute('d'),
  // Every item its own bar with a fill (values ≥ 1), none folded into "Other".
  'kpi-card': (root) => !!root.querySelector('[part~="value"]')?.textContent?.trim(),
  'breakdown-bars': (root) =>
    !root.querySelector('[part~="other"]') &&
    root.querySelectorAll('[part~="bar"] [part~="fill"]').length === state.input.items.length,
};

/** The kit adapter: `document.createElement`, the case's properties and data, then append into the box. */
function kitAdapter(tag) {
  const signature = (el) => el.shadowRoot?.querySelector('[part~="line"]')?.getAttribute('d') ?? '';
  return {
    create(box, input, variant, props) {
      const el = document.createElement(tag);
      Object.assign(el, props);
      el.data = input;
      box.append(el);
      return el;
    },
    update(el, input) {
      el.data = input;
    },
    /** Rendering has ended: ready with its drawing, or empty/error (which fail the check). */
    done(el, before) {
      const state = el.getAttribute('state');
      if (state === 'error' || state === 'empty') return true;
      return state === 'ready' && !!el.shadowRoot && drawing[tag](el.shadowRoot) && signature(el) !== before;
    },
    check(el) {
      const state = el.getAttribute('state') ?? 'none';
      const drawn = !!el.shadowRoot && drawing[tag](el.shadowRoot);
      return {
        ok: state === 'ready' && drawn,
        state: state === 'ready' && !drawn ? 'ready, nothing drawn' : state,
        text: el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 400) ?? '',
      };
    },
    signature,
  };
}

/** FNV-1a over a canvas's pixels (every 7th byte): tells whether a canvas is blank or changed. */
function pixels(canvas) {
  if (!canvas || !canvas.width || !canvas.height) return { ink: false, hash: 0 };
  const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
  let hash = 0x811c9dc5;
  let ink = false;
  for (let i = 3; i < data.length; i += 4) if (data[i]) ink = true;
  for (let i = 0; i < data.length; i += 7) hash = Math.imul(hash ^ data[i], 16777619);
  return { ink, hash };
}

/** Peers draw synchronously (animation off): done once the frames have passed. */
function peerAdapter(peer) {
  return {
    create: (box, input, variant) => peer.create(box, input, variant),
    update: (handle, input) => peer.update(handle, input),
    done: () => true,
    check(handle) {
      const { ink } = pixels(peer.canvas(handle));
      return { ok: ink, state: ink ? 'ready' : 'blank canvas', text: '' };
    },
    signature: (handle) => String(pixels(peer.canvas(handle)).hash),
  };
}

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

let adapter;
const kitTag = document.documentElement.dataset.kit;
/** Per page: the inputs, the boxes and the handles of what was created. */
const state = {
  input: undefined,
  next: undefined,
  variant: undefined,
  props: undefined,
  boxes: [],
  handles: [],
  errors: [],
};

/** Times `start()` to two animation frames after it; a kit not done by then is waited for (≤ 10 s). */
async function timed(start, before) {
  const t0 = performance.now();
  let handle;
  try {
    handle = start();
  } catch (e) {
    state.errors.push(String(e?.stack ?? e));
    return { wall: performance.now() - t0, handle: undefined };
  }
  await frame();
  await frame();
  while (!adapter.done(handle, before) && performance.now() - t0 < PATIENCE_MS) await frame();
  return { wall: performance.now() - t0, handle };
}

window.bench = {
  get ready() {
    adapter ??= kitTag
      ? customElements.get(kitTag) && kitAdapter(kitTag)
      : window.benchAdapter && peerAdapter(window.benchAdapter);
    return !!adapter;
  },
  /**
   * Untimed: makes the data and converts it (`form`), and a second series for an update, then
   * lays out `boxes` empty 800×400 containers. `props` are set on a kit element before its data.
   */
  setup({ kind, n, seed, form, variant, props, update, boxes = 1 }) {
    const convert = form ? forms[form] : (x) => x;
    state.input = convert(make[kind](n, seed));
    state.next = update ? convert(make[kind](n, seed + 1)) : undefined;
    state.variant = variant;
    state.props = props;
    for (let i = 0; i < boxes; i++) {
      const box = document.createElement('div');
      box.className = 'box';
      document.body.append(box);
      state.boxes.push(box);
    }
    // Kept referenced from window so that a heap reading before and after the render holds them both.
    window.benchInput = state;
    return { boxes: state.boxes.length };
  },
  /** Timed: creates the contender in box `i` with the data. */
  async render(i = 0) {
    const { wall, handle } = await timed(() =>
      adapter.create(state.boxes[i], state.input, state.variant ?? {}, state.props),
    );
    state.handles[i] = handle;
    return { wall };
  },
  /** Timed: gives the first instance the second series. */
  async update() {
    const handle = state.handles[0];
    const before = adapter.signature(handle);
    const { wall } = await timed(() => {
      adapter.update(handle, state.next);
      return handle;
    }, before);
    return { wall };
  },
  signature: (i = 0) => (state.handles[i] ? adapter.signature(state.handles[i]) : ''),
  /** Untimed: did instance `i` draw? (`error`/`empty` or no drawing fail). */
  check(i = 0) {
    if (state.errors.length) return { ok: false, state: 'threw', text: state.errors.join('\n') };
    if (!state.handles[i]) return { ok: false, state: 'missing', text: '' };
    return adapter.check(state.handles[i]);
  },
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
