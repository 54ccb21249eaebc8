import { indexOfRun, percentPresent, spacedUnits } from '../keyphrase.js';
import { locateField } from '../locate.js';
import type { Rule } from '../types.js';

/**
 * The keyphrase in the SEO title, best at its start. Mirrors Yoast's `keyphraseInSEOTitle`: the exact phrase at the
 * start (only function words before it) is good (9), the exact phrase elsewhere or all its content words in any order
 * ok (6), anything less bad (2). Matching is by exact word forms, case-insensitive (see `keyphrase.ts`).
 */
export const keyphraseInTitle: Rule = {
  id: 'keyphrase-in-title',
  category: 'seo',
  defaultSeverity: 'warn',
  yoastId: 'keyphraseInSEOTitle',
  docs: 'The SEO title starts with the focus keyphrase.',
  run({ input, measures, t }) {
    const m = t.keyphraseInTitle;
    const phrase = measures.keyphrase;
    const expected = m.expected;
    const place = locateField(input.doc, 'title', input.title);
    if (phrase.all.length === 0) {
      return { score: 2, actual: m.noKeyphrase, expected, message: m.missingKeyphrase(expected) };
    }
    const { units, spaced } = spacedUnits(input.title, measures.splitHyphens);
    if (units.length === 0) {
      return { score: 2, actual: m.noTitle, expected, message: m.emptyTitle(expected) };
    }
    const quoted = `“${phrase.text}”`;
    const at = indexOfRun(units, phrase.all, spaced, phrase.spaced);
    if (at !== -1) {
      const leading = units.slice(0, at).every((w) => input.lang.stopwords.has(w));
      if (leading) return { score: 9, actual: m.atStart, expected, ...place, message: m.good(quoted) };
      return {
        score: 6,
        actual: m.after(at),
        expected,
        ...place,
        message: m.late(quoted, at),
      };
    }
    if (percentPresent(units, phrase.content) === 100) {
      return {
        score: 6,
        actual: m.apart,
        expected,
        ...place,
        message: m.wordsApart(quoted),
      };
    }
    return { score: 2, actual: m.missing, expected, ...place, message: m.without(quoted) };
  },
};
