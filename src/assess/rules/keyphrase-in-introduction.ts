import { percentPresent } from '../keyphrase.js';
import type { Rule } from '../types.js';

/**
 * The keyphrase in the introduction (the first paragraph). Mirrors Yoast's `introductionKeyword`: all content words
 * of the keyphrase in one sentence of the first paragraph is good (9), spread over the paragraph ok (6), missing bad
 * (3); without a keyphrase or text, bad.
 */
export const keyphraseInIntroduction: Rule = {
  id: 'keyphrase-in-introduction',
  category: 'seo',
  defaultSeverity: 'warn',
  yoastId: 'introductionKeyword',
  docs: 'The first paragraph has the focus keyphrase in one sentence.',
  run({ measures, t }) {
    const m = t.keyphraseInIntroduction;
    const phrase = measures.keyphrase;
    const expected = m.expected;
    const first = measures.paragraphs[0];
    if (phrase.content.length === 0) {
      return { score: 3, actual: m.noKeyphrase, expected, message: m.missingKeyphrase(expected) };
    }
    if (!first) return { score: 3, actual: m.noText, expected, message: m.noParagraphs(expected) };
    const quoted = `“${phrase.text}”`;
    const place = { offset: first.start, end: first.end };
    const units: string[] = [];
    const { sentences, matches } = measures;
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i];
      if (s?.block !== first) continue;
      if ((matches[i] ?? 0) > 0) {
        return { score: 9, actual: m.inOneSentence, expected, offset: s.sentence.start, end: s.sentence.end, message: m.good(quoted) };
      }
      units.push(...s.units);
    }
    if (percentPresent(units, phrase.content) === 100) {
      return {
        score: 6,
        actual: m.spread,
        expected,
        ...place,
        message: m.spreadOver(quoted),
      };
    }
    return { score: 3, actual: m.missing, expected, ...place, message: m.without(quoted) };
  },
};
