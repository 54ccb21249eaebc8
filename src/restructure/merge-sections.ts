/**
 * Sections left out of the outline: their paragraphs go on the section before them, or on the lead when none is
 * before. Used for a section whose heading would say nothing of it (an editor leaves that subheading out rather than
 * print `Play and game`), and for one whose heading only names a thing (`Lingkungan Hidup`) where the section before
 * has room for it.
 */
import type { Sentence } from '../document/types.js';

interface OutlineSection {
  paragraphs: Sentence[][];
}

/** Sections that go on the one before them only while it stays within `maxWords` (never on the lead). */
export interface ShortMerge<S> {
  sections: ReadonlySet<S>;
  maxWords: number;
}

const wordsOf = (paragraphs: readonly Sentence[][]): number => paragraphs.reduce((n, p) => n + p.reduce((m, s) => m + s.words.length, 0), 0);

/**
 * The lead's and the sections' paragraphs with the sections in `drop` merged into what precedes them, and those of
 * `short` into the section before them when the two fit in its `maxWords` (a new array and new sections; the input
 * is not changed); `left` holds the sections left out.
 */
export function withoutSections<S extends OutlineSection>(lead: readonly Sentence[][], sections: readonly S[], drop: ReadonlySet<S>, short?: ShortMerge<S>): { lead: Sentence[][]; sections: S[]; left: S[] } {
  const out = { lead: [...lead], sections: [] as S[], left: [] as S[] };
  for (const s of sections) {
    const before = out.sections[out.sections.length - 1];
    const fits = before !== undefined && short?.sections.has(s) === true && wordsOf(before.paragraphs) + wordsOf(s.paragraphs) <= short.maxWords;
    if (before && (drop.has(s) || fits)) before.paragraphs = [...before.paragraphs, ...s.paragraphs];
    else if (drop.has(s)) out.lead.push(...s.paragraphs);
    else {
      out.sections.push({ ...s });
      continue;
    }
    out.left.push(s);
  }
  return out;
}
