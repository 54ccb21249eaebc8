import { locateField } from '../locate.js';
import type { Rule } from '../types.js';

/**
 * Meta description length in characters. Mirrors Yoast's `metaDescriptionLength`: more than `metaDescription.min`
 * (120) and at most `metaDescription.max` (156) is good (9); at most 120 (too short) or over 156 (cut off in search
 * results) is ok (6); none is bad (1). Like Yoast, 120 exactly still counts as too short.
 */
export const metaDescriptionLength: Rule = {
  id: 'meta-description-length',
  category: 'seo',
  defaultSeverity: 'warn',
  yoastId: 'metaDescriptionLength',
  docs: 'The meta description has 121–156 characters.',
  run({ input, thresholds, t }) {
    const m = t.metaDescriptionLength;
    const { min, max } = thresholds.metaDescription;
    const description = input.description;
    const n = description.length;
    const expected = m.expected(min, max);
    const actual = t.units.characters(n);
    if (n === 0) return { score: 1, actual, expected, message: m.empty(expected) };
    const place = locateField(input.doc, 'description', description);
    if (n <= min) return { score: 6, actual, expected, ...place, message: m.tooShort(actual, min) };
    if (n > max) return { score: 6, actual, expected, ...place, message: m.tooLong(actual, max) };
    return { score: 9, actual, expected, ...place, message: m.good(actual) };
  },
};
