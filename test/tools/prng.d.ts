/** mulberry32: a seeded stream of numbers uniform in [0, 1) (test/tools/prng.js). */
export function mulberry32(seed: number): () => number;
