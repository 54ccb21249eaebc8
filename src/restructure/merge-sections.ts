/**
 * Sections left out of the outline: their paragraphs go on the section before them, or on the lead when none is
 * before. Used for a section whose heading would say nothing of it (an editor leaves that subheading out rather than
 * print `Play and game`).
 */
import type { Sentence } from '../document/types.js';

interface OutlineSection {
  paragraphs: Sentence[][];
}

/** The lead's and the sections' paragraphs with the sections in `drop` merged into what precedes them (a new array and new sections; the input is not changed). */
export function withoutSections<S extends OutlineSection>(lead: readonly Sentence[][], sections: readonly S[], drop: ReadonlySet<S>): { lead: Sentence[][]; sections: S[] } {
  const out = { lead: [...lead], sections: [] as S[] };
  for (const s of sections) {
    const before = out.sections[out.sections.length - 1];
    if (!drop.has(s)) out.sections.push({ ...s });
    else if (before) before.paragraphs = [...before.paragraphs, ...s.paragraphs];
    else out.lead.push(...s.paragraphs);
  }
  return out;
}
