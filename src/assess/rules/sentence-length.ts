import { quote, round1 } from '../format.js';
import { splitHint } from '../hints/split.js';
import type { Note, Rule } from '../types.js';

/**
 * Sentence length. Mirrors Yoast's `textSentenceLength`: a sentence over `sentenceLength.maxWords` (20) words is
 * long; at most `sentenceLength.maxShare` (25 %) long sentences is good (9), up to 5 points more ok (6), more bad (3).
 * The same limits hold for Indonesian and English (yoastseo has no Indonesian-specific values). When the result is not
 * good, each long sentence gets an info note so the writer can split it (we never reword sentences ourselves), with a hint
 * (`note`) saying where: a clause boundary with a verb on both sides, nearest the middle.
 */
export const sentenceLength: Rule = {
  id: 'sentence-length',
  category: 'readability',
  defaultSeverity: 'warn',
  yoastId: 'textSentenceLength',
  docs: 'At most 25 % of sentences have over 20 words.',
  run({ input, measures, thresholds, t }) {
    const m = t.sentenceLength;
    const { maxWords, maxShare } = thresholds.sentenceLength;
    const sentences = measures.sentences;
    const long = sentences.filter((s) => s.words.length > maxWords);
    const share = sentences.length === 0 ? 0 : round1((long.length / sentences.length) * 100);
    const actual = m.actual(share, maxWords);
    const expected = m.expected(maxShare);
    const marks = long.map((s) => ({ start: s.sentence.start, end: s.sentence.end }));
    if (share <= maxShare) return { score: 9, actual, expected, message: m.good(share, maxWords), marks };
    const score = share <= thresholds.bands.sentenceShareOk ? 6 : 3;
    const notes: Note[] = long.map((s) => {
      const split = splitHint(s.sentence, input.lang);
      return {
        start: s.sentence.start,
        end: s.sentence.end,
        reason: m.note(s.words.length, quote(s.sentence.text), maxWords),
        actual: t.units.words(s.words.length),
        expected: m.noteExpected(maxWords),
        ...(split ? { note: m.split(split.at, split.first, split.second) } : {}),
      };
    });
    const first = long[0]?.sentence;
    return { score, actual, expected, offset: first?.start, end: first?.end, notes, marks, message: m.bad(actual, expected) };
  },
};
