import { count } from '../format.js';
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
  run({ input, measures }) {
    const phrase = measures.keyphrase;
    const expected = 'the keyphrase at the start of the title';
    const place = locateField(input.doc, 'title', input.title);
    if (phrase.all.length === 0) {
      return { score: 2, actual: 'no keyphrase', expected, message: `Unexpected missing focus keyphrase, expected ${expected}` };
    }
    const { units, spaced } = spacedUnits(input.title, measures.splitHyphens);
    if (units.length === 0) {
      return { score: 2, actual: 'no title', expected, message: `Unexpected empty title, expected ${expected}` };
    }
    const quoted = `“${phrase.text}”`;
    const at = indexOfRun(units, phrase.all, spaced, phrase.spaced);
    if (at !== -1) {
      const leading = units.slice(0, at).every((w) => input.lang.stopwords.has(w));
      if (leading) return { score: 9, actual: 'at the start', expected, ...place, message: `Title starts with the keyphrase ${quoted}` };
      return {
        score: 6,
        actual: `after ${count(at, 'word')}`,
        expected,
        ...place,
        message: `Unexpected keyphrase ${quoted} after ${count(at, 'word')} of the title, expected it at the start`,
      };
    }
    if (percentPresent(units, phrase.content) === 100) {
      return {
        score: 6,
        actual: 'words apart',
        expected,
        ...place,
        message: `Unexpected keyphrase words apart in the title, expected the exact phrase ${quoted} at its start`,
      };
    }
    return { score: 2, actual: 'missing', expected, ...place, message: `Unexpected title without the keyphrase ${quoted}, expected it at the start` };
  },
};
