import { percentPresent, textUnits } from '../keyphrase.js';
import type { Rule } from '../types.js';

/**
 * The keyphrase in H2/H3 subheadings. Mirrors Yoast's `subheadingsKeyword`: a subheading reflects the keyphrase
 * when it has more than half its content words (all of them when the language has no function words). Good (9) when
 * the share of reflecting subheadings is inside `subheadingKeyphrase` [30 %, 75 %] (rounded up and down to whole
 * subheadings), or one of one; bad (3) for too few, too many or none. A text without subheadings is good while short
 * and bad (2) from `subheadingWords.max` words; no keyphrase is bad (1).
 */
export const keyphraseInSubheadings: Rule = {
  id: 'keyphrase-in-subheadings',
  category: 'seo',
  defaultSeverity: 'warn',
  yoastId: 'subheadingsKeyword',
  docs: 'About a third to three quarters of the H2/H3 subheadings reflect the focus keyphrase.',
  run({ input, measures, thresholds, t }) {
    const say = t.keyphraseInSubheadings;
    const phrase = measures.keyphrase;
    const { minShare, maxShare } = thresholds.subheadingKeyphrase;
    const expected = say.expected(minShare, maxShare);
    if (phrase.content.length === 0 || measures.totalWords === 0) {
      const none = phrase.content.length === 0;
      return { score: 1, actual: none ? say.noKeyphrase : say.noText, expected, message: say.unmeasurable(none, expected) };
    }
    const subheadings = measures.headings.filter((h) => h.depth === 2 || h.depth === 3);
    const words = measures.totalWords;
    if (subheadings.length === 0) {
      const max = thresholds.subheadingWords.max;
      if (words < max) return { score: 9, actual: say.noSubheadings, expected, message: say.shortEnough(words) };
      return {
        score: 2,
        actual: say.noSubheadings,
        expected,
        message: say.without(words),
      };
    }
    const all = input.lang.stopwords.size === 0;
    const reflecting = subheadings.filter((h) => {
      const p = percentPresent(textUnits(h.text, measures.splitHyphens), phrase.content);
      return all ? p === 100 : p > 50;
    });
    const n = subheadings.length;
    const m = reflecting.length;
    const low = Math.ceil((n * minShare) / 100);
    const high = Math.floor((n * maxShare) / 100);
    const actual = say.actual(m, n);
    // One subheading: it alone must carry the keyphrase (Yoast's one-of-one case).
    const range = say.range(low, high, n);
    if (m > 0 && m < low) {
      const first = subheadings.find((h) => !reflecting.includes(h));
      return { score: 3, actual, expected, offset: first?.start, end: first?.end, message: say.tooFew(actual, range) };
    }
    if (n > 1 && m > high) {
      const last = reflecting[reflecting.length - 1];
      return { score: 3, actual, expected, offset: last?.start, end: last?.end, message: say.tooMany(actual, high) };
    }
    if ((n === 1 && m === 1) || (m >= low && m <= high)) {
      return { score: 9, actual, expected, message: say.good(actual) };
    }
    const first = subheadings[0];
    return { score: 3, actual, expected, offset: first?.start, end: first?.end, message: say.none(range) };
  },
};
