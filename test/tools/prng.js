// mulberry32 (Tommy Ettinger's 32-bit PRNG): a small, fast, seeded stream, uniform in [0, 1).
// The one seeded random source of the tests and the benchmark (Node and the bench pages load it
// as it is; test/tools/prng.d.ts types it for the TypeScript tests), so generated data is the
// same on every machine and in every run.

/** @param {number} seed */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
