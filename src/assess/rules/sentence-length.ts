import { count, percent, quote, round1 } from '../format.js';
import type { Note, Rule } from '../types.js';

/**
 * Sentence length. Mirrors Yoast's `textSentenceLength`: a sentence over `sentenceLength.maxWords` (20) words is
 * long; at most `sentenceLength.maxShare` (25 %) long sentences is good (9), up to 5 points more ok (6), more bad (3).
 * The same limits hold for Indonesian and English (yoastseo has no Indonesian-specific values). When the result is not
 * good, each long sentence gets an info note so the writer can split it (we never reword sentences ourselves).
 */
export const sentenceLength: Rule = {
  id: 'sentence-length',
  category: 'readability',
  defaultSeverity: 'warn',
  yoastId: 'textSentenceLength',
  docs: 'At most 25 % of sentences have over 20 words.',
  run({ measures, thresholds }) {
    const { maxWords, maxShare } = thresholds.sentenceLength;
    const sentences = measures.sentences;
    const long = sentences.filter((s) => s.words.length > maxWords);
    const share = sentences.length === 0 ? 0 : round1((long.length / sentences.length) * 100);
    const actual = `${percent(share)} of sentences over ${count(maxWords, 'word')}`;
    const expected = `at most ${percent(maxShare)}`;
    if (share <= maxShare) return { score: 9, actual, expected, message: `${percent(share)} of sentences are over ${count(maxWords, 'word')}` };
    const score = share <= thresholds.bands.sentenceShareOk ? 6 : 3;
    const notes: Note[] = long.map((s) => ({
      start: s.sentence.start,
      end: s.sentence.end,
      reason: `Unexpected sentence of ${count(s.words.length, 'word')} ${quote(s.sentence.text)}, expected at most ${maxWords}`,
      actual: count(s.words.length, 'word'),
      expected: `at most ${count(maxWords, 'word')}`,
    }));
    const first = long[0]?.sentence;
    return { score, actual, expected, offset: first?.start, end: first?.end, notes, message: `Unexpected ${actual}, expected ${expected}` };
  },
};
