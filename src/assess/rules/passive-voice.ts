import { quote, round1 } from '../format.js';
import { passiveHint } from '../hints/passive.js';
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
 * When the result is not good, each passive sentence gets an info note so the writer can make it active, with a hint
 * (`note`): the passive verb and, when the sentence names it, its agent. A sentence whose every passive verb stands
 * in a relative clause (`warga yang dievakuasi …`) gets no note: that passive describes a noun and is not worth
 * rewriting (it still counts for the share, as in Yoast).
 */
export const passiveVoice: Rule = {
  id: 'passive-voice',
  category: 'readability',
  defaultSeverity: 'warn',
  yoastId: 'passiveVoice',
  docs: 'At most 10 % of sentences are in the passive voice.',
  run({ input, measures, thresholds, t }) {
    const m = t.passiveVoice;
    const maxShare = thresholds.passive.maxShare;
    const sentences = measures.sentences;
    const passive = sentences.filter((s) => input.lang.isPassive(s.words));
    const share = sentences.length === 0 ? 0 : round1((passive.length / sentences.length) * 100);
    const actual = m.actual(share);
    const expected = m.expected(maxShare);
    const marks = passive.map((s) => ({ start: s.sentence.start, end: s.sentence.end }));
    if (share <= maxShare) return { score: 9, actual, expected, message: m.good(share), marks };
    const score = share <= thresholds.bands.passiveShareOk ? 6 : 3;
    const notes: Note[] = [];
    for (const s of passive) {
      const hint = passiveHint(s.sentence, input.lang);
      // Every passive verb inside a relative clause (`yang dievakuasi`): nothing worth rewriting.
      if (hint === null) continue;
      notes.push({
        start: s.sentence.start,
        end: s.sentence.end,
        reason: m.note(quote(s.sentence.text)),
        actual: m.notePassive,
        expected: hint ? m.active(hint.verb, hint.agent, hint.active) : m.noteActive,
        ...(hint ? { note: m.hint(hint.verb, hint.agent, hint.active) } : {}),
      });
    }
    const first = passive[0]?.sentence;
    return { score, actual, expected, offset: first?.start, end: first?.end, notes, marks, message: m.bad(actual, expected) };
  },
};
