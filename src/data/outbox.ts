// The outbox: JSON POSTs that must reach their server exactly once, whatever the network does.
//
// Every POST is written to localStorage *before* it is sent and deleted only after a 2xx (or a
// final 4xx), so a failure, a closed tab or a crash leaves it there for the next try. Each entry
// carries an idempotency key (`id`) and a `revision` that only grows per id: a newer body with the
// same id replaces an older one not yet delivered (never the other way round), a retry re-sends
// its own revision, and the server keeps, per id, the body with the highest revision, so a retry
// that reaches it twice changes nothing and a slow older request that it commits last loses.
//
// When it is tried: at once; after a failure (network error, timeout, 5xx, 429) with exponential
// backoff (2 s, 4 s, 8 s … up to an hour, jittered; a 429's Retry-After in seconds wins); at once on
// `online` and on a page restored from the back/forward cache; on the next page load that starts
// the outbox; and on `pagehide` with `fetch(…, { keepalive: true })`, which outlives the page.
// Not `navigator.sendBeacon`: it always sends cookies, so across origins it needs credentialed
// CORS, and Chromium preflights a JSON beacon and then may never send it.
//
// Concurrency: one request per entry at a time in a page (a newer body waits for the answer to the
// older one, then goes); across tabs, an entry being sent is leased (`lease`, until its timeout
// runs out) so another tab leaves it alone.
import { readJson, writeJson } from './storage.js';

/** The localStorage key of the outbox: an array of `OutboxEntry`. */
export const OUTBOX_KEY = 'crm-widgets:outbox';
/** At most this many entries are kept; beyond it the oldest is dropped (and reported). */
export const OUTBOX_LIMIT = 50;

/** What a caller hands the outbox. */
export interface OutboxItem {
  /** Idempotency key: the server upserts by it; a newer body with the same id replaces an undelivered older one. */
  id: string;
  /** Absolute URL the body is POSTed to as `application/json`. */
  url: string;
  body: unknown;
  /**
   * The body's revision (the same number as in the body): it only grows per id. A stored entry
   * with a higher revision is kept when an older one is handed in.
   */
  revision?: number;
  credentials?: RequestCredentials;
  /** Seconds before one attempt gives up (default 10). */
  timeout?: number;
}

/** One stored entry. */
export interface OutboxEntry extends OutboxItem {
  /** Failed attempts so far. */
  attempts: number;
  /** Epoch ms of the next attempt. */
  due: number;
  /** Epoch ms until which a page is sending it (others leave it alone). */
  lease?: number;
}

/**
 * What happened to an entry: `sent` (2xx; deleted), `rejected` (4xx other than 429; deleted, not
 * retried), `retry` (network error, timeout, 5xx or 429; kept, tried again at `due`), `dropped`
 * (pushed out by the limit).
 */
export interface OutboxReport {
  outcome: 'sent' | 'rejected' | 'retry' | 'dropped';
  entry: OutboxEntry;
  /** The HTTP status, when there was an answer. */
  status?: number;
  /** Why a retry: `http` (5xx, 429), `timeout` or `network`. */
  kind?: 'http' | 'timeout' | 'network';
}

const listeners = new Set<(report: OutboxReport) => void>();
const inflight = new Set<string>();
let timer: ReturnType<typeof setTimeout> | undefined;
let started = false;

const keyOf = (e: OutboxItem) => `${e.id} ${e.url}`;
const seconds = (e: OutboxItem) => (e.timeout ?? 10) * 1000;

/** The stored entries (an unreadable or foreign value counts as empty). */
export const outboxEntries = (): OutboxEntry[] => {
  const list = readJson<OutboxEntry[]>(OUTBOX_KEY);
  return Array.isArray(list)
    ? list.filter((e) => e && typeof e.id == 'string' && typeof e.url == 'string')
    : [];
};
const save = (list: OutboxEntry[]) => writeJson(OUTBOX_KEY, list.length ? list : undefined);

/**
 * Replaces the stored entry with the key of `entry` by `next(stored)` (removed when undefined),
 * but only while it still holds the body `json`: a newer body stored meanwhile is left alone.
 */
function update(entry: OutboxEntry, json: string, next: (e: OutboxEntry) => OutboxEntry | undefined) {
  const list = outboxEntries();
  const i = list.findIndex((e) => keyOf(e) == keyOf(entry) && JSON.stringify(e.body) == json);
  if (i < 0) return;
  const e = next(list[i]!);
  if (e) list[i] = e;
  else list.splice(i, 1);
  save(list);
}

