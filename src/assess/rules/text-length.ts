import type { Rule } from '../types.js';

/**
 * Text length in words, headings included. Mirrors Yoast's `textLength`: from `textLength.min` (300) good (9), from
 * 5/6 of it (250) ok (6), from 2/3 (200) bad (3), from 1/3 (100) -10, below -20 (Yoast's penalties).
 */
export const textLength: Rule = {
  id: 'text-length',
  category: 'seo',
  defaultSeverity: 'warn',
  yoastId: 'textLength',
  docs: 'The text has at least 300 words.',
  run({ measures, thresholds, t }) {
    const m = t.textLength;
    const min = thresholds.textLength.min;
    const { slightlyBelow, below, farBelow } = thresholds.bands.textLength;
    const n = measures.totalWords;
    const actual = t.units.words(n);
    const expected = m.expected(min);
    if (n >= min) return { score: 9, actual, expected, message: m.good(actual) };
    const score = n >= slightlyBelow ? 6 : n >= below ? 3 : n >= farBelow ? -10 : -20;
    return { score, actual, expected, message: m.bad(actual, expected) };
  },
};
