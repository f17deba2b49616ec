// What the element stories share: data URLs as real `src` values, and a request that never ends.

/** A data: URL is a real `src` the loader fetches, without a server behind the catalogue. */
export const dataUrl = (value: unknown) =>
  `data:application/json,${encodeURIComponent(JSON.stringify(value))}`;

/** A `src` that never answers while the story using `neverLoads` is shown. */
export const NEVER = '/__never__/data.json';

/**
 * A story's `beforeEach` that keeps requests to NEVER pending, so the loading skeleton stays on
 * screen; it restores `fetch` when the story is left.
 */
export const neverLoads = () => {
  const original = window.fetch;
  window.fetch = (input, init) =>
    String(input).includes(NEVER) ? new Promise<Response>(() => {}) : original(input, init);
  return () => {
    window.fetch = original;
  };
};
