/**
 * Groups the body's paragraphs into sections by topic: contiguous runs cut where adjacent paragraphs share the
 * fewest content stems (lexical cohesion, as in TextTiling), so that no section exceeds the word limit and
 * sections stay balanced.
 */

export interface SectionInput {
  /** Words in each paragraph. */
  words: readonly number[];
  /** Content stems of each paragraph (stopwords out). */
  stems: readonly ReadonlySet<string>[];
}

export interface SectioningOptions {
  /** Hard limit of words in one section. */
  maxWords: number;
  /** Minimum number of sections when there are enough paragraphs (an article of 3+ paragraphs gets headings). */
  minSections: number;
  /** Preferred section size in words (sizes far from it cost more). */
  targetWords: number;
}

/** Cosine-like overlap of two stem sets (0 = nothing shared). */
function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  return shared / Math.sqrt(a.size * b.size);
}

/** Cohesion across the gap after paragraph `i`: paragraphs on each side, two deep. */
function gapCohesion(stems: readonly ReadonlySet<string>[], i: number): number {
  const left = new Set<string>([...(stems[i] ?? []), ...(stems[i - 1] ?? [])]);
  const right = new Set<string>([...(stems[i + 1] ?? []), ...(stems[i + 2] ?? [])]);
  return overlap(left, right);
}

/**
 * Returns the start index of each section. Dynamic programming over cut positions, linear in the number of
 * paragraphs (a section never spans more than the word limit): the cost of a section is how far its size is from
 * the target, the cost of a cut is the cohesion across it. Deterministic.
 */
export function groupSections(input: SectionInput, options: SectioningOptions): number[] {
  const n = input.words.length;
  if (n === 0) return [];
  const total = input.words.reduce((a, b) => a + b, 0);
  const minSections = Math.min(options.minSections, n);
  const target = Math.max(1, Math.min(options.targetWords, total / Math.max(minSections, 1)));
  const prefix = [0];
  for (const w of input.words) prefix.push((prefix[prefix.length - 1] ?? 0) + w);
  const size = (a: number, b: number): number => (prefix[b] ?? 0) - (prefix[a] ?? 0);
  const cohesion = Array.from({ length: n }, (_, i) => (i < n - 1 ? gapCohesion(input.stems, i) : 0));

  // best[c][j]: minimal cost of sectioning paragraphs [0, j) into c sections (c capped at minSections, so the
  // minimum is a hard constraint); from[c][j]: where the last section starts and the count before it.
  const cap = Math.max(1, minSections);
  const INF = Number.POSITIVE_INFINITY;
  const best = Array.from({ length: cap + 1 }, () => new Array<number>(n + 1).fill(INF));
  const from = Array.from({ length: cap + 1 }, () => new Array<[number, number]>(n + 1).fill([0, 0]));
  best[0]![0] = 0;
  for (let j = 1; j <= n; j++) {
    for (let i = j - 1; i >= 0; i--) {
      const words = size(i, j);
      if (words > options.maxWords && j - i > 1) break;
      const balance = ((words - target) / target) ** 2;
      const cut = i > 0 ? cohesion[i - 1]! : 0;
      for (let c = 0; c <= cap; c++) {
        const prev = best[c]![i]!;
        if (prev === INF) continue;
        const next = Math.min(cap, c + 1);
        const cost = prev + balance + cut;
        if (cost < best[next]![j]! - 1e-12) {
          best[next]![j] = cost;
          from[next]![j] = [i, c];
        }
      }
    }
  }
  let c = best[cap]![n]! < INF ? cap : best.findLastIndex((row) => row[n]! < INF);
  const starts: number[] = [];
  for (let j = n; j > 0 && c > 0; ) {
    const [i, prev] = from[c]![j]!;
    starts.unshift(i);
    j = i;
    c = prev;
  }
  return starts;
}
