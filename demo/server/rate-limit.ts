// A token bucket per client: `perMinute` requests a minute on average, `burst` at once. Kept in
// memory, so each collector instance counts its own clients (behind a load balancer, put the limit
// in the balancer too).

export class RateLimiter {
  readonly #buckets = new Map<string, { tokens: number; at: number }>();
  readonly #rate: number;

  constructor(
    perMinute: number,
    readonly burst: number,
    readonly now: () => number = () => performance.now(),
  ) {
    this.#rate = perMinute / 60_000;
  }

  /** Takes one token for `client`: 0 when allowed, else the whole seconds to wait (Retry-After). */
  take(client: string): number {
    if (!this.#rate) return 0;
    const t = this.now();
    const b = this.#buckets.get(client) ?? { tokens: this.burst, at: t };
    b.tokens = Math.min(this.burst, b.tokens + (t - b.at) * this.#rate);
    b.at = t;
    if (this.#buckets.size > 10_000) this.#prune(t);
    this.#buckets.set(client, b);
    if (b.tokens >= 1) {
      b.tokens--;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - b.tokens) / this.#rate / 1000));
  }

  /** Forgets the clients whose bucket is full again. */
  #prune(t: number) {
    for (const [k, b] of this.#buckets)
      if (b.tokens + (t - b.at) * this.#rate >= this.burst) this.#buckets.delete(k);
  }
}
