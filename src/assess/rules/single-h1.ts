import type { Rule } from '../types.js';

/**
 * One H1 at most. Mirrors Yoast's `singleH1`: zero or one H1 heading is good (8), more is bad (1). The message points
 * at the second H1.
 */
export const singleH1: Rule = {
  id: 'single-h1',
  category: 'seo',
  defaultSeverity: 'error',
  yoastId: 'singleH1',
  docs: 'The text has at most one H1 heading.',
  run({ measures }) {
    const h1s = measures.headings.filter((h) => h.depth === 1 && h.text.trim() !== '');
    const actual = `${h1s.length} H1 headings`;
    const expected = 'at most 1 H1 heading';
    if (h1s.length <= 1) return { score: 8, actual, expected, message: h1s.length === 1 ? 'Text has a single H1 heading' : 'Text has no H1 heading in its body' };
    const second = h1s[1];
    return { score: 1, actual, expected, offset: second?.start, end: second?.end, message: `Unexpected ${actual}, expected ${expected}` };
  },
};
