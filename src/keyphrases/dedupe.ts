/**
 * Choosing the list from the ranked candidates without near-duplicates. Overlapping phrases are weighed by where
 * they occur in the text, not by their letters:
 * - a shorter phrase inside a chosen one (`Huang` in `Jensen Huang`) is kept only when it also occurs on its own,
 *   mostly (`chip` alongside `chip AI`) or more often than the chosen one occurs at all;
 * - a longer phrase around a chosen one (`chip AI` around `chip`) is kept when it recurs and the chosen one has
 *   no other extension yet (so not `chip AI China` as well);
 * - phrases that only partly overlap (`pembatasan ekspor`, `ekspor teknologi`) are kept when they mostly occur
 *   apart.
 */
import type { Candidate, TokenRange } from './candidates.js';

/** A candidate with its score, as the ranking hands it over. */
export interface Ranked {
  candidate: Candidate;
  score: number;
}

/** True when `inner` is a contiguous run of the words of `outer`. */
function contains(outer: readonly string[], inner: readonly string[]): boolean {
  if (inner.length >= outer.length) return false;
  for (let i = 0; i + inner.length <= outer.length; i++) {
    let match = true;
    for (let j = 0; j < inner.length && match; j++) match = outer[i + j] === inner[j];
    if (match) return true;
  }
  return false;
}

/** Share of the occurrences of `a` that overlap an occurrence of `b` in the text. */
function overlapShare(a: readonly TokenRange[], b: readonly TokenRange[]): number {
  if (a.length === 0) return 0;
  let hits = 0;
  let j = 0;
  for (const span of a) {
    while (j < b.length && (b[j]?.end ?? 0) <= span.start) j++;
    // b is sorted by start; look at the few that may overlap.
    for (let k = j; k < b.length; k++) {
      const other = b[k];
      if (!other || other.start >= span.end) break;
      if (other.end > span.start) {
        hits++;
        break;
      }
    }
  }
  return hits / a.length;
}

/** Above this share of shared occurrences, two overlapping phrases are one. */
const SAME_PLACE = 0.5;

/**
 * Walks the ranked candidates in order and keeps up to `max` that are not near-duplicates of one kept before.
 */
export function selectDistinct(ranked: Iterable<Ranked>, max: number): Ranked[] {
  const kept: Ranked[] = [];
  const extended = new Set<Candidate>();
  for (const item of ranked) {
    if (kept.length >= max) break;
    if (item.score === -Infinity) break;
    const c = item.candidate;
    let ok = true;
    const bases: Candidate[] = [];
    for (const { candidate: k } of kept) {
      if (contains(k.stems, c.stems)) {
        // Shorter, inside a kept phrase: only when it also stands on its own, mostly or more often than the
        // kept phrase occurs (`DPR` 7 times, 5 of them in `DPR RI`).
        const share = overlapShare(c.spans, k.spans);
        const alone = Math.round(c.spans.length * (1 - share));
        if (alone < 2 || (share > SAME_PLACE && c.spans.length <= k.spans.length)) ok = false;
      } else if (contains(c.stems, k.stems)) {
        // Longer, around a kept phrase: one extension per phrase, and only a recurring one.
        if (c.spans.length < 2 || extended.has(k)) ok = false;
        else bases.push(k);
      } else if (overlapShare(c.spans, k.spans) > SAME_PLACE) {
        ok = false;
      }
      if (!ok) break;
    }
    if (!ok) continue;
    // An extension is not extended again, and its base gets no second one.
    if (bases.length > 0) for (const x of [...bases, c]) extended.add(x);
    kept.push(item);
  }
  return kept;
}
