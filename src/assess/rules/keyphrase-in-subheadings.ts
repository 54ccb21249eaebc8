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
  run({ input, measures, thresholds }) {
    const phrase = measures.keyphrase;
    const { minShare, maxShare } = thresholds.subheadingKeyphrase;
    const expected = `${minShare}%–${maxShare}% of H2/H3 subheadings with the keyphrase`;
    if (phrase.content.length === 0 || measures.totalWords === 0) {
      const what = phrase.content.length === 0 ? 'missing focus keyphrase' : 'empty text';
      return { score: 1, actual: phrase.content.length === 0 ? 'no keyphrase' : 'no text', expected, message: `Unexpected ${what}, expected ${expected}` };
    }
    const subheadings = measures.headings.filter((h) => h.depth === 2 || h.depth === 3);
    const words = measures.totalWords;
    if (subheadings.length === 0) {
      const max = thresholds.subheadingWords.max;
      if (words < max) return { score: 9, actual: 'no subheadings', expected, message: `Text of ${words} words is short enough to need no subheadings` };
      return {
        score: 2,
        actual: 'no subheadings',
        expected,
        message: `Unexpected text of ${words} words without subheadings, expected H2/H3 subheadings with the keyphrase`,
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
    const actual = `${m} of ${n} subheadings`;
    // One subheading: it alone must carry the keyphrase (Yoast's one-of-one case).
    const range = n === 1 ? '1 of 1' : low === high ? `${low} of ${n}` : `${low}–${high} of ${n}`;
    if (m > 0 && m < low) {
      const first = subheadings.find((h) => !reflecting.includes(h));
      return { score: 3, actual, expected, offset: first?.start, end: first?.end, message: `Unexpected keyphrase in ${actual}, expected ${range}` };
    }
    if (n > 1 && m > high) {
      const last = reflecting[reflecting.length - 1];
      return { score: 3, actual, expected, offset: last?.start, end: last?.end, message: `Unexpected keyphrase in ${actual}, expected at most ${high}` };
    }
    if ((n === 1 && m === 1) || (m >= low && m <= high)) {
      return { score: 9, actual, expected, message: `Keyphrase reflected in ${actual}` };
    }
    const first = subheadings[0];
    return { score: 3, actual, expected, offset: first?.start, end: first?.end, message: `Unexpected subheadings without the keyphrase, expected ${range}` };
  },
};
