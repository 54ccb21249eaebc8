import { percent, quote, round1 } from '../format.js';
import type { Note, Rule } from '../types.js';

/**
 * Passive voice. Mirrors Yoast's `passiveVoice`: at most `passive.maxShare` (10 %) passive sentences is good (9), up
 * to 1.5 times that (15 %) ok (6), more bad (3). Whether a sentence is passive is the language pack's call
 * (`src/lang/<code>/passive.ts`).
 *
 * Deliberate difference for Indonesian: Yoast flags any word of over four letters starting with `di`, so nouns and
 * loanwords (`dinas`, `digital`, `direktur`, `distribusi`), names (`Diego`) and the preposition written together with
 * its noun (`dimana`, `diantara`) make a sentence passive. We count only `di-` verb forms (di + root, optionally
 * + -kan/-i/-nya), excluding common non-verbs and capitalised names. `ter-` is not counted (in news it is mostly
 * stative or superlative: `terjadi`, `tersebut`, `terbesar`). The agreement bench counts these differences apart.
 *
 * When the result is not good, each passive sentence gets an info note so the writer can make it active.
 */
export const passiveVoice: Rule = {
  id: 'passive-voice',
  category: 'readability',
  defaultSeverity: 'warn',
  yoastId: 'passiveVoice',
  docs: 'At most 10 % of sentences are in the passive voice.',
  run({ input, measures, thresholds }) {
    const maxShare = thresholds.passive.maxShare;
    const sentences = measures.sentences;
    const passive = sentences.filter((s) => input.lang.isPassive(s.words));
    const share = sentences.length === 0 ? 0 : round1((passive.length / sentences.length) * 100);
    const actual = `${percent(share)} of sentences`;
    const expected = `at most ${percent(maxShare)}`;
    if (share <= maxShare) return { score: 9, actual, expected, message: `${percent(share)} of sentences are passive` };
    const score = share <= thresholds.bands.passiveShareOk ? 6 : 3;
    const notes: Note[] = passive.map((s) => ({
      start: s.sentence.start,
      end: s.sentence.end,
      reason: `Unexpected passive voice in ${quote(s.sentence.text)}, expected an active sentence`,
      actual: 'passive',
      expected: 'active',
    }));
    const first = passive[0]?.sentence;
    return { score, actual, expected, offset: first?.start, end: first?.end, notes, message: `Unexpected passive voice in ${actual}, expected ${expected}` };
  },
};
