import { textWidth } from '../../text/width.js';
import { locateField } from '../locate.js';
import type { Rule } from '../types.js';

/**
 * SEO title width. Mirrors Yoast's `titleWidth` as its SEO assessor configures it (a short title is fine): the title
 * rendered in Arial at 20 px (our own per-character width table, `text/width.ts`) up to `title.maxWidth` (600 px) is
 * good (9), wider is bad (3), no title bad (1). Search engines cut by width, so width decides the score; the
 * character count (`title.maxChars`, about 60) is given alongside it.
 */
export const titleWidth: Rule = {
  id: 'title-width',
  category: 'seo',
  defaultSeverity: 'error',
  yoastId: 'titleWidth',
  docs: 'The SEO title fits in search results: at most 600 px wide (about 60 characters).',
  run({ input, thresholds, t }) {
    const m = t.titleWidth;
    const { maxWidth, maxChars } = thresholds.title;
    const title = input.title.trim();
    const expected = m.expected(maxWidth, maxChars);
    if (title === '') return { score: 1, actual: m.noTitle, expected, message: m.empty(expected) };
    const width = textWidth(title);
    const actual = m.actual(width, [...title].length);
    const place = locateField(input.doc, 'title', title);
    if (width <= maxWidth) return { score: 9, actual, expected, ...place, message: m.good(actual) };
    return { score: 3, actual, expected, ...place, message: m.bad(actual, expected) };
  },
};
