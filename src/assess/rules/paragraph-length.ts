import type { Rule } from '../types.js';

/**
 * Paragraph length. Mirrors Yoast's `textParagraphTooLong`: the longest paragraph decides; up to
 * `paragraphWords.max` (150) words good (9), up to 4/3 of it (200) ok (6), longer bad (3). Headings are not
 * paragraphs. The message points at the longest paragraph and says how many are too long.
 */
export const paragraphLength: Rule = {
  id: 'paragraph-length',
  category: 'readability',
  defaultSeverity: 'warn',
  yoastId: 'textParagraphTooLong',
  docs: 'No paragraph is over 150 words.',
  run({ measures, thresholds, t }) {
    const m = t.paragraphLength;
    const max = thresholds.paragraphWords.max;
    const expected = m.expected(max);
    let longest: { words: number; start: number; end: number } | undefined;
    let over = 0;
    for (const p of measures.paragraphs) {
      const words = measures.wordsIn(p);
      if (words > max) over++;
      if (!longest || words > longest.words) longest = { words, start: p.start, end: p.end };
    }
    if (!longest || longest.words <= max) {
      return { score: 9, actual: t.units.words(longest?.words ?? 0), expected, message: m.good };
    }
    const actual = t.units.words(longest.words);
    const score = longest.words <= thresholds.bands.paragraphWordsOk ? 6 : 3;
    const others = over > 1 ? m.others(over) : '';
    return { score, actual, expected, offset: longest.start, end: longest.end, message: m.bad(actual, expected, others) };
  },
};
