import { round1 } from '../format.js';
import { findTransition } from '../transitions.js';
import type { Rule, Span } from '../types.js';

/**
 * Transition words. Mirrors Yoast's `textTransitionWords`: the share of sentences with a transition word or phrase
 * from the language's list (`src/lang/<code>/transitions.ts`) is good (9) from `transitions.minShare` (30 %), ok (6)
 * from 2/3 of it (20 %), bad (3) below. Texts under `transitionsFrom.words` (200) words are always good.
 *
 * Deliberately looser than Yoast for Indonesian: our list has the equivalents of when, if, since, until and before
 * (`ketika`, `saat`, `jika`, `sejak`, `hingga`, `sebelum`), which Yoast's Indonesian list lacks though its English one
 * has them. `npm run bench:yoast` counts those differences apart (on rewritten id-news: 18 of 150 articles; 93.9 %
 * agreement on the rest).
 */
export const transitionWords: Rule = {
  id: 'transition-words',
  category: 'readability',
  defaultSeverity: 'warn',
  yoastId: 'textTransitionWords',
  docs: 'At least 30 % of sentences have a transition word.',
  run({ input, measures, thresholds, t }) {
    const m = t.transitionWords;
    const minShare = thresholds.transitions.minShare;
    const sentences = measures.sentences;
    const list = input.lang.transitionWords;
    let withTransition = 0;
    let firstWithout: (typeof sentences)[number] | undefined;
    const marks: Span[] = [];
    for (const s of sentences) {
      if (findTransition(s.lower, list) !== undefined) {
        withTransition++;
        marks.push({ start: s.sentence.start, end: s.sentence.end });
      } else firstWithout ??= s;
    }
    const share = sentences.length === 0 ? 0 : round1((withTransition / sentences.length) * 100);
    const actual = m.actual(share);
    const expected = m.expected(minShare);
    if (measures.totalWords < thresholds.transitionsFrom.words) {
      return { score: 9, actual, expected, message: m.tooShort(measures.totalWords), marks };
    }
    if (share >= minShare) return { score: 9, actual, expected, message: m.good(share), marks };
    const score = share >= thresholds.bands.transitionsShareOk ? 6 : 3;
    const place = firstWithout ? { offset: firstWithout.sentence.start, end: firstWithout.sentence.end } : {};
    return { score, actual, expected, ...place, message: m.bad(actual, expected), marks };
  },
};
