/**
 * How tightly words hold together. A phrase whose words rarely occur without it (`suku bunga`, `Gus Ipul`,
 * `BPJS Kesehatan`) is a unit and should win over its parts; a word that mostly occurs inside one longer phrase
 * is *bound* to it and should yield.
 */
import type { Candidate } from './candidates.js';

/** Shares below this say nothing: only a word that rarely occurs outside the phrase is glued to it. */
const FLOOR = 0.5;

/** Rescales a share so that `FLOOR` and below give 0 and 1 gives 1. */
const strength = (share: number): number => Math.max(0, (Math.min(share, 1) - FLOOR) / (1 - FLOOR));

/** Cohesion of a phrase and binding of a candidate, both 0..1. */
export interface Cohesion {
  /**
   * For a phrase: the smallest share, over its content words, of the word's occurrences inside the phrase,
   * rescaled so that a half or less gives 0.
   */
  cohesion: number;
  /** For a single word: the largest share of its occurrences inside one recurring two-word phrase, rescaled. */
  bound: number;
}

/** The entry of `c` in `out`, created on first use. */
function entry(out: Map<Candidate, Cohesion>, c: Candidate): Cohesion {
  let e = out.get(c);
  if (!e) {
    e = { cohesion: 0, bound: 0 };
    out.set(c, e);
  }
  return e;
}

/**
 * Computes cohesion and binding; candidates without either are left out of the map (both 0). Only recurring
 * phrases count: a phrase seen once says nothing about how its words hold together.
 */
export function cohesionOf(candidates: ReadonlyMap<string, Candidate>): Map<Candidate, Cohesion> {
  const out = new Map<Candidate, Cohesion>();
  for (const phrase of candidates.values()) {
    const count = phrase.spans.length;
    const n = phrase.stems.length;
    if (n < 2 || count < 2) continue;
    let cohesion = 1;
    let words = 0;
    for (const stem of phrase.stems) {
      const word = candidates.get(stem);
      if (!word) continue;
      words++;
      cohesion = Math.min(cohesion, count / word.spans.length);
    }
    if (words > 0 && strength(cohesion) > 0) entry(out, phrase).cohesion = strength(cohesion);
    // Only single words are bound: a two-word term inside a longer phrase (`pembatasan ekspor` in `pembatasan
    // ekspor teknologi`) is left to the choice between overlapping phrases.
    if (n !== 2) continue;
    for (const stem of phrase.stems) {
      const part = candidates.get(stem);
      const bound = part ? strength(count / part.spans.length) : 0;
      if (part && bound > 0) entry(out, part).bound = Math.max(entry(out, part).bound, bound);
    }
  }
  return out;
}
