/**
 * Deterministic shuffles. Each learner gets a random seed once (stored with their
 * progress); mixing it with a question id gives an option order that differs between
 * learners but stays the same for one learner across visits.
 */

/** 32-bit FNV-1a hash of a string. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a small, well-distributed PRNG returning floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Returns a Fisher–Yates shuffled copy of `items`, driven by `random`. */
export function shuffle<T>(items: readonly T[], random: () => number = Math.random): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

/** Returns the indexes 0..length-1 in an order fixed by `seed` and `key`. */
export function stableOrder(length: number, seed: string, key: string): number[] {
  const indexes = Array.from({ length }, (_, index) => index);
  return shuffle(indexes, seededRandom(hashString(`${seed}:${key}`)));
}

/** Returns a fresh random seed for a new learner. */
export function newSeed(random: () => number = Math.random): string {
  return Math.floor(random() * 2 ** 32).toString(36);
}
