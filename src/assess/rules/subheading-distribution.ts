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
  run({ measures, thresholds, t }) {
    const m = t.subheadingDistribution;
    const wordCount = t.units.words;
    const max = thresholds.subheadingWords.max;
    const okMax = thresholds.bands.subheadingWordsOk;
    const words = measures.totalWords;
    const expected = m.expected(max);
    if (words <= max) return { score: 9, actual: wordCount(words), expected, message: m.short(words) };
    const sections = measures.sections;
    if (measures.headings.length === 0) {
      return { score: 2, actual: m.withoutActual(words), expected, message: m.without(words, expected) };
    }
    const tooLong = sections.filter((s) => s.words > max);
    const opening = sections[0]?.heading === undefined ? sections[0] : undefined;
    if (opening && opening.words > max && tooLong.length < 2) {
      const score = opening.words <= okMax ? 6 : 3;
      const actual = wordCount(opening.words);
      return { score, actual, expected, offset: opening.start, message: m.opening(actual, expected) };
    }
    let longest = sections[0];
    for (const s of sections) if (longest === undefined || s.words > longest.words) longest = s;
    const n = longest?.words ?? 0;
    const actual = wordCount(n);
    if (n <= max) return { score: 9, actual, expected, message: m.good(actual) };
    const where = longest?.heading ? m.under(longest.heading.text) : m.beforeFirst;
    const offset = longest?.heading?.start ?? longest?.start;
    const score = n <= okMax ? 6 : 3;
    return { score, actual, expected, offset, end: longest?.heading?.end, message: m.bad(actual, where, expected) };
  },
};