const report = (r: OutboxReport) => listeners.forEach((fn) => fn(r));

/** Calls `fn` with every report of this page's outbox; returns the unsubscribe function. */
export function onOutboxReport(fn: (report: OutboxReport) => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** True for an answer after which an entry is done with: 2xx, or 4xx other than 429. */
const final = (status: number) =>
  (status >= 200 && status < 300) || (status >= 400 && status < 500 && status != 429);

const post = (e: OutboxEntry, json: string, init: RequestInit) =>
  fetch(e.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: json,
    credentials: e.credentials,
    ...init,
  });

async function send(entry: OutboxEntry): Promise<void> {
  const key = keyOf(entry);
  const json = JSON.stringify(entry.body);
  inflight.add(key);
  update(entry, json, (e) => ({ ...e, lease: Date.now() + seconds(e) + 5000 }));
  let status = 0;
  let wait = 0;
  let kind: OutboxReport['kind'] = 'http';
  try {
    const res = await post(entry, json, { signal: AbortSignal.timeout(seconds(entry)) });
    status = res.status;
    wait = Number(res.headers.get('retry-after')) * 1000 || 0;
  } catch (error) {
    kind = (error as Error).name == 'TimeoutError' ? 'timeout' : 'network';
  }
  inflight.delete(key);
  const attempts = entry.attempts + 1;
  const due =
    Date.now() + Math.max(wait, Math.min(2000 * 2 ** entry.attempts, 3_600_000) * (0.5 + Math.random() / 2));
  const done = final(status);
  update(entry, json, (e) => (done ? undefined : { ...e, attempts, due, lease: undefined }));
  report(
    done
      ? { outcome: status < 300 ? 'sent' : 'rejected', entry, status }
      : { outcome: 'retry', entry: { ...entry, attempts, due }, status: status || undefined, kind },
  );
  flushOutbox();
}

/**
 * Sends every entry that is due (`all`: every entry) and not being sent, then sets a timer for the
 * next one due.
 */
export function flushOutbox(all = false): void {
  const now = Date.now();
  let next = Infinity;
  for (const e of outboxEntries()) {
    if (inflight.has(keyOf(e))) continue;
    const at = Math.max(all ? 0 : e.due, e.lease ?? 0);
    if (at <= now) void send(e);
    else next = Math.min(next, at);
  }
  clearTimeout(timer);
  if (next < Infinity) timer = setTimeout(flushOutbox, next - now);
}

/** Last resort as the page goes away: every entry not leased by another page, with keepalive. */
function lastResort() {
  const now = Date.now();
  for (const e of outboxEntries()) {
    if (!(e.lease! > now) || inflight.has(keyOf(e))) {
      const json = JSON.stringify(e.body);
      // If the page lives on (back/forward cache), the answer still settles the entry.
      post(e, json, { keepalive: true }).then(
        (res) => final(res.status) && update(e, json, () => undefined),
        () => undefined,
      );
    }
  }
}

/**
 * Starts the outbox in this page (once): sends what earlier pages left behind at once, and listens for
 * `online`, `pageshow` (back/forward cache) and `pagehide`.
 */
export function startOutbox(): void {
  if (started) return;
  started = true;
  addEventListener('online', () => flushOutbox(true));
  addEventListener('pageshow', (e) => {
    if (e.persisted) flushOutbox(true);
  });
  addEventListener('pagehide', lastResort);
  // A new page is a new chance: what earlier pages left goes now, whatever its backoff said.
  flushOutbox(true);
}

/**
 * Stores `item` (replacing an undelivered entry with the same id and URL, unless that one has a
 * higher revision) and sends it at once.
 * Returns the entries dropped to keep the outbox at `OUTBOX_LIMIT` (oldest first), also reported
 * as `dropped`.
 */
export function enqueue(item: OutboxItem): OutboxEntry[] {
  startOutbox();
  let list = outboxEntries();
  if (list.some((e) => keyOf(e) == keyOf(item) && e.revision! > item.revision!)) return (flushOutbox(), []);
  list = list.filter((e) => keyOf(e) != keyOf(item));
  list.push({ ...item, attempts: 0, due: Date.now() });
  const dropped = list.splice(0, Math.max(0, list.length - OUTBOX_LIMIT));
  save(list);
  for (const entry of dropped) report({ outcome: 'dropped', entry });
  flushOutbox();
  return dropped;
}
