/** Metrics of generated titles against editors' headlines, shared by `bench/editorial.mjs` and `scripts/train-title.mjs`. */

const WORD = /[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu;

/** Lowercased word unigrams. */
export const words = (text) => (text.match(WORD) ?? []).map((w) => w.toLowerCase());

/** ROUGE-1 F1 of `ours` against `theirs` (clipped unigram counts), 0–1. */
export function rouge1(ours, theirs) {
  const a = words(ours);
  const b = words(theirs);
  if (a.length === 0 || b.length === 0) return 0;
  const count = new Map();
  for (const w of b) count.set(w, (count.get(w) ?? 0) + 1);
  let overlap = 0;
  for (const w of a) {
    const n = count.get(w) ?? 0;
    if (n > 0) {
      overlap++;
      count.set(w, n - 1);
    }
  }
  if (overlap === 0) return 0;
  const p = overlap / a.length;
  const r = overlap / b.length;
  return (2 * p * r) / (p + r);
}
