/**
 * mulberry32: a tiny, fast 32-bit seeded PRNG. The same seed gives the same sequence on every run
 * and platform, which is what makes an injected fault (or a dropped event) reproducible.
 */
export type Random = () => number;

export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A second, independent stream from the same seed (so event decisions do not shift call decisions). */
export const deriveSeed = (seed: number, salt: number): number => (Math.imul(seed ^ salt, 0x9e3779b1) ^ salt) >>> 0;

/** A fresh random 32-bit seed, for plans that do not name one (it is reported, so it can be replayed). */
export const randomSeed = (): number => Math.floor(Math.random() * 4294967296) >>> 0;

/** Fisher–Yates shuffle of `items` in place, driven by `random`. */
export function shuffleInPlace<T>(items: T[], random: Random): T[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const a = items[i] as T;
    items[i] = items[j] as T;
    items[j] = a;
  }
  return items;
}
