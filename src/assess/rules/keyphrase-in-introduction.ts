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
  run({ measures }) {
    const phrase = measures.keyphrase;
    const expected = 'the keyphrase in one sentence of the first paragraph';
    const first = measures.paragraphs[0];
    if (phrase.content.length === 0) {
      return { score: 3, actual: 'no keyphrase', expected, message: `Unexpected missing focus keyphrase, expected ${expected}` };
    }
    if (!first) return { score: 3, actual: 'no text', expected, message: `Unexpected text without paragraphs, expected ${expected}` };
    const quoted = `“${phrase.text}”`;
    const place = { offset: first.start, end: first.end };
    const units: string[] = [];
    const { sentences, matches } = measures;
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i];
      if (s?.block !== first) continue;
      if ((matches[i] ?? 0) > 0) {
        return { score: 9, actual: 'in one sentence', expected, offset: s.sentence.start, end: s.sentence.end, message: `Introduction has the keyphrase ${quoted}` };
      }
      units.push(...s.units);
    }
    if (percentPresent(units, phrase.content) === 100) {
      return {
        score: 6,
        actual: 'spread over sentences',
        expected,
        ...place,
        message: `Unexpected keyphrase words spread over the introduction, expected ${quoted} within one sentence`,
      };
    }
    return { score: 3, actual: 'missing', expected, ...place, message: `Unexpected introduction without the keyphrase ${quoted}, expected it in the first paragraph` };
  },
};
