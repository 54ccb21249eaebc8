import { openingExceptionsOf, openingOf } from '../openings.js';
import type { Rule } from '../types.js';

/**
 * Consecutive sentences with the same opening. Mirrors Yoast's `sentenceBeginnings`: more than
 * `consecutiveOpenings.max` (2) sentences in a row starting with the same word is bad (3), otherwise good (9). An
 * article, numeral or demonstrative opens together with the next word ("Ini adalah", "The company"). Headings count as
 * sentences, as in Yoast. The message points at the first sentence of the longest run.
 */
export const sentenceOpenings: Rule = {
  id: 'sentence-openings',
  category: 'readability',
  defaultSeverity: 'warn',
  yoastId: 'sentenceBeginnings',
  docs: 'No more than 2 consecutive sentences start with the same word.',
  run({ input, measures, thresholds }) {
    const max = thresholds.consecutiveOpenings.max;
    const exceptions = openingExceptionsOf(input.lang);
    const expected = `at most ${max} in a row`;
    let best = { opening: '', length: 0, start: 0, end: 0 };
    let runs = 0;
    let current = { opening: '', length: 0, start: 0, end: 0 };
    for (const s of measures.sentences) {
      const opening = openingOf(s.lower, exceptions);
      if (opening !== '' && opening === current.opening) current.length++;
      else {
        if (current.length > max) runs++;
        current = { opening, length: 1, start: s.sentence.start, end: s.sentence.end };
      }
      if (current.length > best.length) best = { ...current };
    }
    if (current.length > max) runs++;
    const actual = `${best.length} in a row`;
    if (best.length <= max) return { score: 9, actual, expected, message: 'No repeated sentence openings' };
    const more = runs > 1 ? ` (${runs} such runs)` : '';
    return {
      score: 3,
      actual,
      expected,
      offset: best.start,
      end: best.end,
      message: `Unexpected ${best.length} consecutive sentences starting with “${best.opening}”, expected ${expected}${more}`,
    };
  },
};
