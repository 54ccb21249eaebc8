/**
 * Words only ever written inside the long form of an abbreviation: `wajib` of `wajib pajak (WP)`, once the long form
 * is merged into `WP`. They are parts of that one thing, not tags beside it.
 */
import type { Merges } from './aliases.js';
import type { Candidate } from './candidates.js';

/**
 * The one-word candidates each of whose occurrences lies inside a long form of several words merged into another
 * candidate (see `Candidate.absorbed`), each with that candidate.
 */
export function longFormParts(candidates: ReadonlyMap<string, Candidate>, merges: Merges): Map<Candidate, Candidate> {
  // Token index → the merge target whose absorbed long form (a span of several words) covers it.
  const owner = new Map<number, Candidate>();
  for (const target of new Set(merges.values())) {
    if (candidates.get(target.key) !== target) continue;
    for (const span of target.absorbed ?? []) {
      if (span.end - span.start < 2) continue;
      for (let i = span.start; i < span.end; i++) owner.set(i, target);
    }
  }
  const out = new Map<Candidate, Candidate>();
  if (owner.size === 0) return out;
  for (const single of candidates.values()) {
    if (single.stems.length !== 1 || merges.has(single.key)) continue;
    let target: Candidate | undefined;
    let inside = true;
    for (const span of single.spans) {
      const t = owner.get(span.start);
      if (!t || (target !== undefined && t !== target)) {
        inside = false;
        break;
      }
      target = t;
    }
    if (inside && target && target !== single) out.set(single, target);
  }
  return out;
}
