import type { Rule } from '../types.js';

/**
 * Keyphrase length in content words (function words do not count, as in Yoast). Mirrors Yoast's `keyphraseLength`:
 * no keyphrase scores -999 (which sinks the SEO score, as Yoast's does), 1 to `keyphraseLength.max` words is good (9),
 * up to `acceptableMax` ok (6), longer bad (3).
 */
export const keyphraseLength: Rule = {
  id: 'keyphrase-length',
  category: 'seo',
  defaultSeverity: 'warn',
  yoastId: 'keyphraseLength',
  docs: 'The focus keyphrase has 1–4 content words.',
  run({ measures, thresholds, t }) {
    const m = t.keyphraseLength;
    const { max, acceptableMax } = thresholds.keyphraseLength;
    const n = measures.keyphrase.content.length;
    const expected = m.expected(max);
    const actual = t.units.contentWords(n);
    if (n === 0) {
      return { score: -999, actual: m.noKeyphrase, expected, message: m.missing(expected) };
    }
    if (n <= max) return { score: 9, actual, expected, message: m.good(actual) };
    const score = n <= acceptableMax ? 6 : 3;
    return { score, actual, expected, message: m.bad(actual, max) };
  },
};
