/**
 * 32-bit hashes of the tagger's features. A model stores hashes, never feature strings: it loads as a few typed
 * arrays with nothing to parse. Two features that share a hash share a weight (about one pair in a model).
 */

/** FNV-1a of `text`, continuing from `seed` (use `FNV_OFFSET` to start). */
export function hashString(text: string, seed = FNV_OFFSET): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** FNV-1a of `text.slice(from, to)` without making the slice. */
export function hashRange(text: string, from: number, to: number, seed = FNV_OFFSET): number {
  let h = seed;
  for (let i = from; i < to; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export const FNV_OFFSET = 0x811c9dc5;

/** Combines a hash with a small integer or another hash (murmur3's finaliser over the mix). */
export function mix(h: number, value: number): number {
  let x = (h ^ Math.imul(value + 0x9e3779b9, 0x85ebca6b)) >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}
