import { count } from '../format.js';
import type { Rule } from '../types.js';

/**
 * No long run of text without a subheading. Mirrors Yoast's `subheadingsTooLong`, which counts headings of any depth:
 * a text of at most `subheadingWords.max` (300) words is good (9) as it is; a longer one without headings is bad (2).
 * With headings, the longest section decides: up to 300 words good (9), up to 7/6 of it (350) ok (6), longer bad (3);
 * a long opening section before the first heading is judged on its own when at most one section is too long.
 */
export const subheadingDistribution: Rule = {
  id: 'subheading-distribution',
  category: 'readability',
  defaultSeverity: 'warn',
  yoastId: 'subheadingsTooLong',
  docs: 'No section of text runs over 300 words without a subheading.',
  run({ measures, thresholds }) {
    const max = thresholds.subheadingWords.max;
    const okMax = thresholds.bands.subheadingWordsOk;
    const words = measures.totalWords;
    const expected = `at most ${count(max, 'word')} per section`;
    if (words <= max) return { score: 9, actual: count(words, 'word'), expected, message: `Text of ${count(words, 'word')} needs no more subheadings` };
    const sections = measures.sections;
    if (measures.headings.length === 0) {
      return { score: 2, actual: `${count(words, 'word')} without subheadings`, expected, message: `Unexpected ${count(words, 'word')} without subheadings, expected ${expected}` };
    }
    const tooLong = sections.filter((s) => s.words > max);
    const opening = sections[0]?.heading === undefined ? sections[0] : undefined;
    if (opening && opening.words > max && tooLong.length < 2) {
      const score = opening.words <= okMax ? 6 : 3;
      const actual = count(opening.words, 'word');
      return { score, actual, expected, offset: opening.start, message: `Unexpected ${actual} before the first subheading, expected ${expected}` };
    }
    let longest = sections[0];
    for (const s of sections) if (longest === undefined || s.words > longest.words) longest = s;
    const n = longest?.words ?? 0;
    const actual = count(n, 'word');
    if (n <= max) return { score: 9, actual, expected, message: `Longest section has ${actual}` };
    const where = longest?.heading ? `under “${longest.heading.text}”` : 'before the first subheading';
    const offset = longest?.heading?.start ?? longest?.start;
    const score = n <= okMax ? 6 : 3;
    return { score, actual, expected, offset, end: longest?.heading?.end, message: `Unexpected ${actual} ${where}, expected ${expected}` };
  },
};
