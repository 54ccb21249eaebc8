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
  run({ measures, t }) {
    const m = t.singleH1;
    const h1s = measures.headings.filter((h) => h.depth === 1 && h.text.trim() !== '');
    const actual = m.actual(h1s.length);
    const expected = m.expected;
    if (h1s.length <= 1) return { score: 8, actual, expected, message: h1s.length === 1 ? m.one : m.none };
    const second = h1s[1];
    return { score: 1, actual, expected, offset: second?.start, end: second?.end, message: m.bad(actual, expected) };
  },
};
